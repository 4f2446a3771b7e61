using System.Numerics;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace AseanMinerals.Core.Tests.Trade;

/// <summary>Issue 11, case 5: the same trade key across all inputs is found, reported with both places, and never added twice.</summary>
public class DuplicateTradeGuardTests
{
    private static readonly TradeRecord Ore = new(TradePeriod.Annual(2022), new AreaCode(360), new AreaCode(156), TradeFlow.Export, HsCode.Parse("260111"), 100m);

    [Fact]
    public void A_key_seen_before_is_refused_by_default_naming_both_places()
    {
        var guard = new DuplicateTradeGuard();
        guard.Admit(Ore, new TradePlace("a.jsonl", 3)).Should().BeTrue();

        var refused = () => guard.Admit(Ore with { Value = 7m }, TradePlace.Record("b.csv", 12));

        var duplicate = refused.Should().Throw<DuplicateTradeException>().Which.Duplicate;
        duplicate.First.Should().Be(new TradePlace("a.jsonl", 3));
        duplicate.Second.ToString().Should().Be("b.csv, record 12");
        duplicate.ToString().Should().StartWith("b.csv, record 12: AMC2009 ").And.Contain("same key as a.jsonl:3");
    }

    [Fact]
    public void Keep_first_leaves_the_later_records_out_and_counts_them()
    {
        var guard = new DuplicateTradeGuard(DuplicateTradeRule.KeepFirst);

        var admitted = new[] { Ore, Ore, Ore with { Value = 1m } }.Select((r, i) => guard.Admit(r, new TradePlace("x", i + 1))).ToList();

        admitted.Should().Equal(true, false, false);
        guard.DuplicatesLeftOut.Should().Be(2);
        guard.Duplicates.Select(static d => d.Second.Number).Should().Equal(2L, 3L);
    }

    [Fact]
    public void Records_differing_in_any_part_of_the_key_are_not_duplicates()
    {
        var guard = new DuplicateTradeGuard();
        TradeRecord[] distinct =
        [
            Ore,
            Ore with { Period = TradePeriod.Annual(2021) },
            Ore with { Period = TradePeriod.Monthly(2022, 1) },
            Ore with { Reporter = new AreaCode(458) },
            Ore with { Partner = AreaCode.World },
            Ore with { Flow = TradeFlow.Import },
            Ore with { Commodity = HsCode.Parse("2601") },
            Ore with { Commodity = HsCode.Parse("260112") },
            Ore with { Breakdown = new TradeBreakdown(new AreaCode(702), 0, 0) },
            Ore with { Breakdown = new TradeBreakdown(AreaCode.World, 1, 0) },
            Ore with { Breakdown = new TradeBreakdown(AreaCode.World, 0, 2100) },
        ];

        var admitted = distinct.Select((r, i) => guard.Admit(r, new TradePlace("x", i + 1))).ToList();

        admitted.Should().AllSatisfy(static a => a.Should().BeTrue());
        guard.DistinctKeys.Should().Be(distinct.Length);
    }

    [Fact]
    public void The_table_grows_and_still_finds_every_duplicate()
    {
        // 5,000 distinct keys (reporter x partner x year), then each once more: 5,000 duplicates.
        var guard = new DuplicateTradeGuard(DuplicateTradeRule.KeepFirst);
        var records = (from reporter in Enumerable.Range(1, 50)
                       from partner in Enumerable.Range(100, 50)
                       from year in new[] { 2020, 2021 }
                       select Ore with { Reporter = new AreaCode(reporter), Partner = new AreaCode(partner), Period = TradePeriod.Annual(year) }).ToList();

        var first = records.Count(r => guard.Admit(r, new TradePlace("x", 1)));
        var second = records.Count(r => guard.Admit(r, new TradePlace("y", 1)));

        first.Should().Be(5_000);
        second.Should().Be(0);
        guard.DuplicatesLeftOut.Should().Be(5_000);
    }

