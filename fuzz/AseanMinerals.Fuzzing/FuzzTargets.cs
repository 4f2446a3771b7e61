using AseanMinerals.Comtrade;
using AseanMinerals.Core.Serialization;
using AseanMinerals.Core.Validation;
using AseanMinerals.Core.TradeSources;

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

    private static void JsonLines(Stream input)
    {
        var lines = AseanMineralsJson.ReadTradeRecordLines(input, new TradeSourceOptions { OnInvalidRow = InvalidRowHandling.Collect });
        var records = lines.LongCount();
        if (records != lines.Summary.Records || lines.Summary.RowsRead != lines.Summary.Records + lines.Summary.Rejected)
        {
            throw new InvalidOperationException($"JSON Lines counts do not reconcile: {records} yielded, {lines.Summary.Records} counted, {lines.Summary.Rejected} rejected, {lines.Summary.RowsRead} read.");
        }
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
