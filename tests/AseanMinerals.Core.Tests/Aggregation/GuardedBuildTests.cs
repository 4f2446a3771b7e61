using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace AseanMinerals.Core.Tests.Aggregation;

/// <summary>
/// Issue 11, case 5 in the one-pass build: <see cref="TradeCubeBuilder.AddRange(ReadOnlySpan{TradeRecord}, DuplicateTradeGuard, string, long)"/>
/// checks each block of records with the guard (a tight loop for new keys of the current group; keys prefetched 16 at a
/// time once the input proves not grouped) and adds it in the same pass; the same trade is never added twice, and each
/// duplicate names both places. Expected values are sums of the hand-made values below.
/// </summary>
public class GuardedBuildTests
{
    // Indonesia's iron ore exports to China in 2022, US$1 unless a test says otherwise.
    private static readonly TradeRecord Ore = new(TradePeriod.Annual(2022), new AreaCode(360), new AreaCode(156), TradeFlow.Export, HsCode.Parse("260111"), 1m);

    [Fact]
    public void Keep_first_across_two_sources_adds_each_trade_once_and_names_both_places()
    {
        TradeRecord[] a = [Ore with { Value = 100m }, Ore with { Partner = new AreaCode(392), Value = 40m }, Ore with { Reporter = new AreaCode(458), Value = 7m }];
        TradeRecord[] b = [Ore with { Value = 5m }, Ore with { Partner = new AreaCode(410), Value = 11m }];
        var guard = new DuplicateTradeGuard(DuplicateTradeRule.KeepFirst);
        var builder = new TradeCubeBuilder();

        builder.AddRange(a, guard, "a.csv");
        builder.AddRange(b, guard, "b.csv");
        var cube = builder.ToCube();

        // 100 + 40 + 7 + 11 = 158 (b's first record, 5, repeats a's first key and is left out; not 163).
        cube.Cells.Sum(static c => c.Value).Should().Be(158m);
        cube.Cells.Sum(static c => c.Records).Should().Be(4);
        guard.DuplicatesLeftOut.Should().Be(1);
        var duplicate = guard.Duplicates.Single();
        duplicate.First.Should().Be(TradePlace.Record("a.csv", 1));
        duplicate.Second.Should().Be(TradePlace.Record("b.csv", 1));
        duplicate.Record.Value.Should().Be(5m);
    }

    [Fact]
    public void A_builder_for_one_year_counts_records_outside_it_and_leaves_duplicates_out_unread()
    {
        // A builder for 2022 only. Records: 1 IDN->CHN 2022 US$100; 2 IDN->CHN 2021 US$50 (outside the question); 3 IDN->JPN
        // 2022 US$7; 4 a repeat of 1 (US$999); 5 a repeat of 2 (US$1), left out though outside the question; 6 a breakdown
        // row of 2022 by road, transport mode 3 (set aside; not a repeat of 1: before the fix its mode was dropped from the
        // guard's key and it was left out as one). Read: 1, 2, 3, 6 = 4 (the two repeats are not read); outside: 2; set
        // aside: 6; aggregated: 1 and 3, US$107.
        var byRoad = new TradeBreakdown(AreaCode.World, 0, 3);
        TradeRecord[] records =
        [
            Ore with { Value = 100m }, Ore with { Period = TradePeriod.Annual(2021), Value = 50m }, Ore with { Partner = new AreaCode(392), Value = 7m },
            Ore with { Value = 999m }, Ore with { Period = TradePeriod.Annual(2021), Value = 1m }, Ore with { Breakdown = byRoad, Value = 3m },
        ];
        var guard = new DuplicateTradeGuard(DuplicateTradeRule.KeepFirst);
        var builder = new TradeCubeBuilder { Filter = new TradeCubeFilter([TradePeriod.Annual(2022)]) };

        builder.AddRange(records, guard, "x");
        var cube = builder.ToCube();

        cube.Cells.Sum(static c => c.Value).Should().Be(107m);
        (cube.Statistics.RecordsRead, cube.Statistics.RecordsOutsideFilter, cube.Statistics.BreakdownRecordsSetAside, cube.Statistics.RecordsAggregated)
            .Should().Be((4, 1, 1, 2));
        guard.Duplicates.Select(static d => (d.First.Number, d.Second.Number)).Should().Equal((1L, 4L), (2L, 5L));
    }

