using AseanMinerals.Comtrade;
using AseanMinerals.Core.Serialization;
using AseanMinerals.Core.Validation;
using AseanMinerals.Core.TradeSources;
using AseanMinerals.Testing;

namespace AseanMinerals.Fuzzing;

/// <summary>
/// What each campaign feeds its input to. A target lets the readers' documented exceptions pass and checks the accounting;
/// anything else escapes, and AFL++ records the input as a crash (then a file of the corpus of bad inputs, with its outcome).
/// </summary>
internal static class FuzzTargets
{
    public static IReadOnlyDictionary<string, Action<Stream>> All { get; } = new Dictionary<string, Action<Stream>>(StringComparer.Ordinal)
    {
        ["json-document"] = JsonDocument,
        ["json-lines"] = JsonLines,
        ["json-lines-gzip"] = JsonLinesGzip,
        ["comtrade"] = Comtrade,
    };

    private static void JsonDocument(Stream input)
    {
        using var copy = new MemoryStream();
        input.CopyTo(copy);
        var bytes = copy.ToArray();
        Documented(() => AseanMineralsJson.DeserializeTradeDataset(bytes));
        Documented(() => AseanMineralsJson.DeserializeReferenceData(bytes));
        Documented(() => AseanMineralsJson.DeserializeClassification(bytes));
    }

    private static void JsonLines(Stream input) => ReadLines(input);

    // The input is the content: compressed in two gzip members (split in its middle, so anywhere in a line), it must read
    // as the plain input does. AFL explores the lines; the gzip layer sees every shape of them. (An input that is itself
    // gzip would be read through one layer only: it is read plain alone.)
    private static void JsonLinesGzip(Stream input)
    {
        using var copy = new MemoryStream();
        input.CopyTo(copy);
        var bytes = copy.ToArray();
        var plain = ReadLines(new MemoryStream(bytes));
        if (bytes is [0x1F, 0x8B, ..])
        {
            return;
        }

        var compressed = ReadLines(new MemoryStream(GzipMembers.Compress(bytes, members: 2)));
        if (compressed != plain)
        {
            throw new InvalidOperationException($"In two gzip members the lines read differently: plain {plain}, compressed {compressed}.");
        }
    }

    // Reads every line, collecting the bad ones, and checks the accounting; returns the counts and whether the file stopped
    // the reading as a whole (a damaged or cut gzip file does, even when collecting: documented).
    private static (long Read, long Records, long Rejected, bool Stopped) ReadLines(Stream input)
    {
        var lines = AseanMineralsJson.ReadTradeRecordLines(input, new TradeSourceOptions { OnInvalidRow = InvalidRowHandling.Collect });
        var records = 0L;
        var stopped = false;
        try
        {
            foreach (var _ in lines)
            {
                records++;
            }
        }
        catch (ValidationException)
        {
            stopped = true;
        }

        if (records != lines.Summary.Records || lines.Summary.RowsRead != lines.Summary.Records + lines.Summary.Rejected)
        {
            throw new InvalidOperationException($"JSON Lines counts do not reconcile: {records} yielded, {lines.Summary.Records} counted, {lines.Summary.Rejected} rejected, {lines.Summary.RowsRead} read.");
        }

        return (lines.Summary.RowsRead, lines.Summary.Records, lines.Summary.Rejected, stopped);
    }

    private static void Comtrade(Stream input)
    {
        var import = ComtradeFile.OpenStream(input, "fuzz", new ComtradeImportOptions { OnInvalidRow = InvalidRowHandling.Collect });
        long yielded = 0;
        try
        {
            var records = import.GetAsyncEnumerator();
            while (records.MoveNextAsync().AsTask().GetAwaiter().GetResult())
            {
                yielded++;
            }
        }
        catch (ValidationException)
        {
            // documented: a file that cannot be read stops the import
        }

        var summary = import.Summary;
        if (!summary.IsReconciled || yielded != summary.Records)
        {
            throw new InvalidOperationException($"The import does not account for its rows: {summary}; {yielded} records yielded.");
        }
    }

    private static void Documented(Action read)
    {
        try
        {
            read();
        }
        catch (AseanMineralsJsonException)
        {
            // documented: malformed, or against the schema
        }
    }
}
