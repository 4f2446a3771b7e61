using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Production;
using AseanMinerals.Core.Production.Usgs;

namespace AseanMinerals.Core.Tests.Production;

public class UsgsWorldDataTests
{
    [Fact]
    public void The_MCS2025_excerpt_reads_Indonesia_and_the_Philippines_nickel_2023_as_the_file_writes_them()
    {
        var result = UsgsExcerpts.Read(UsgsExcerpts.Mcs2025);

        // From the file: "MCS2025,Nickel,Indonesia,...,metric tons,2030000,2200000,,,,,55000000," and Philippines 413000
        // with the note "estimated 2023"; SOURCE.txt gives the same two checks.
        var nickel2023 = result.Figures.Where(f => f.Commodity.Id == "nickel" && f.Kind == ProductionFigureKind.Production && f.Year == 2023).ToList();
        var indonesia = nickel2023.Single(f => f.Area == new AreaCode(360));
        (indonesia.Amount, indonesia.Unit, indonesia.Stage, indonesia.Measure, indonesia.Release, indonesia.IsEstimated)
            .Should().Be((2_030_000m, ProductionUnit.MetricTon, ProductionStage.Mine, "Mine production, nickel content", "MCS2025", false));
        var philippines = nickel2023.Single(f => f.Area == new AreaCode(608));
        (philippines.Amount, philippines.IsEstimated).Should().Be((413_000m, true));
        nickel2023.Single(f => f.Role == ProductionAreaRole.WorldTotal).Amount.Should().Be(3_750_000m);
        nickel2023.Single(f => f.Role == ProductionAreaRole.OtherCountries).Amount.Should().Be(340_000m);
    }

    [Fact]
    public void The_MCS2025_excerpt_accounts_for_every_row_and_rejects_the_row_without_a_unit_at_its_line()
    {
        var summary = UsgsExcerpts.Read(UsgsExcerpts.Mcs2025).Summary;

        // 55 data rows (56 lines less the header): nickel lines 2-12, rare earths 13-30, tin 31-47, iron ore 48-51,
        // titanium 52, bauxite 53-56. Set aside: 7 world totals (nickel, rare earths, tin, two iron ore, two bauxite),
        // 3 "Other Countries", the tin row of the United States with every figure cell empty (line 31). Rejected: Sierra
        // Leone at line 52, whose UNIT_MEAS is empty (AMC7003). Country rows: 55 - 7 - 3 - 1 - 1 = 43.
        (summary.RowsRead, summary.CountryRows, summary.Rejected, summary.IsReconciled).Should().Be((55L, 43L, 1L, true));
        summary.SetAsideByReason.Should().BeEquivalentTo(new Dictionary<UsgsSetAsideReason, long>
        {
            [UsgsSetAsideReason.WorldTotal] = 7, [UsgsSetAsideReason.OtherCountries] = 3, [UsgsSetAsideReason.NoFigures] = 1,
        });
        var issue = summary.Issues.Issues.Should().ContainSingle().Subject;
        (issue.Code, issue.Line, issue.Source).Should().Be(("AMC7003", 52L, UsgsExcerpts.Mcs2025));
    }

    [Fact]
    public void The_MCS2024_per_commodity_file_takes_unit_and_year_from_column_names_and_sets_aside_its_empty_trailing_rows()
    {
        var result = UsgsExcerpts.Read(UsgsExcerpts.Mcs2024Nickel);

        // SOURCE.txt: Nickel, Indonesia, 2022 = 1,580,000 t, 2023 est. = 1,800,000 t. The file has 11 filled rows and
        // 27 rows of empty cells after them (38 data rows).
        var indonesia = result.Figures.Where(f => f.Area == new AreaCode(360) && f.Kind == ProductionFigureKind.Production).ToList();
        indonesia.Select(f => (f.Year, f.Amount, f.IsEstimated, f.Unit)).Should().Equal(
            (2022, 1_580_000m, false, ProductionUnit.MetricTon), (2023, 1_800_000m, true, ProductionUnit.MetricTon));
        (result.Summary.RowsRead, result.Summary.CountryRows, result.Summary.SetAsideByReason[UsgsSetAsideReason.EmptyRow], result.Summary.IsReconciled)
            .Should().Be((38L, 9L, 27L, true));

        // "New Caledonia9" carries a footnote digit; "    >9,100,000" (Other countries' reserves) is a bound with spaces.
        result.Figures.Should().Contain(f => f.AreaName == "New Caledonia" && f.Area == new AreaCode(540));
        var otherReserves = result.Figures.Single(f => f.Role == ProductionAreaRole.OtherCountries && f.Kind == ProductionFigureKind.Reserves);
        (otherReserves.Amount, otherReserves.Flags, otherReserves.Year).Should().Be((9_100_000m, ProductionFlags.GreaterThan, 2023));
    }