    [Fact]
    public void Refuse_across_two_sources_throws_naming_both_places_after_adding_the_records_before_it()
    {
        TradeRecord[] a = [Ore with { Value = 2m }, Ore with { Partner = new AreaCode(392), Value = 3m }];
        TradeRecord[] b = [Ore with { Partner = new AreaCode(410), Value = 5m }, Ore with { Partner = new AreaCode(392), Value = 70m }, Ore with { Partner = new AreaCode(702), Value = 900m }];
        var guard = new DuplicateTradeGuard();
        var builder = new TradeCubeBuilder();
        builder.AddRange(a, guard, "a.csv");

        var refused = () => builder.AddRange(b, guard, "b.csv", firstNumber: 2);

        // b's records are numbered from 2 (a header first): its second record, number 3, repeats a's record 2.
        var duplicate = refused.Should().Throw<DuplicateTradeException>().Which.Duplicate;
        duplicate.First.Should().Be(TradePlace.Record("a.csv", 2));
        duplicate.Second.Should().Be(TradePlace.Record("b.csv", 3));
        // The records before the duplicate were added: 2 + 3 + 5 = 10; the duplicate (70) and the one after (900) were not.
        builder.ToCube().Cells.Sum(static c => c.Value).Should().Be(10m);
    }

    [Fact]
    public void A_duplicate_ten_thousand_records_later_behind_other_groups_is_left_out()
    {
        // 10,000 distinct keys in 10 groups (2 years x 5 reporters, 1,000 partners each, grouped), all US$1; then the
        // very first record again with US$999: its group was closed 9 groups earlier.
        var records = (from year in new[] { 2021, 2022 }
                       from reporter in new[] { 96, 360, 458, 608, 702 }
                       from partner in Enumerable.Range(0, 1000)
                       select Ore with { Period = TradePeriod.Annual(year), Reporter = new AreaCode(reporter), Partner = new AreaCode(partner) }).ToList();
        records.Add(records[0] with { Value = 999m });
        var guard = new DuplicateTradeGuard(DuplicateTradeRule.KeepFirst);
        var builder = new TradeCubeBuilder();

        builder.AddRange(records.ToArray(), guard, "x");

        builder.ToCube().Cells.Sum(static c => c.Value).Should().Be(10_000m);
        guard.DistinctKeys.Should().Be(10_000);
        guard.Duplicates.Single().First.Should().Be(TradePlace.Record("x", 1));
        guard.Duplicates.Single().Second.Should().Be(TradePlace.Record("x", 10_001));
        guard.Grouped.Should().BeTrue();
    }

    [Fact]
    public void Duplicates_on_a_prefetch_batch_boundary_a_block_boundary_and_within_one_batch_are_left_out()
    {
        // 65 distinct partners, then three records changed into repeats of the record before them: number 4 (within the
        // first batch of 16, keys prefetched before either is stored), 17 (the first of the second batch) and 65 (the
        // first of the second block of 64). Values are the record numbers, so the sum says which were added.
        var records = Enumerable.Range(1, 65).Select(n => Ore with { Partner = new AreaCode(n), Value = n }).ToArray();
        foreach (var n in new[] { 4, 17, 65 })
        {
            records[n - 1] = records[n - 2] with { Value = n };
        }

        var guard = new DuplicateTradeGuard(DuplicateTradeRule.KeepFirst);
        var builder = new TradeCubeBuilder();

        builder.AddRange(records, guard, "x");

        // 1 + 2 + ... + 65 = 2,145, less 4, 17 and 65: 2,059.
        builder.ToCube().Cells.Sum(static c => c.Value).Should().Be(2_059m);
        guard.Duplicates.Select(static d => (d.First.Number, d.Second.Number)).Should().Equal((3L, 4L), (16L, 17L), (64L, 65L));
    }

    [Fact]
    public void A_group_that_comes_back_right_after_its_boundary_is_checked_against_its_first_keys()
    {
        // Indonesia 2022 (records 1, 2), Malaysia 2022 (record 3), then Indonesia's record 2 again (record 4).
        TradeRecord[] records = [Ore, Ore with { Partner = new AreaCode(392) }, Ore with { Reporter = new AreaCode(458) }, Ore with { Partner = new AreaCode(392), Value = 8m }];
        var guard = new DuplicateTradeGuard();
        var builder = new TradeCubeBuilder();

        var refused = () => builder.AddRange(records, guard, "x.jsonl");

        var duplicate = refused.Should().Throw<DuplicateTradeException>().Which.Duplicate;
        (duplicate.First.Number, duplicate.Second.Number).Should().Be((2L, 4L));
        builder.ToCube().Cells.Sum(static c => c.Records).Should().Be(3);
    }

