using System.Text;
using AseanMinerals.Core.Serialization;
using AseanMinerals.Testing;
using AseanMinerals.Core.TradeSources;

namespace AseanMinerals.Core.Tests.Reliability;

/// <summary>
/// The limits the JSON readers enforce hold against inputs far past them, made at run time (100 MB), and memory stays
/// bounded: the bytes this thread allocates while reading are measured, not the time it takes.
/// </summary>
public class LimitTests
{
    private const long HundredMegabytes = 100_000_000;

    private static readonly byte[] GoodLine = "{\"period\":\"2019\",\"reporter\":\"458\",\"partner\":\"000\",\"flow\":\"import\",\"commodity\":\"TOTAL\",\"value\":99}\n"u8.ToArray();

    [Fact]
    public void A_JSON_Lines_line_holding_a_100_MB_string_is_rejected_as_too_long_without_being_held_in_memory()
    {
        var input = new GeneratedStream(
            "{\"period\":\"2018\",\"reporter\":\"360\",\"partner\":\"156\",\"flow\":\"export\",\"commodity\":\""u8.ToArray(),
            (byte)'x',
            HundredMegabytes,
            [.. "\",\"value\":1}\n"u8, .. GoodLine],
            seekable: false);
        var lines = AseanMineralsJson.ReadTradeRecordLines(input, new TradeSourceOptions { OnInvalidRow = InvalidRowHandling.Collect });

        var before = GC.GetAllocatedBytesForCurrentThread();
        var records = lines.ToList();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        records.Should().ContainSingle().Which.Value.Should().Be(99m);
        lines.Summary.Issues.Issues.Should().ContainSingle().Which.Should().Match<AseanMinerals.Core.Validation.ValidationIssue>(i => i.Code == "AMC4010" && i.Line == 1);
        input.BytesRead.Should().BeGreaterThan(HundredMegabytes);
        allocated.Should().BeLessThan(8L << 20, "a line past the 1 MiB limit is skipped as it streams by");
    }

    [Fact]
    public void A_document_of_100_MB_from_a_stream_that_knows_its_length_is_refused_before_a_byte_is_read()
    {
        var input = Document(seekable: true);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var read = () => AseanMineralsJson.DeserializeTradeDataset(input);
        var error = read.Should().ThrowExactly<AseanMineralsJsonException>().Which;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        (error.Code, error.Path, error.LineNumber).Should().Be(("AMC4010", "$", 1L));
        input.BytesRead.Should().Be(0);
        allocated.Should().BeLessThan(1L << 20);
    }

    [Fact]
    public void A_document_of_100_MB_from_a_stream_of_unknown_length_is_refused_once_it_passes_the_32_MiB_limit()
    {
        var input = Document(seekable: false);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var read = () => AseanMineralsJson.DeserializeTradeDataset(input);
        var error = read.Should().ThrowExactly<AseanMineralsJsonException>().Which;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        error.Code.Should().Be("AMC4010");
        input.BytesRead.Should().Be(JsonRules.MaxDocumentLength + 1L, "reading stops at the first byte past the limit");
        allocated.Should().BeLessThan(2L * JsonRules.MaxDocumentLength + (1L << 20), "the buffer grows by doubling up to the limit, never to the 100 MB of the input");
    }

    [Fact]
    public void A_document_text_longer_than_the_limit_is_refused_as_too_long_at_its_start()
    {
        var json = "{\"schemaVersion\":\"1.0\",\"note\":\"" + new string('x', JsonRules.MaxDocumentLength) + "\"}";

        var read = () => AseanMineralsJson.DeserializeTradeDataset(json);

        read.Should().ThrowExactly<AseanMineralsJsonException>().Which.Should().Match<AseanMineralsJsonException>(e => e.Code == "AMC4010" && e.LineNumber == 1 && e.BytePositionInLine == 0);
    }

    [Fact]
    public void Collecting_3000_bad_lines_keeps_the_first_1000_reasons_and_counts_them_all()
    {
        var input = new MemoryStream(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"period\":\"2018\"}\n", 3_000))));
        var lines = AseanMineralsJson.ReadTradeRecordLines(input, new TradeSourceOptions { OnInvalidRow = InvalidRowHandling.Collect });

        var records = lines.ToList();

        records.Should().BeEmpty();
        lines.Summary.Rejected.Should().Be(3_000);
        lines.Summary.RowsRead.Should().Be(3_000);
        lines.Summary.Issues.Issues.Should().HaveCount(1_000).And.OnlyContain(static i => i.Code == "AMC4006");
        lines.Summary.Issues.Issues[^1].Line.Should().Be(1_000);
    }

    [Fact]
    public void An_unknown_object_of_200000_members_in_a_newer_minor_document_is_read_with_each_member_checked_once()
    {
        // 200,000 members compared pairwise would be 2 * 10^10 comparisons; each is looked up once in a set instead.
        var members = string.Join(',', Enumerable.Range(0, 200_000).Select(static i => $"\"m{i}\":{i}"));
        var json = "{\"schemaVersion\":\"1.9\",\"future\":{" + members + "},\"records\":[]}";

        var dataset = AseanMineralsJson.DeserializeTradeDataset(json);

        dataset.UnknownMembers.Should().ContainKey("future").WhoseValue.EnumerateObject().Should().HaveCount(200_000);
    }

    [Fact]
    public void A_member_repeated_after_the_twentieth_of_an_object_is_still_found()
    {
        var members = string.Join(',', Enumerable.Range(0, 40).Select(static i => $"\"m{i}\":{i}"));
        var json = "{\"schemaVersion\":\"1.9\",\"future\":{" + members + ",\"m\\u0033\":1},\"records\":[]}";

        var read = () => AseanMineralsJson.DeserializeTradeDataset(json);

        read.Should().ThrowExactly<AseanMineralsJsonException>().Which.Should().Match<AseanMineralsJsonException>(e => e.Code == "AMC4003" && e.Path == "$.future.m3");
    }

    // {"schemaVersion":"1.0","note":"xxx... (100 MB) ...","records":[]}
    private static GeneratedStream Document(bool seekable) =>
        new("{\"schemaVersion\":\"1.0\",\"note\":\""u8.ToArray(), (byte)'x', HundredMegabytes, "\",\"records\":[]}"u8.ToArray(), seekable);
}