    [Fact]
    public void The_MCS2023_file_reads_Indonesia_nickel_2021_and_the_2022_estimate()
    {
        // SOURCE.txt: Nickel, Indonesia, 2021 = 1,040,000 t, 2022 est. = 1,600,000 t.
        var indonesia = UsgsExcerpts.Read(UsgsExcerpts.Mcs2023Nickel).Figures
            .Where(f => f.Area == new AreaCode(360) && f.Kind == ProductionFigureKind.Production).Select(f => (f.Year, f.Amount, f.Release));
        indonesia.Should().Equal((2021, 1_040_000m, "MCS2023"), (2022, 1_600_000m, "MCS2023"));
    }

    [Fact]
    public void A_file_whose_source_cells_are_empty_takes_its_release_from_the_file_name()
    {
        var result = UsgsExcerpts.Read(UsgsExcerpts.Mcs2024IronOxidePigments);

        result.Figures.Should().OnlyContain(f => f.Release == "MCS2024" && f.Commodity.Id == "iron-oxide-pigments");
        var us = result.Figures.First(f => f.Area == new AreaCode(842));
        (us.Amount, us.Flags & ProductionFlags.Withheld).Should().Be(((decimal?)null, ProductionFlags.Withheld));
        result.Figures.Should().Contain(f => f.AreaName == "India" && f.Qualifier == "ocher" && f.Amount == 3_100_000m);
    }

    [Fact]
    public void Bad_cells_reject_their_row_with_a_located_rule_and_a_last_line_without_newline_is_a_row()
    {
        const string text = "Source,Country,Type,Prod_t_2022,Prod_t_est_2023,Prod_notes,Reserves_t,Reserves_notes\r\n" +
            "MCS2024,Indonesia,\"Mine production - nickel, metric tons contained\",12abc,1800000,,55000000,\r\n" +
            ",,,,,,,\r\n" +
            "MCS2024,Narnia,\"Mine production - nickel, metric tons contained\",5,5,,,\r\n" +
            "MCS2024,Philippines,\"Mine production - nickel, metric tons contained\",e345000,400000,,4800000,";

        var result = UsgsExcerpts.ReadText(text);

        (result.Summary.RowsRead, result.Summary.CountryRows, result.Summary.SetAside, result.Summary.Rejected).Should().Be((4L, 1L, 2L, 1L));
        result.Summary.Issues.Issues.Select(i => (i.Code, i.Line)).Should().Equal(("AMC7002", 2L), ("AMC7005", 4L));
        result.Summary.UnknownCountryNames.Should().Equal("Narnia");
        result.Figures.Should().Contain(f => f.AreaName == "Narnia" && f.Role == ProductionAreaRole.Unmapped && f.Area == AreaCode.World);
        var philippines = result.Figures.First(f => f.AreaName == "Philippines");
        (philippines.Amount, philippines.IsEstimated).Should().Be((345_000m, true));
    }

    [Fact]
    public void A_header_without_a_country_column_rejects_every_row_with_AMC7001()
    {
        var result = UsgsExcerpts.ReadText("Source,Land,Type,Prod_t_2022\nMCS2024,Indonesia,x,1\nMCS2024,Laos,x,2\n");

        (result.Summary.RowsRead, result.Summary.Rejected, result.Summary.RejectedByRule["AMC7001"]).Should().Be((2L, 2L, 2L));
    }

    [Fact]
    public void MCS2025_reserves_whose_note_names_another_unit_take_that_unit()
    {
        // "MCS2025,Iron Ore  ,Australia,...,thousand metric tons,953000,930000,,,,,58000,"Crude Ore, million metric tons"":
        // the reserves are 58,000 million metric tons, not thousand.
        var reserves = UsgsExcerpts.Read(UsgsExcerpts.Mcs2025).Figures
            .Single(f => f.Commodity.Id == "iron-ore" && f.Area == new AreaCode(36) && f.Kind == ProductionFigureKind.Reserves && f.Measure == "Mine production, usable ore");
        (reserves.Amount, reserves.Unit, reserves.Year).Should().Be((58_000m, ProductionUnit.MillionMetricTons, 2024));
    }
}
