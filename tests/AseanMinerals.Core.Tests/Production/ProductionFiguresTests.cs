using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Production;
using AseanMinerals.Core.Validation;

namespace AseanMinerals.Core.Tests.Production;

public class ProductionFiguresTests
{
    private static readonly MineralCommodity Nickel = MineralCommodities.Find("nickel");

    [Fact]
    public void Asean_share_of_world_nickel_mine_production_2023_is_Indonesia_plus_the_Philippines_against_both_bases()
    {
        var figures = new ProductionFigures(UsgsExcerpts.Read(UsgsExcerpts.Mcs2025).Figures);
        var series = figures.Series(Nickel, ProductionFigureKind.Production, ProductionStage.Mine, 2023).Should().ContainSingle().Subject;

        var share = figures.Share(series, AreaGroup.Asean());

        // By hand from MCS2025: Indonesia 2,030,000 + Philippines 413,000 = 2,443,000 t. Published world total 3,750,000.
        // Row sum: 16,400 + 149,000 + 82,700 + 159,000 + 117,000 + 2,030,000 + 231,000 + 413,000 + 210,000 and Other
        // countries 340,000 = 3,748,100 (the published total is rounded).
        (share.GroupAmount, share.PublishedWorldTotal, share.RowSum, share.Unit).Should().Be((2_443_000m, 3_750_000m, 3_748_100m, ProductionUnit.MetricTon));
        share.ShareOfPublishedTotal.Should().Be(2_443_000m / 3_750_000m);
        share.ShareOfRowSum.Should().Be(2_443_000m / 3_748_100m);
        share.MembersWithFigures.Should().Equal(new AreaCode(360), new AreaCode(608));
        share.Members.Should().HaveCount(10, "ten states were ASEAN members at the end of 2023");
        share.IsEstimated.Should().BeTrue("the Philippines' 2023 figure is noted 'estimated 2023'");
    }

    [Fact]
    public void A_world_total_not_available_gives_no_share_of_it_and_the_row_sum_is_a_lower_bound_with_a_withheld_row()
    {
        // MCS2024 iron oxide pigments: World total (rounded) NA, United States W; 2022 rows: Cyprus 3,500, France 5,000,
        // Germany 323,000, India (ocher) 3,100,000, Italy 30,000, Pakistan 100,000, Spain 12,000 = 3,573,500 t.
        var figures = new ProductionFigures(UsgsExcerpts.Read(UsgsExcerpts.Mcs2024IronOxidePigments).Figures);
        var series = figures.Series(MineralCommodities.Find("iron-oxide-pigments"), ProductionFigureKind.Production, year: 2022).Should().ContainSingle().Subject;

        var share = figures.Share(series, AreaGroup.Of("India", new AreaCode(699)));

        share.PublishedWorldTotal.Should().BeNull();
        share.ShareOfPublishedTotal.Should().BeNull();
        (share.RowSum, share.RowsWithoutNumber).Should().Be((3_573_500m, 1));
        share.ShareOfRowSum.Should().Be(3_100_000m / 3_573_500m);
        share.Notes.Should().Contain(n => n.Contains("published world total has no number")).And.Contain(n => n.Contains("lower bound"));
    }

    [Fact]
    public void A_group_with_no_row_in_a_series_has_no_share_not_a_zero_share()
    {
        var figures = new ProductionFigures(UsgsExcerpts.Read(UsgsExcerpts.Mcs2025).Figures);
        var series = figures.Series(MineralCommodities.Find("iron-ore"), ProductionFigureKind.Production, year: 2023)[0];

        var share = figures.Share(series, AreaGroup.Asean());

        (share.GroupAmount, share.ShareOfPublishedTotal, share.ShareOfRowSum).Should().Be(((decimal?)null, (decimal?)null, (decimal?)null));
        share.Notes.Should().Contain(n => n.Contains("not known, not zero"));
    }

    [Fact]
    public void A_group_above_a_rounded_world_total_gets_no_share_rather_than_one_above_100_percent()
    {
        var figures = new ProductionFigures([Figure(360, 105m), Figure(0, 100m, ProductionAreaRole.WorldTotal)]);

        var share = figures.Share(figures.Series()[0], AreaGroup.Of("Indonesia", new AreaCode(360)));

        share.ShareOfPublishedTotal.Should().BeNull();
        share.ShareOfRowSum.Should().Be(1m);
        share.Notes.Should().Contain(n => n.Contains("exceeds the published world total"));
    }

