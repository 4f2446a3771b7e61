using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace AseanMinerals.Core.Tests.Aggregation;

/// <summary>
/// Issue 11, case 5 in the one-pass build: <see cref="TradeCubeBuilder.AddRange(ReadOnlySpan{TradeRecord}, DuplicateTradeGuard, string, long)"/>
/// checks each block of records with the guard (keys prefetched 16 at a time) and adds it in the same pass; the same trade
/// is never added twice, and each duplicate names both places. Expected values are sums of the hand-made values below.
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
