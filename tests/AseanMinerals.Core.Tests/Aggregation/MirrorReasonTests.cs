using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;
using static AseanMinerals.Core.Tests.Aggregation.HandMadeRecords;

namespace AseanMinerals.Core.Tests.Aggregation;

/// <summary>Issue 11, case 9: mirror statistics give the true reason where a side is missing.</summary>
public class MirrorReasonTests
{
    private static readonly AreaCode Philippines = new(608);

    [Fact]
    public void Mirror_of_a_file_of_World_rows_says_it_has_no_rows_by_partner_not_that_nothing_was_exported()
    {
        // As the clinker file: Indonesia's exports and the Philippines' imports against the World only. Before: "360
        // reported no exports to 608"; the true reason is that the file has no rows by partner.
        var cube = TradeCube.Build([
            Record(Indonesia, World, TradeFlow.Export, "260111", 100m),
            Record(Philippines, World, TradeFlow.Import, "260111", 80m)]);

        var mirror = cube.Mirror(Y2018, Indonesia, Philippines);

        mirror.Ratio.Should().BeNull();
        mirror.Absence!.Kind.Should().Be(FigureAbsenceKind.NoPartnerRows);
        mirror.Absence.Members.Should().Equal(Indonesia);
        mirror.Absence.Partners.Should().Equal(Philippines);
    }

    [Fact]
    public void Mirror_where_the_exporter_has_rows_by_partner_and_none_with_the_importer_says_it_reported_none()
    {
        var cube = TradeCube.Build([
            Record(Indonesia, China, TradeFlow.Export, "260111", 100m),
            Record(Philippines, Indonesia, TradeFlow.Import, "260111", 80m)]);

        var mirror = cube.Mirror(Y2018, Indonesia, Philippines);

        mirror.Absence!.Kind.Should().Be(FigureAbsenceKind.NoTradeReported);
        mirror.Absence.Members.Should().Equal(Indonesia);
        mirror.Absence.Partners.Should().Equal(Philippines);
        mirror.Absence.Flow.Should().Be(TradeFlow.Export);
    }
}
