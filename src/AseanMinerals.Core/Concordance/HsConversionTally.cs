using System.Globalization;
using AseanMinerals.Core.Trade;
using AseanMinerals.Core.Validation;

namespace AseanMinerals.Core.Concordance;

/// <summary>
/// What a streamed conversion (<see cref="HsConverter.ConvertEach"/>) has done so far: records read and written, how
/// many went through a table, the value that moved between codes, and the codes that could not be converted. Complete
/// once the converted records have been read to the end; one conversion at a time.
/// </summary>
public sealed class HsConversionTally
{
    private Dictionary<(HsCode Code, HsRevision Revision), (long Count, decimal Value)>? _unknown;

    /// <summary>Input records read.</summary>
    public long RecordsRead { get; private set; }

    /// <summary>Records written: a record split among several target codes counts once per part.</summary>
    public long RecordsWritten { get; private set; }

    /// <summary>Input records that went through a correlation table (the others were passed through as they were).</summary>
    public long ConvertedRecords { get; private set; }

    /// <summary>The value (US$) that now sits in a code other than the one it was reported in.</summary>
    public decimal ValueMovedBetweenCodes { get; private set; }

    /// <summary>
    /// One warning per code the tables do not know in its stated edition, and per code of no stated edition (rule
    /// <see cref="TradeRules.HsCodeNotInEdition"/>), with its records and value: those records are kept unconverted.
    /// </summary>
    public IReadOnlyList<ValidationIssue> Issues =>
        _unknown is null
            ? []
            : [.. _unknown.OrderBy(static u => u.Key.Revision).ThenBy(static u => u.Key.Code).Select(static u => TradeRules.HsCodeNotInEdition.At(
                "commodity",
                u.Key.Revision == HsRevision.AsReported
                    ? string.Create(CultureInfo.InvariantCulture, $"The HS code {u.Key.Code} has no stated edition: {u.Value.Count} record(s), US${u.Value.Value}, kept unconverted.")
                    : string.Create(CultureInfo.InvariantCulture, $"The HS code {u.Key.Code} is not a code of {u.Key.Revision.ToComtradeCode()}: {u.Value.Count} record(s), US${u.Value.Value}, kept unconverted.")))];

    internal void PassedThrough()
    {
        RecordsRead++;
        RecordsWritten++;
    }

    internal void Unknown(in TradeRecord record)
    {
        _unknown ??= [];
        var key = (record.Commodity, record.Revision);
        var (count, value) = _unknown.GetValueOrDefault(key);
        _unknown[key] = (count + 1, value + record.Value);
        PassedThrough();
    }

    // A record converted whole to one code: its value moved only when the code changed (null: no decimal addition).
    internal void ConvertedWhole(decimal? moved)
    {
        RecordsRead++;
        RecordsWritten++;
        ConvertedRecords++;
        if (moved is { } value)
        {
            ValueMovedBetweenCodes += value;
        }
    }

    internal void Converted(int parts, decimal moved)
    {
        RecordsRead++;
        RecordsWritten += parts;
        ConvertedRecords++;
        ValueMovedBetweenCodes += moved;
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{ConvertedRecords} of {RecordsRead} records converted into {RecordsWritten}; US${ValueMovedBetweenCodes} moved between codes; {_unknown?.Count ?? 0} code(s) not converted");
}