    [Fact]
    public void Input_that_is_not_grouped_is_checked_in_blocks_too()
    {
        // 40,000 distinct keys, each in another group than the one before (the year changes fastest), then all again:
        // the guard keeps one table of every key; every one of the 40,000 repeats is left out.
        var records = (from partner in Enumerable.Range(100, 100)
                       from reporter in Enumerable.Range(1, 200)
                       from year in new[] { 2020, 2021 }
                       select Ore with { Reporter = new AreaCode(reporter), Partner = new AreaCode(partner), Period = TradePeriod.Annual(year) }).ToArray();
        var guard = new DuplicateTradeGuard(DuplicateTradeRule.KeepFirst);
        var builder = new TradeCubeBuilder();

        builder.AddRange(records, guard, "x");
        builder.AddRange(records, guard, "y");

        builder.ToCube().Cells.Sum(static c => c.Value).Should().Be(40_000m);
        guard.DuplicatesLeftOut.Should().Be(40_000);
        guard.Grouped.Should().BeFalse();
    }

    [Fact]
    public void A_breakdown_row_given_twice_is_left_out_though_the_cube_sets_it_aside()
    {
        // By road (transport 3000: a key kept apart from the compact list); the builder counts it set aside, once.
        var byRoad = Ore with { Breakdown = new TradeBreakdown(AreaCode.World, 0, 3000) };
        var guard = new DuplicateTradeGuard(DuplicateTradeRule.KeepFirst);
        var builder = new TradeCubeBuilder();

        builder.AddRange([byRoad, Ore, byRoad], guard, "x");

        guard.Duplicates.Single().First.Should().Be(TradePlace.Record("x", 1));
        builder.ToCube().Statistics.BreakdownRecordsSetAside.Should().Be(1);
        builder.ToCube().Statistics.RecordsRead.Should().Be(2);
    }

    [Fact]
    public void A_group_of_twenty_thousand_keys_admits_every_key_though_fingerprints_collide_and_refuses_each_repeat()
    {
        // One group (Indonesia 2022) of 200 partners x 100 HS6 codes = 20,000 distinct keys. The same records again in
        // reverse order (source y): every one is a repeat, and the n-th of y repeats record 20,001 - n of x. The group
        // comes back, so its keys are checked in the group's table: far more than the 1,024 fingerprints a slot can tell
        // apart, so many keys share a fingerprint in a bucket and each such match is settled by the whole key.
        var records = (from partner in Enumerable.Range(100, 200)
                       from code in Enumerable.Range(0, 100)
                       select Ore with { Partner = new AreaCode(partner), Commodity = HsCode.Parse($"2601{code:D2}") }).ToArray();
        var guard = new DuplicateTradeGuard(DuplicateTradeRule.KeepFirst);
        var builder = new TradeCubeBuilder();

        builder.AddRange(records, guard, "x");
        var leftOutOfTheFirst = guard.DuplicatesLeftOut;
        builder.AddRange(records.Reverse().ToArray(), guard, "y");

        leftOutOfTheFirst.Should().Be(0);
        guard.DistinctKeys.Should().Be(20_000);
        guard.DuplicatesLeftOut.Should().Be(20_000);
        builder.ToCube().Cells.Sum(static c => c.Records).Should().Be(20_000);
        guard.Duplicates.Should().HaveCount(100).And.AllSatisfy(static d => d.First.Should().Be(TradePlace.Record("x", 20_001 - d.Second.Number)));
    }