    [Fact]
    public void A_grouped_file_given_twice_has_every_record_refused_the_second_time_with_its_first_place()
    {
        // Grouped by period and reporter as Comtrade files are: 3 years x 4 reporters x 50 partners = 600 records. The
        // guard keeps only the current group's table; the second pass finds each key in the closed groups' list.
        var file = (from year in new[] { 2020, 2021, 2022 }
                    from reporter in new[] { 360, 458, 702, 764 }
                    from partner in Enumerable.Range(100, 50)
                    select Ore with { Period = TradePeriod.Annual(year), Reporter = new AreaCode(reporter), Partner = new AreaCode(partner) }).ToList();
        var guard = new DuplicateTradeGuard(DuplicateTradeRule.KeepFirst);

        var first = file.Select((r, i) => guard.Admit(r, new TradePlace("a.csv", i + 2))).ToList();
        var second = file.Select((r, i) => guard.Admit(r, new TradePlace("b.csv", i + 2))).ToList();

        first.Should().AllSatisfy(static a => a.Should().BeTrue());
        second.Should().AllSatisfy(static a => a.Should().BeFalse());
        guard.DistinctKeys.Should().Be(600);
        guard.DuplicatesLeftOut.Should().Be(600);

        // Each duplicate names the same line of the first file (line = index + 2, the header being line 1).
        guard.Duplicates.Should().AllSatisfy(static d => d.First.Should().Be(new TradePlace("a.csv", d.Second.Number)));
    }

    [Fact]
    public void Input_that_is_not_grouped_switches_to_one_table_and_still_finds_every_duplicate()
    {
        // 40,000 distinct keys in 400 groups (200 reporters x 2 years), each record in another group than the one before
        // (the year changes fastest), then all again: the groups keep coming back, so copying them back into the group
        // table would cost more than one table of every key. Each of the 40,000 repeats is found.
        var records = (from partner in Enumerable.Range(100, 100)
                       from reporter in Enumerable.Range(1, 200)
                       from year in new[] { 2020, 2021 }
                       select Ore with { Reporter = new AreaCode(reporter), Partner = new AreaCode(partner), Period = TradePeriod.Annual(year) }).ToList();
        var guard = new DuplicateTradeGuard(DuplicateTradeRule.KeepFirst);

        var first = records.Count(r => guard.Admit(r, new TradePlace("x", 1)));
        var second = records.Count(r => guard.Admit(r, new TradePlace("y", 1)));

        first.Should().Be(40_000);
        second.Should().Be(0);
        guard.DuplicatesLeftOut.Should().Be(40_000);
        guard.Grouped.Should().BeFalse();
    }

    [Fact]
    public void A_grouped_file_given_twice_stays_in_the_bounded_mode()
    {
        // Each group comes back once, whole: its keys are copied back into the group table, no table of every key.
        var file = (from year in new[] { 2020, 2021 }
                    from reporter in new[] { 360, 458 }
                    from partner in Enumerable.Range(100, 300)
                    select Ore with { Period = TradePeriod.Annual(year), Reporter = new AreaCode(reporter), Partner = new AreaCode(partner) }).ToList();
        var guard = new DuplicateTradeGuard(DuplicateTradeRule.KeepFirst);

        var admitted = file.Concat(file).Count(r => guard.Admit(r, new TradePlace("x", 1)));

        admitted.Should().Be(1_200);
        guard.DuplicatesLeftOut.Should().Be(1_200);
        guard.Grouped.Should().BeTrue();
    }

    [Fact]
    public void A_group_whose_records_each_come_twice_takes_a_table_of_its_own_and_leaves_out_every_repeat()
    {
        // One group (Indonesia 2022) of 300 partners x 100 codes = 30,000 keys, each record followed by a copy of itself
        // (places 2k - 1 and 2k). Every copy makes the filter say "perhaps"; the first ones are settled by searching the
        // group's keys, then the searches pass four times the group's keys and the group moves to a table of its keys.
        var keys = (from partner in Enumerable.Range(100, 300)
                    from code in Enumerable.Range(0, 100)
                    select Ore with { Partner = new AreaCode(partner), Commodity = HsCode.Parse($"2601{code:D2}") }).ToList();
        var guard = new DuplicateTradeGuard(DuplicateTradeRule.KeepFirst);

        var admitted = keys.SelectMany(static r => new[] { r, r }).Select((r, i) => guard.Admit(r, new TradePlace("x", i + 1))).ToList();

        admitted.Count(static a => a).Should().Be(30_000);
        admitted.Where((_, i) => i % 2 == 1).Should().AllSatisfy(static a => a.Should().BeFalse());
        guard.DuplicatesLeftOut.Should().Be(30_000);
        guard.Duplicates.Should().HaveCount(100).And.AllSatisfy(static d => d.First.Number.Should().Be(d.Second.Number - 1));
        guard.GroupIndexed.Should().BeTrue();
        guard.Searches.Should().BeLessThan(30_000, "the group left the searches for its table before the last repeat");
        guard.Grouped.Should().BeTrue();
    }