    [Fact]
    public void Rank_and_HHI_follow_the_amounts_by_hand()
    {
        // Shares 50%, 30%, 20% of the country sum 100: HHI = 2,500 + 900 + 400 = 3,800 (highly concentrated). The
        // residual of 40 and the withheld row are left out.
        var figures = new ProductionFigures(
        [
            Figure(360, 30m), Figure(608, 50m), Figure(156, 20m), Figure(36, null, flags: ProductionFlags.Withheld),
            Figure(0, 40m, ProductionAreaRole.OtherCountries),
        ]);
        var series = figures.Series()[0];

        var ranking = figures.Ranking(series);
        var concentration = figures.Concentration(series);

        ranking.Select(r => (r.Rank, r.Area.Value, r.ShareOfCountrySum)).Should().Equal((1, 608, 0.5m), (2, 360, 0.3m), (3, 156, 0.2m));
        (concentration.Index, concentration.Band, concentration.Parts, concentration.ResidualLeftOut, concentration.RowsWithoutNumber)
            .Should().Be((3_800m, ConcentrationBand.HighlyConcentrated, 3, 40m, 1));
    }

    [Fact]
    public void A_row_whose_measure_is_worded_otherwise_joins_the_one_table_with_a_world_total()
    {
        // As MCS2025's cobalt table: the United States row says "Mine production, estimated", the others and the world
        // total "Mine production, nickel content" (here). Row sum by hand: 500 + 1,000 = 1,500.
        var figures = new ProductionFigures(
        [
            Figure(842, 500m) with { Measure = "Mine production, estimated" }, Figure(360, 1_000m), Figure(0, 1_500m, ProductionAreaRole.WorldTotal),
        ]);

        var series = figures.Series().Should().ContainSingle().Subject;
        series.Measure.Should().Be("Mine production, nickel content");
        figures.Share(series, AreaGroup.Of("USA", new AreaCode(842))).RowSum.Should().Be(1_500m);
    }

    [Fact]
    public void Rows_in_units_that_do_not_convert_are_refused_with_AMC7008()
    {
        var figures = new ProductionFigures([Figure(360, 5m), Figure(608, 5m) with { Unit = ProductionUnit.ThousandCarats }]);

        var act = () => figures.Share(figures.Series()[0], AreaGroup.Asean());

        act.Should().Throw<ValidationException>().Which.Result.Issues.Should().ContainSingle(i => i.Code == "AMC7008");
    }

    [Fact]
    public void Reserves_to_production_divides_reserves_by_the_same_rows_production_in_the_reserves_year()
    {
        var figures = new ProductionFigures(UsgsExcerpts.Read(UsgsExcerpts.Mcs2025).Figures);

        // Nickel, Indonesia: reserves 55,000,000 t (end of 2024) / production 2024 est. 2,200,000 t = 25 years.
        var indonesia = figures.ReservesToProductionYears(Nickel).Single(r => r.Area == new AreaCode(360));
        (indonesia.Year, indonesia.Years).Should().Be((2024, 25m));

        // Iron ore, Australia, usable ore: 58,000 million t / 930,000 thousand t = 58,000,000 kt / 930,000 kt.
        var australia = figures.ReservesToProductionYears(MineralCommodities.Find("iron-ore")).Single(r => r.Measure == "Mine production, usable ore");
        australia.Years.Should().Be(58_000_000m / 930_000m);
    }

    [Fact]
    public void The_same_file_read_twice_is_refused_rather_than_counted_twice()
    {
        var twice = AseanMinerals.Core.Production.Usgs.UsgsWorldData.ReadFiles([UsgsExcerpts.Mcs2024Nickel, UsgsExcerpts.Mcs2024Nickel], "twice").Figures;

        var act = () => new ProductionFigures(twice);

        act.Should().Throw<ValidationException>().Which.Result.Issues.Should().OnlyContain(i => i.Code == "AMC7007");
    }

    [Fact]
    public void The_validator_finds_negative_amounts_and_duplicate_figures()
    {
        var result = ProductionRecordValidator.Validate([Figure(360, -1m), Figure(608, 5m), Figure(608, 6m)]);

        result.Issues.Select(i => (i.Code, i.Path)).Should().Equal(("AMC7006", "[0]"), ("AMC7007", "[2]"));
    }

    [Fact]
    public void The_production_rules_are_in_the_one_catalogue_with_unique_codes()
    {
        ValidationRules.All.Select(r => r.Code).Should().OnlyHaveUniqueItems();
        ValidationRules.All.Select(r => r.Code).Where(c => c.StartsWith("AMC7", StringComparison.Ordinal))
            .Should().Equal("AMC7001", "AMC7002", "AMC7003", "AMC7004", "AMC7005", "AMC7006", "AMC7007", "AMC7008");
    }

    internal static ProductionRecord Figure(int area, decimal? amount, ProductionAreaRole role = ProductionAreaRole.Country, ProductionFlags flags = ProductionFlags.None) =>
        new()
        {
            Commodity = Nickel,
            Kind = ProductionFigureKind.Production,
            Stage = ProductionStage.Mine,
            Measure = "Mine production, nickel content",
            Area = new AreaCode(area),
            Role = role,
            AreaName = area.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Year = 2023,
            Amount = amount,
            Unit = ProductionUnit.MetricTon,
            Flags = flags,
            Release = "MCS2025",
        };
}
