using System.IO.Compression;
using System.Text;
using AseanMinerals.Core.Serialization;
using AseanMinerals.Core.Trade;
using AseanMinerals.Core.TradeSources;
using AseanMinerals.Core.Validation;
using AseanMinerals.Testing;

namespace AseanMinerals.Core.Tests.TradeSources;

/// <summary>
/// A JSON Lines file read in parts on several threads gives what one reader gives: the same records in order, each at the
/// same line, the same summary. Parts are made small so that a small file splits into many.
/// </summary>
public sealed class ParallelJsonLinesTests : IDisposable
{
    private static readonly TradeSourceOptions Collect = new() { OnInvalidRow = InvalidRowHandling.Collect };
    private readonly string _folder = Directory.CreateTempSubdirectory("parallel-jsonl-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Generated_records_read_in_many_parts_come_back_in_file_order()
    {
        var written = new TradeRecordGenerator(seed: 18).Generate(2_000).ToList();
        var path = Path.Combine(_folder, "generated.jsonl");
        using (var file = File.Create(path))
        {
            AseanMineralsJson.WriteTradeRecordLines(file, written);
        }

        var source = new ParallelTradeSource(path, Collect, threads: 3, ParallelTradeSource.JsonLinesSplit, partBytes: 4096);
        var (records, lines, summary, failure) = await ReadAsync(source);

        failure.Should().BeNull();
        source.PartsRead.Should().BeGreaterThan(10);
        records.Should().Equal(written);
        lines.Should().Equal(Enumerable.Range(1, 2_000).Select(i => (long)i)); // one record a line
        (summary.RowsRead, summary.Records, summary.IsComplete, summary.BytesRead).Should().Be((2_000L, 2_000L, true, new FileInfo(path).Length));
    }

    [Fact]
    public async Task Bad_lines_are_named_at_their_lines_of_the_file_and_a_last_line_without_a_line_feed_is_read()
    {
        // Lines 1-40: records, except line 7 (not JSON), line 15 (blank) and line 40 (cut short, no line feed after it).
        var good = new TradeRecordGenerator(seed: 7).Generate(40).Select(r => AseanMineralsJson.Serialize(r)).ToArray();
        var lines = good.Select((text, i) => (i + 1) switch
        {
            7 => "{not json",
            15 => string.Empty,
            40 => text[..^1], // cut before its closing brace
            _ => text,
        });
        var path = Path.Combine(_folder, "bad.jsonl");
        File.WriteAllText(path, string.Join('\n', lines), new UTF8Encoding(false));

        var source = new ParallelTradeSource(path, Collect, threads: 4, ParallelTradeSource.JsonLinesSplit, partBytes: 500);
        var (records, recordLines, summary, _) = await ReadAsync(source);

        var (expected, expectedLines, expectedSummary, _) = await ReadAsync(AseanMineralsJson.OpenTradeRecordLines(path, Collect));
        source.PartsRead.Should().BeGreaterThan(4);
        summary.Issues.Errors.Select(i => i.Line).Should().Equal(7L, 40L);
        (summary.RowsRead, summary.Records, summary.Rejected, summary.BlankLines).Should().Be((39L, 37L, 2L, 1L));
        records.Should().Equal(expected);
        recordLines.Should().Equal(expectedLines);
        summary.Should().BeEquivalentTo(expectedSummary);
    }

    [Fact]
    public async Task A_file_smaller_than_the_parts_asked_for_and_a_gzip_file_are_read_whole()
    {
        var written = new TradeRecordGenerator(seed: 3).Generate(2).ToList();
        var plain = Path.Combine(_folder, "two.jsonl");
        var gzip = Path.Combine(_folder, "two.jsonl.gz");
        File.WriteAllText(plain, string.Join('\n', written.Select(r => AseanMineralsJson.Serialize(r))) + "\n");
        using (var compressed = new GZipStream(File.Create(gzip), CompressionLevel.Fastest))
        {
            compressed.Write(File.ReadAllBytes(plain));
        }

        var small = new ParallelTradeSource(plain, Collect, threads: 8, ParallelTradeSource.JsonLinesSplit, partBytes: 1);
        var packed = ParallelTradeSource.OpenJsonLines(gzip, Collect, threads: 8);

        (await ReadAsync(small)).Records.Should().Equal(written);
        (await ReadAsync(packed)).Records.Should().Equal(written);
        small.PartsRead.Should().BeLessThanOrEqualTo(2);
        packed.PartsRead.Should().Be(1);
        packed.Summary.IsComplete.Should().BeTrue();
    }

    private static Task<TradeSourceReading> ReadAsync(ITradeRecordSource source) => TradeSourceReading.ReadAsync(source);
}