    [Fact]
    public void A_small_group_after_a_large_one_sees_none_of_its_keys_and_comes_back_with_its_own()
    {
        // Group A (Indonesia 2020): 50 partners x 100 codes = 5,000 keys, US$1 each; the group table grows for it. Group B
        // (Malaysia 2020): 20 partners, US$10 each; group C (Malaysia 2021): B's 20 partners and code in reverse order,
        // US$100 each: new keys (another year), though the same but for the group. Then B again, reversed, US$1,000 each:
        // all 20 left out, each naming its first place in B (records 5,001 to 5,020).
        var a = (from partner in Enumerable.Range(100, 50)
                 from code in Enumerable.Range(0, 100)
                 select Ore with { Period = TradePeriod.Annual(2020), Partner = new AreaCode(partner), Commodity = HsCode.Parse($"2601{code:D2}") }).ToArray();
        var b = Enumerable.Range(1, 20).Select(p => Ore with { Period = TradePeriod.Annual(2020), Reporter = new AreaCode(458), Partner = new AreaCode(p), Value = 10m }).ToArray();
        var c = b.Reverse().Select(static r => r with { Period = TradePeriod.Annual(2021), Value = 100m }).ToArray();
        var again = b.Reverse().Select(static r => r with { Value = 1_000m }).ToArray();
        var guard = new DuplicateTradeGuard(DuplicateTradeRule.KeepFirst);
        var builder = new TradeCubeBuilder();

        builder.AddRange([.. a, .. b, .. c, .. again], guard, "x");

        // 5,000 x 1 + 20 x 10 + 20 x 100 = 7,200; the 20 repeats of B (US$20,000) are left out.
        builder.ToCube().Cells.Sum(static c => c.Value).Should().Be(7_200m);
        guard.DistinctKeys.Should().Be(5_040);
        guard.DuplicatesLeftOut.Should().Be(20);
        // A is records 1-5,000, B 5,001-5,020, C 5,021-5,040; record 5,041 + k (k from 0) repeats B's partner 20 - k,
        // which was record 5,000 + 20 - k.
        guard.Duplicates.Should().AllSatisfy(static d => d.First.Number.Should().Be(5_020 - (d.Second.Number - 5_041)));
        guard.Grouped.Should().BeTrue();
    }

    [Fact]
    public void A_duplicate_across_two_groups_separated_by_a_third_is_refused_naming_both_places()
    {
        // Indonesia 2022 (records 1-3), Malaysia 2022 (4-5), the Philippines 2022 (6-7), then Indonesia's record 2 again
        // (record 8): refused, naming records 2 and 8; the 7 records before it were added, US$1 each.
        TradeRecord[] records =
        [
            Ore, Ore with { Partner = new AreaCode(392) }, Ore with { Partner = new AreaCode(410) },
            Ore with { Reporter = new AreaCode(458) }, Ore with { Reporter = new AreaCode(458), Partner = new AreaCode(392) },
            Ore with { Reporter = new AreaCode(608) }, Ore with { Reporter = new AreaCode(608), Partner = new AreaCode(392) },
            Ore with { Partner = new AreaCode(392), Value = 50m },
        ];
        var guard = new DuplicateTradeGuard();
        var builder = new TradeCubeBuilder();

        var refused = () => builder.AddRange(records, guard, "x.csv");

        var duplicate = refused.Should().Throw<DuplicateTradeException>().Which.Duplicate;
        (duplicate.First, duplicate.Second).Should().Be((TradePlace.Record("x.csv", 2), TradePlace.Record("x.csv", 8)));
        builder.ToCube().Cells.Sum(static c => c.Value).Should().Be(7m);
    }

    [Property(MaxTest = 200)]
    public Property The_guarded_build_adds_exactly_the_first_record_of_each_key_in_any_order() =>
        Prop.ForAll(ArbMap.Default.ArbFor<(byte Reporter, byte Year, byte Partner, bool Import)[]>(), draws =>
        {
            // A small key space, so that blocks hold repeats, groups come back and orders mix; each record's value is 2^k
            // for its index k mod 20, and the expected sum adds the values of the first record of each key (from a set).
            var records = draws.Select(static (d, i) => Ore with
            {
                Reporter = new AreaCode(1 + (d.Reporter % 4)),
                Period = TradePeriod.Annual(2018 + (d.Year % 3)),
                Partner = new AreaCode(100 + (d.Partner % 5)),
                Flow = d.Import ? TradeFlow.Import : TradeFlow.Export,
                Value = 1 << (i % 20),
            }).ToArray();
            var seen = new HashSet<(TradePeriod, AreaCode, AreaCode, TradeFlow)>();
            var expected = records.Where(r => seen.Add((r.Period, r.Reporter, r.Partner, r.Flow))).Sum(static r => r.Value);
            var guard = new DuplicateTradeGuard(DuplicateTradeRule.KeepFirst);
            var builder = new TradeCubeBuilder();

            builder.AddRange(records, guard, "x");

            return builder.ToCube().Cells.Sum(static c => c.Value) == expected
                && guard.DuplicatesLeftOut == records.Length - seen.Count;
        });
}
