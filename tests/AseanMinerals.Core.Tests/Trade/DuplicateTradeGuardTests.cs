using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;

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
}