    [Fact]
    public void A_large_grouped_file_given_twice_has_every_key_of_every_group_found_again()
    {
        // Two groups (Indonesia and Malaysia 2022) of 100 partners x 100 codes = 10,000 keys each, then the file again:
        // each group comes back and its 10,000 keys are copied into the group's table (which grows while they are copied).
        // Every record of the second pass is left out, naming the same record number of the first (20,000 records later).
        var file = (from reporter in new[] { 360, 458 }
                    from partner in Enumerable.Range(100, 100)
                    from code in Enumerable.Range(0, 100)
                    select Ore with { Reporter = new AreaCode(reporter), Partner = new AreaCode(partner), Commodity = HsCode.Parse($"2601{code:D2}") }).ToList();
        var guard = new DuplicateTradeGuard(DuplicateTradeRule.KeepFirst);

        var first = file.Select((r, i) => guard.Admit(r, new TradePlace("a.csv", i + 2))).Count(static a => a);
        var second = file.Select((r, i) => guard.Admit(r, new TradePlace("b.csv", i + 2))).Count(static a => a);

        (first, second).Should().Be((20_000, 0));
        guard.DuplicatesLeftOut.Should().Be(20_000);
        guard.Duplicates.Should().AllSatisfy(static d => d.First.Should().Be(new TradePlace("a.csv", d.Second.Number)));
        guard.Grouped.Should().BeTrue();
    }

    [Fact]
    public void A_million_keys_of_one_group_are_all_admitted_though_the_filter_raises_false_alarms()
    {
        // One group (Indonesia 2022) of 1,000,000 distinct keys drawn at random (partner 0-999, a six-digit code; repeats
        // of a draw skipped). With up to one key a filter word and five bits a key, a blocked Bloom filter's false-alarm
        // rate (Poisson keys a word) adds up to about 38 alarms over the million as the filter fills and doubles; the
        // chance of none is about e^-38. (Keys in a regular lattice, partner x code in order, spread more evenly than at
        // random and raised none.) Each alarm is settled by the whole key, so none of these trades is refused (once the
        // searches pass four times the group's keys, in the group's table).
        var random = new Random(2022);
        var drawn = new HashSet<(int Partner, int Code)>();
        while (drawn.Count < 1_000_000)
        {
            drawn.Add((random.Next(1_000), random.Next(100_000, 1_000_000)));
        }

        var guard = new DuplicateTradeGuard();
        var admitted = drawn.Select((k, i) => guard.Admit(Ore with { Partner = new AreaCode(k.Partner), Commodity = HsCode.Parse($"{k.Code}") }, new TradePlace("x", i + 1))).Count(static a => a);

        admitted.Should().Be(1_000_000);
        guard.DistinctKeys.Should().Be(1_000_000);
        guard.Searches.Should().BePositive("false alarms happened and were settled");
    }

    [Fact]
    public void A_key_the_full_filter_raises_a_false_alarm_for_is_still_in_the_grown_filter_and_its_repeat_is_found()
    {
        // 4,096 keys of one group fill the smallest filter (a word a key); the next new key grows it. That key is chosen,
        // by trying codes against the filter the first 4,096 keys make (the guard's own word and bits of a key), so that
        // the full filter says "perhaps" for it: a false alarm, settled by the search, after which the filter grows and
        // must take the key in, or its repeat (the last record) would pass as new.
        var keys = (from partner in Enumerable.Range(100, 64)
                    from code in Enumerable.Range(0, 64)
                    select Ore with { Partner = new AreaCode(partner), Commodity = HsCode.Parse($"26{code:D4}") }).ToList();
        var shift = 64 - BitOperations.Log2(DuplicateTradeGuard.MinFilterWords);
        var filter = new ulong[DuplicateTradeGuard.MinFilterWords];
        foreach (var key in keys)
        {
            var (word, bits) = DuplicateTradeGuard.FilterSpot(DuplicateTradeGuard.ResidualOf(key), shift);
            filter[word] |= bits;
        }

        var alarming = (from partner in Enumerable.Range(200, 800)
                        from code in Enumerable.Range(0, 10_000)
                        select Ore with { Partner = new AreaCode(partner), Commodity = HsCode.Parse($"27{code:D4}") })
            .First(r => DuplicateTradeGuard.FilterSpot(DuplicateTradeGuard.ResidualOf(r), shift) is var (w, b) && (filter[w] & b) == b);
        var guard = new DuplicateTradeGuard(DuplicateTradeRule.KeepFirst);

        var admitted = keys.Append(alarming).Append(alarming).Select((r, i) => guard.Admit(r, new TradePlace("x", i + 1))).ToList();

        admitted.Take(4_097).Should().AllSatisfy(static a => a.Should().BeTrue());
        admitted[^1].Should().BeFalse();
        guard.Duplicates.Single().First.Should().Be(new TradePlace("x", 4_097));
    }

