using System.Globalization;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Serialization;
using AseanMinerals.Core.Trade;
using AseanMinerals.Core.Validation;

namespace AseanMinerals.Parquet.Internal;

/// <summary>
/// One batch of trade columns (a Parquet row group, an Arrow record batch), each as an array of nullable values or null
/// when the file lacks the column: a missing optional column reads as absent in every row. <see cref="TryGet"/> makes a
/// row a record or an issue naming the column, the same for every columnar format.
/// </summary>
internal sealed class TradeColumnBatch(int count)
{
    public int Count => count;

    public required string?[]? Period { get; init; }

    public required string?[]? Reporter { get; init; }

    public required string?[]? Partner { get; init; }

    public required string?[]? Flow { get; init; }

    public required string?[]? Commodity { get; init; }

    public required string?[]? Revision { get; init; }

    public required string?[]? Flags { get; init; }

    public required string?[]? SecondPartner { get; init; }

    public required decimal?[]? Value { get; init; }

    public required double?[]? NetWeightKg { get; init; }

    public required double?[]? Quantity { get; init; }

    public required int?[]? QuantityUnitCode { get; init; }

    public required int?[]? CustomsProcedure { get; init; }

    public required int?[]? TransportMode { get; init; }

    public required string?[]? ConversionSourceCommodity { get; init; }

    public required string?[]? ConversionSourceRevision { get; init; }

    public required decimal?[]? ConversionWeight { get; init; }

    public bool TryGet(int i, out TradeRecord record, out ValidationIssue? issue)
    {
        record = default;
        issue = null;
        if (!TradePeriod.TryParse(Period![i], out var period))
        {
            return Bad("period", Period[i], "a period YYYY or YYYY-MM", out issue);
        }

        if (!AreaCode.TryParseCanonical(Reporter![i], out var reporter))
        {
            return Bad("reporter", Reporter[i], "an area code of three digits", out issue);
        }

        if (!AreaCode.TryParseCanonical(Partner![i], out var partner))
        {
            return Bad("partner", Partner[i], "an area code of three digits", out issue);
        }

        if (!TradeParquetColumns.TryParseFlow(Flow![i], out var flow))
        {
            return Bad("flow", Flow[i], "a flow name of the JSON schema (import, export, reExport...)", out issue);
        }

        if (!HsCode.TryParse(Commodity![i], out var commodity))
        {
            return Bad("commodity", Commodity[i], "an HS code: TOTAL or 2, 4 or 6 digits", out issue);
        }

        var revision = HsRevision.AsReported;
        if (Revision?[i] is { } revisionText && !HsRevisions.TryParseComtradeCode(revisionText, out revision))
        {
            return Bad("revision", revisionText, "an HS revision (HS, H0 to H6)", out issue);
        }

        if (Value![i] is not { } value)
        {
            return Bad("value", null, "a decimal number", out issue);
        }

        if (!TradeParquetColumns.TryParseFlags(Flags?[i], out var flags))
        {
            return Bad("flags", Flags![i], "flag names separated by commas, or none", out issue);
        }

        var secondPartner = AreaCode.World;
        if (SecondPartner?[i] is { } secondText && !AreaCode.TryParseCanonical(secondText, out secondPartner))
        {
            return Bad("secondPartner", secondText, "an area code of three digits", out issue);
        }

        var customs = CustomsProcedure?[i] ?? 0;
        var transport = TransportMode?[i] ?? 0;
        if (customs is < 0 or > 99 || transport is < 0 or > ushort.MaxValue)
        {
            return Bad(customs is < 0 or > 99 ? "customsProcedure" : "transportMode", string.Create(CultureInfo.InvariantCulture, $"{customs}/{transport}"), "a customs procedure 0 to 99 and a transport mode 0 to 65535", out issue);
        }

        var unit = QuantityUnitCode?[i];
        if (unit is < short.MinValue or > short.MaxValue)
        {
            return Bad("quantityUnitCode", unit.Value.ToString(CultureInfo.InvariantCulture), "a unit code of 16 bits", out issue);
        }

        if (!TryGetConversion(i, out var conversion, out issue))
        {
            return false;
        }

        record = new TradeRecord(period, reporter, partner, flow, commodity, value)
        {
            Revision = revision,
            NetWeightKg = NetWeightKg?[i],
            Quantity = Quantity?[i],
            QuantityUnitCode = unit,
            Flags = flags,
            Breakdown = new TradeBreakdown(secondPartner, (ushort)customs, (ushort)transport),
            Conversion = conversion,
        };
        return true;
    }

    /// <summary>The three conversion columns: all null (or missing, in a file written before them) for a record as reported.</summary>
    private bool TryGetConversion(int i, out HsConversion? conversion, out ValidationIssue? issue)
    {
        conversion = null;
        issue = null;
        var sourceText = ConversionSourceCommodity?[i];
        var revisionText = ConversionSourceRevision?[i];
        var weight = ConversionWeight?[i];
        if (sourceText is null && revisionText is null && weight is null)
        {
            return true;
        }

        const string AllOrNone = "(the three conversion columns are all set or all null)";
        if (!HsCode.TryParse(sourceText, out var source))
        {
            return Bad("conversionSourceCommodity", sourceText, $"an HS code: TOTAL or 2, 4 or 6 digits {AllOrNone}", out issue);
        }

        if (revisionText is null || !HsRevisions.TryParseComtradeCode(revisionText, out var revision))
        {
            return Bad("conversionSourceRevision", revisionText, $"an HS revision (HS, H0 to H6) {AllOrNone}", out issue);
        }

        if (weight is not (>= 0 and <= 1))
        {
            return Bad("conversionWeight", weight?.ToString(CultureInfo.InvariantCulture), $"a share from 0 to 1 {AllOrNone}", out issue);
        }

        conversion = new HsConversion(source, revision, weight.Value);
        return true;
    }

    private static bool Bad(string column, string? text, string expected, out ValidationIssue issue)
    {
        var shown = text is null ? "null" : text.Length > 40 ? $"'{text[..40]}...'" : $"'{text}'";
        issue = JsonRules.InvalidValue.At("$." + column, $"The column '{column}' holds {shown}; expected {expected}.");
        return false;
    }
}
