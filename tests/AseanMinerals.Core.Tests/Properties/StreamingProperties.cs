using AseanMinerals.Core.Serialization;
using AseanMinerals.Core.Tests.Serialization;
using AseanMinerals.Core.Trade;
using AseanMinerals.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using AseanMinerals.Core.TradeSources;

namespace AseanMinerals.Core.Tests.Properties;

/// <summary>Reading from a stream gives the same result whatever sizes its reads come in, down to one byte at a time.</summary>
[Properties(MaxTest = 100)]
public class StreamingProperties
{
    private static readonly Gen<int[]> ChunkSizes = Gen.Frequency(
        (1, Gen.Constant(new[] { 1 })),
        (3, Gen.Choose(1, 300).ArrayOf().Where(static a => a.Length > 0)));

    [Property]
    public Property JSON_Lines_read_in_chunks_of_any_size_give_the_records_and_rejections_read_whole() =>
        Prop.ForAll(
            Gen.Zip(Gen.Zip(ModelGenerators.TradeRecords.ArrayOf().Resize(20), ChunkSizes), Gen.Elements(true, false)).ToArbitrary(),
            static p =>
            {
                var ((records, chunks), crlfAndBadLines) = p;
                var bytes = Lines(records, crlfAndBadLines);
                var whole = Read(new MemoryStream(bytes));
                var chunked = Read(new ChunkedStream(bytes, chunks));
                return whole.Records.SequenceEqual(records) && chunked.Records.SequenceEqual(whole.Records) && chunked.Rejections.SequenceEqual(whole.Rejections);
            });

    // The records as JSON Lines (after a byte order mark), with CRLF line ends, blank lines and a bad line between records when asked.
    private static byte[] Lines(TradeRecord[] records, bool crlfAndBadLines)
    {
        using var stream = new MemoryStream();
        stream.Write("\uFEFF"u8);
        AseanMineralsJson.WriteTradeRecordLines(stream, records);
        var text = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        return System.Text.Encoding.UTF8.GetBytes(crlfAndBadLines ? text.Replace("\n", "\r\n\r\n{\"period\":\"20x8\"}\r\n", StringComparison.Ordinal) : text);
    }

    private static (List<TradeRecord> Records, List<string> Rejections) Read(Stream stream)
    {
        var lines = AseanMineralsJson.ReadTradeRecordLines(stream, new TradeSourceOptions { OnInvalidRow = InvalidRowHandling.Collect });
        var records = lines.ToList();
        return (records, [.. lines.Summary.Issues.Issues.Select(static r => r.ToString())]);
    }
}