    [Fact]
    public void A_duplicate_in_a_group_that_comes_back_after_others_is_refused()
    {
        // Indonesia 2022, then Malaysia 2022, then Indonesia 2022 again with the first record repeated.
        var guard = new DuplicateTradeGuard();
        guard.Admit(Ore, new TradePlace("a.csv", 2)).Should().BeTrue();
        guard.Admit(Ore with { Partner = new AreaCode(392) }, new TradePlace("a.csv", 3)).Should().BeTrue();
        guard.Admit(Ore with { Reporter = new AreaCode(458) }, new TradePlace("a.csv", 4)).Should().BeTrue();
        guard.Admit(Ore with { Partner = new AreaCode(410) }, new TradePlace("a.csv", 5)).Should().BeTrue();

        var refused = () => guard.Admit(Ore with { Partner = new AreaCode(392), Value = 1m }, new TradePlace("a.csv", 6));

        refused.Should().Throw<DuplicateTradeException>().Which.Duplicate.First.Should().Be(new TradePlace("a.csv", 3));
    }

    [Fact]
    public void Breakdown_rows_with_wide_codes_are_found_too()
    {
        // A transport mode does not fit the compact list: such keys are kept apart, exactly.
        var byRoad = Ore with { Breakdown = new TradeBreakdown(AreaCode.World, 0, 3000) };
        var guard = new DuplicateTradeGuard(DuplicateTradeRule.KeepFirst);

        guard.Admit(byRoad, new TradePlace("a", 1)).Should().BeTrue();
        guard.Admit(Ore, new TradePlace("a", 2)).Should().BeTrue();
        guard.Admit(byRoad with { Breakdown = new TradeBreakdown(AreaCode.World, 0, 3100) }, new TradePlace("a", 3)).Should().BeTrue();
        guard.Admit(byRoad, new TradePlace("b", 1)).Should().BeFalse();

        guard.Duplicates.Single().First.Should().Be(new TradePlace("a", 1));
    }

    [Fact]
    public void Rows_that_differ_only_in_a_small_transport_mode_or_a_large_customs_code_are_different_trades()
    {
        // National data often number transport modes 1-9 (3 road, 4 air); customs codes can be any 16-bit number. Each of
        // these five keys is new (they differ from the total row and from each other only there), and only the repeat of
        // the road row (record 6) is a duplicate, of record 2.
        TradeRecord[] records =
        [
            Ore,
            Ore with { Breakdown = new TradeBreakdown(AreaCode.World, 0, 3) },
            Ore with { Breakdown = new TradeBreakdown(AreaCode.World, 0, 4) },
            Ore with { Breakdown = new TradeBreakdown(AreaCode.World, 9_000, 0) },
            Ore with { Breakdown = new TradeBreakdown(AreaCode.World, 9_001, 0) },
            Ore with { Breakdown = new TradeBreakdown(AreaCode.World, 0, 3), Value = 5m },
        ];
        var guard = new DuplicateTradeGuard(DuplicateTradeRule.KeepFirst);

        var admitted = records.Select((r, i) => guard.Admit(r, new TradePlace("x", i + 1))).ToList();

        admitted.Should().Equal(true, true, true, true, true, false);
        guard.Duplicates.Single().First.Should().Be(new TradePlace("x", 2));
    }

    [Fact]
    public void Seventy_thousand_groups_later_the_first_group_is_still_found()
    {
        // 70,000 groups of one record each (70 years x 1,000 reporters): every slot of the group table is reused many
        // times over; the first group's key is found again from the list.
        var guard = new DuplicateTradeGuard(DuplicateTradeRule.KeepFirst);
        var records = (from year in Enumerable.Range(1950, 70)
                       from reporter in Enumerable.Range(0, 1000)
                       select Ore with { Period = TradePeriod.Annual(year), Reporter = new AreaCode(reporter) }).ToList();

        var admitted = records.Count(r => guard.Admit(r, new TradePlace("x", 1)));
        var again = guard.Admit(records[0], new TradePlace("y", 1));

        admitted.Should().Be(70_000);
        again.Should().BeFalse();
    }

