using AseanMinerals.Core.Serialization.Internal;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Serialization;

/// <summary>
/// Writes trade records as CSV in the flat columns of <see cref="DataPackages.TradeDataFormat.Csv"/> (the Table Schema
/// <see cref="DataPackages.TradeDataPackage.TableSchema"/> describes, in its order): a header line, then one line a
/// record; RFC 4180 with CRLF line ends, UTF-8 without a byte order mark. Values are written exactly: the value as the
/// decimal holds it (invariant culture, never rounded), codes as text with their leading zeros ("036", "260111"), flow,
/// revision and flags under the JSON schema's names (flags "none", or names separated by commas, then quoted), an
/// absent measure or month as an empty field, the breakdown as three columns ("000", 0, 0 for a total), and a converted
/// record's source as three more (code, edition, weight; empty for a record as reported).
/// </summary>
public static class TradeRecordCsv
{
    /// <summary>The header line's column names, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } = CsvLinesWriter.Columns;

    /// <summary>Writes the header and the records.</summary>
    /// <param name="utf8Csv">The stream to write to; it is flushed, not closed.</param>
    /// <param name="records">The records.</param>
    /// <returns>The number of records (lines after the header) written.</returns>
    public static long Write(Stream utf8Csv, IEnumerable<TradeRecord> records) =>
        RecordLines.Write(utf8Csv, records, new CsvLinesWriter());

    /// <summary>Writes the header and the records, asynchronously.</summary>
    /// <param name="utf8Csv">The stream to write to; it is flushed, not closed.</param>
    /// <param name="records">The records, as they come.</param>
    /// <param name="cancellationToken">Stops the writing.</param>
    /// <returns>The number of records (lines after the header) written.</returns>
    public static Task<long> WriteAsync(Stream utf8Csv, IAsyncEnumerable<TradeRecord> records, CancellationToken cancellationToken = default) =>
        RecordLines.WriteAsync(utf8Csv, records, new CsvLinesWriter(), cancellationToken);
}
