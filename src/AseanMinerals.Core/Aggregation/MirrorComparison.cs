using System.Text.Json.Serialization;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Aggregation;

/// <summary>
/// Mirror statistics: what an exporter reported exporting to an importer, against what the importer reported importing
/// from it. Imports are usually valued CIF and exports FOB, so a ratio a little above 1 is expected.
/// </summary>
public sealed record MirrorComparison
{
    /// <summary>The period.</summary>
    public required TradePeriod Period { get; init; }

    /// <summary>The exporting reporter.</summary>
    public required AreaCode Exporter { get; init; }

    /// <summary>The importing reporter.</summary>
    public required AreaCode Importer { get; init; }

    /// <summary>The commodities.</summary>
    public required string Commodities { get; init; }

    /// <summary>The exporter's reported exports to the importer; null when it reported none.</summary>
    public decimal? ReportedExports { get; init; }

    /// <summary>The importer's reported imports from the exporter; null when it reported none.</summary>
    public decimal? MirrorImports { get; init; }

    /// <summary>Mirror imports minus reported exports; null when either is absent.</summary>
    public decimal? Gap { get; init; }

    /// <summary>Mirror imports over reported exports; null when either is absent or the exports are zero.</summary>
    public decimal? Ratio { get; init; }

    /// <summary>Why the gap or ratio is absent (kind, members and values concerned); null when both are present.</summary>
    public FigureAbsence? Absence { get; init; }

    /// <summary>The <see cref="Absence"/> in words; null when both are present.</summary>
    [JsonIgnore]
    public string? AbsentReason => Absence?.Message;

    /// <inheritdoc />
    public override string ToString() =>
        $"Mirror {Exporter}->{Importer}, {Commodities}, {Period}: exports reported {TextTable.Money(ReportedExports)}, imports mirrored {TextTable.Money(MirrorImports)}, "
        + $"gap {TextTable.Money(Gap)}, ratio {TextTable.Number(Ratio, "0.0000")}{(AbsentReason is null ? string.Empty : " (" + AbsentReason + ")")}";
}