    [Fact]
    public void Three_hundred_thousand_records_in_runs_of_groups_that_come_back_with_repeats_match_a_set_of_keys()
    {
        // Runs of 1 to 20,000 records of one group (6 reporters x 3 years), groups coming back, keys drawn from 1,000
        // partners x 2,000 codes x 2 flows, and one record in 20 a copy of an earlier one: large enough for the filter to
        // grow, raise alarms and hand groups to their table. Expected: a key is admitted exactly at its first record, and
        // each duplicate names that record (from a dictionary of first places).
        var random = new Random(11);
        var records = new List<TradeRecord>();
        while (records.Count < 300_000)
        {
            var (reporter, year) = (1 + random.Next(6), 2018 + random.Next(3));
            for (var n = 1 + random.Next(20_000); n > 0; n--)
            {
                records.Add(random.Next(20) == 0 && records.Count > 0
                    ? records[random.Next(records.Count)]
                    : Ore with
                    {
                        Reporter = new AreaCode(reporter),
                        Period = TradePeriod.Annual(year),
                        Partner = new AreaCode(random.Next(1_000)),
                        Commodity = HsCode.Parse($"{100_000 + random.Next(2_000)}"),
                        Flow = random.Next(2) == 0 ? TradeFlow.Import : TradeFlow.Export,
                    });
            }
        }

        var firstPlace = new Dictionary<(TradePeriod, AreaCode, AreaCode, TradeFlow, HsCode), long>();
        var guard = new DuplicateTradeGuard(DuplicateTradeRule.KeepFirst);
        var wrong = 0;
        for (var i = 0; i < records.Count; i++)
        {
            var r = records[i];
            var isFirst = firstPlace.TryAdd((r.Period, r.Reporter, r.Partner, r.Flow, r.Commodity), i + 1);
            wrong += guard.Admit(r, new TradePlace("x", i + 1)) == isFirst ? 0 : 1;
        }

        wrong.Should().Be(0);
        guard.DistinctKeys.Should().Be(firstPlace.Count);
        guard.DuplicatesLeftOut.Should().Be(records.Count - firstPlace.Count);
        guard.Duplicates.Should().AllSatisfy(d =>
            d.First.Number.Should().Be(firstPlace[(d.Record.Period, d.Record.Reporter, d.Record.Partner, d.Record.Flow, d.Record.Commodity)]));
        guard.Searches.Should().BePositive("repeats inside a group raise alarms the list settles");
    }

    [Property(MaxTest = 200)]
    public Property The_guard_admits_exactly_the_first_record_of_each_key_in_any_order() =>
        Prop.ForAll(ArbMap.Default.ArbFor<(byte Reporter, byte Year, byte Partner, bool Import, byte Mode)[]>(), draws =>
        {
            // A small key space, so that orders mix grouped runs, groups coming back and repeats; expectations from a set.
            var records = draws.Select(static d => Ore with
            {
                Reporter = new AreaCode(1 + (d.Reporter % 4)),
                Period = TradePeriod.Annual(2018 + (d.Year % 3)),
                Partner = new AreaCode(100 + (d.Partner % 5)),
                Flow = d.Import ? TradeFlow.Import : TradeFlow.Export,
                // The total row, a small transport mode (kept in the compact list) or a large one (kept apart).
                Breakdown = (d.Mode % 3) switch { 0 => TradeBreakdown.Total, 1 => new TradeBreakdown(AreaCode.World, 0, 3), _ => new TradeBreakdown(AreaCode.World, 0, 3000) },
            }).ToList();
            var guard = new DuplicateTradeGuard(DuplicateTradeRule.KeepFirst);
            var firstIndex = new Dictionary<TradeRecord, int>();

            for (var i = 0; i < records.Count; i++)
            {
                var isFirst = firstIndex.TryAdd(records[i], i);
                if (guard.Admit(records[i], new TradePlace("x", i)) != isFirst)
                {
                    return false;
                }
            }

            return guard.Duplicates.All(d => d.First.Number == firstIndex[records[(int)d.Second.Number]]);
        });
}
