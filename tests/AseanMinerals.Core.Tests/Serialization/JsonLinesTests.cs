using System.IO.Pipelines;
using System.Text;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Serialization;
using AseanMinerals.Core.Trade;
using AseanMinerals.Core.TradeSources;
using AseanMinerals.Core.Validation;
using AseanMinerals.Testing;

namespace AseanMinerals.Core.Tests.Serialization;

public class JsonLinesTests
{
    // Brunei's re-exports of HS 010121 to the World in June 2018, as reported in HS 2017, US$1,588,852,981,506.719.
    private static readonly TradeRecord Record = new(TradePeriod.Monthly(2018, 6), new AreaCode(96), AreaCode.World, TradeFlow.ReExport, HsCode.Parse("010121"), 1588852981506.719m)
    {
        Revision = HsRevision.Hs2017,
    };

    private const string RecordLine = "{\"period\":\"2018-06\",\"reporter\":\"096\",\"partner\":\"000\",\"flow\":\"reExport\",\"commodity\":\"010121\",\"revision\":\"H5\",\"value\":1588852981506.719}";

    [Fact]
    public void The_writer_puts_one_compact_record_a_line_with_codes_as_strings_and_the_value_exact()
    {
        using var stream = new MemoryStream();

        var count = AseanMineralsJson.WriteTradeRecordLines(stream, [Record, Record with { Value = 100000000000000000000m, Revision = HsRevision.AsReported }]);

        count.Should().Be(2);
        Encoding.UTF8.GetString(stream.ToArray()).Should().Be(
            RecordLine + "\n" + RecordLine.Replace(",\"revision\":\"H5\"", string.Empty, StringComparison.Ordinal).Replace("1588852981506.719", "100000000000000000000", StringComparison.Ordinal) + "\n");
    }

    [Fact]
    public async Task The_async_writer_writes_the_same_bytes_as_the_synchronous_one()
    {
        var records = new TradeRecordGenerator().Generate(500).ToList();
        using var sync = new MemoryStream();
        using var asynchronous = new MemoryStream();

        AseanMineralsJson.WriteTradeRecordLines(sync, records);
        var count = await AseanMineralsJson.WriteTradeRecordLinesAsync(asynchronous, records.ToAsyncEnumerable());

        count.Should().Be(500);
        asynchronous.ToArray().Should().Equal(sync.ToArray());
    }

    [Fact]
    public async Task Lines_are_read_with_CRLF_a_byte_order_mark_and_no_final_line_break()
    {
        var input = "\uFEFF" + RecordLine + "\r\n" + RecordLine;

        var lines = AseanMineralsJson.ReadTradeRecordLines(Utf8(input));
        var records = await lines.ToListAsync();

        records.Should().Equal(Record, Record);
        lines.Summary.RowsRead.Should().Be(2);
    }

    [Fact]
    public void Counts_reconcile_lines_read_equal_records_plus_rejected_and_blank_lines_are_counted_apart()
    {
        // Line 1 a record, 2 blank, 3 a bad code, 4 white space, 5 malformed, 6 a record, 7 trailing content; then a final line break.
        var input = string.Join("\n", RecordLine, string.Empty, RecordLine.Replace("\"096\"", "\"96\"", StringComparison.Ordinal), "  \t", "{oops", RecordLine, RecordLine + " []") + "\n";
        var lines = AseanMineralsJson.ReadTradeRecordLines(Utf8(input), new TradeSourceOptions { OnInvalidRow = InvalidRowHandling.Collect, SourceName = "asean.jsonl" });

        var records = lines.ToList();

        records.Should().HaveCount(2);
        lines.Summary.Records.Should().Be(2);
        lines.Summary.Rejected.Should().Be(3);
        lines.Summary.BlankLines.Should().Be(2);
        lines.Summary.RowsRead.Should().Be(5).And.Be(lines.Summary.Records + lines.Summary.Rejected);
        lines.Summary.Issues.Issues.Select(r => (r.Line, r.Code, r.Path)).Should().Equal(
            (3L, JsonRules.InvalidValue.Code, "$.reporter"),
            (5L, JsonRules.MalformedJson.Code, "$"),
            (7L, JsonRules.TrailingContent.Code, "$"));
        lines.Summary.Issues.Issues.Should().AllSatisfy(r => r.Source.Should().Be("asean.jsonl"));
    }

    [Fact]
    public async Task CurrentLine_is_the_line_of_the_record_just_handed_out_blank_and_rejected_lines_counted()
    {
        // Line 1 a record, 2 blank, 3 malformed, 4 a record; then 300 records (lines 5 to 304), past one batch of 256.
        var input = string.Join("\n", [RecordLine, string.Empty, "{oops", RecordLine, .. Enumerable.Repeat(RecordLine, 300)]) + "\n";
        var lines = AseanMineralsJson.ReadTradeRecordLines(Utf8(input), new TradeSourceOptions { OnInvalidRow = InvalidRowHandling.Collect });
        var seen = new List<long>();

        lines.CurrentLine.Should().Be(0);
        await foreach (var _ in lines)
        {
            seen.Add(lines.CurrentLine);
        }

        seen.Should().Equal([1L, 4L, .. Enumerable.Range(5, 300).Select(static n => (long)n)]);
    }

    [Fact]
    public void Stop_hands_out_the_records_before_the_bad_line_then_throws_with_its_line_and_position()
    {
        // Line 3 is the record with "value":"1.5": '{' 0, "period":"2018-06", 1-19, "reporter":"096", 20-36, "partner":"000",
        // 37-52, "flow":"reExport", 53-70, "commodity":"010121", 71-91, "revision":"H5", 92-107, "value" 108-114, ':' 115, the string at 116.
        var bad = RecordLine.Replace("1588852981506.719", "\"1.5\"", StringComparison.Ordinal);
        var lines = AseanMineralsJson.ReadTradeRecordLines(Utf8(RecordLine + "\n" + RecordLine + "\n" + bad + "\n" + RecordLine + "\n"));
        var received = new List<TradeRecord>();

        var act = () =>
        {
            foreach (var record in lines)
            {
                received.Add(record);
            }
        };

        var error = act.Should().Throw<ValidationException>().Which.Result.Issues.Should().ContainSingle().Which;
        error.Code.Should().Be(JsonRules.WrongType.Code);
        error.Line.Should().Be(3);
        error.Path.Should().Be("$.value");
        bad.IndexOf("\"1.5\"", StringComparison.Ordinal).Should().Be(116);
        error.Message.Should().EndWith("(byte 116 of the line)");
        received.Should().HaveCount(2);
        (lines.Summary.Records, lines.Summary.Rejected, lines.Summary.RowsRead).Should().Be((2L, 1L, 3L));
    }

    [Fact]
    public void A_long_unknown_member_name_is_quoted_by_its_first_64_characters_and_its_length()
    {
        // A member named by 100,000 'm': message and path quote 64 of them and the length, not the whole name.
        var line = RecordLine[..^1] + ",\"" + new string('m', 100_000) + "\":1}";
        var lines = AseanMineralsJson.ReadTradeRecordLines(Utf8(line), new TradeSourceOptions { OnInvalidRow = InvalidRowHandling.Collect });

        _ = lines.ToList();

        var issue = lines.Summary.Issues.Issues.Should().ContainSingle().Subject;
        issue.Code.Should().Be(JsonRules.UnknownMember.Code);
        issue.Message.Should().StartWith($"'{new string('m', 64)}... (100,000 characters)' is not a member of a trade record.");
        (issue.Message.Length + issue.Path.Length).Should().BeLessThan(400);
    }

    [Fact]
    public async Task Gzip_compressed_lines_are_read_as_the_lines_they_hold_the_last_without_a_line_break()
    {
        using var compressed = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(compressed, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(RecordLine + "\n" + RecordLine));
        }

        compressed.Position = 0;
        var lines = AseanMineralsJson.ReadTradeRecordLines(compressed);

        (await lines.ToListAsync()).Should().Equal(Record, Record);
        (lines.Summary.RowsRead, lines.Summary.BytesRead).Should().Be((2L, compressed.Length));
    }

    [Theory]
    [InlineData(2, 1)]
    [InlineData(2, 20_000)]
    [InlineData(500, 3)]
    public async Task A_gzip_file_of_several_members_is_read_whole_every_line_counted(int members, int linesPerMember)
    {
        // members * linesPerMember lines, the last without a line break, split into members of equal length (so inside a
        // line), as cat a.gz b.gz makes of a file split anywhere; 20,000 lines a member outgrow every buffer.
        var text = Encoding.UTF8.GetBytes(string.Join("\n", Enumerable.Repeat(RecordLine, members * linesPerMember)));
        var compressed = GzipMembers.Compress(text, members);

        var lines = AseanMineralsJson.ReadTradeRecordLines(new MemoryStream(compressed));

        (await lines.CountAsync()).Should().Be(members * linesPerMember);
        (lines.Summary.RowsRead, lines.Summary.Records, lines.Summary.Rejected, lines.Summary.BytesRead).Should().Be(((long)members * linesPerMember, (long)members * linesPerMember, 0L, compressed.Length));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(8)]
    [InlineData(30)]
    public void A_gzip_file_of_two_members_cut_short_is_refused_as_truncated(int cut)
    {
        var whole = GzipMembers.Compress(Encoding.UTF8.GetBytes(string.Join("\n", Enumerable.Repeat(RecordLine, 50))), members: 2);

        var act = () => AseanMineralsJson.ReadTradeRecordLines(new MemoryStream(whole[..^cut])).ToList();

        var issue = act.Should().Throw<ValidationException>().Which.Result.Issues.Should().ContainSingle().Subject;
        issue.Code.Should().Be(JsonRules.MalformedJson.Code);
        issue.Message.Should().Contain("truncated");
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("")]
    public void A_bad_last_line_stops_the_reading_with_its_rule_and_line_with_or_without_a_final_line_break(string end)
    {
        // Line 3 is cut inside the value: not well-formed JSON (AMC4001), whether the file ends with a line break or not.
        var cut = RecordLine[..^5];
        var lines = AseanMineralsJson.ReadTradeRecordLines(Utf8(RecordLine + "\n" + RecordLine + "\n" + cut + end));
        var received = new List<TradeRecord>();

        var act = () => received.AddRange(lines);

        var issue = act.Should().Throw<ValidationException>().Which.Result.Issues.Should().ContainSingle().Subject;
        (issue.Code, issue.Line).Should().Be((JsonRules.MalformedJson.Code, (long?)3));
        received.Should().HaveCount(2);
        (lines.Summary.RowsRead, lines.Summary.Records, lines.Summary.Rejected).Should().Be((3L, 2L, 1L));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("")]
    public async Task A_bad_last_line_is_rejected_with_its_rule_when_collecting_with_or_without_a_final_line_break(string end)
    {
        var cut = RecordLine[..^5];
        var lines = AseanMineralsJson.ReadTradeRecordLines(Utf8(RecordLine + "\n" + cut + end), new TradeSourceOptions { OnInvalidRow = InvalidRowHandling.Collect });

        var records = await lines.ToListAsync();

        records.Should().Equal(Record);
        lines.Summary.RejectedByRule.Should().Equal(new Dictionary<string, long> { [JsonRules.MalformedJson.Code] = 1 });
        lines.Summary.Issues.Issues.Should().ContainSingle().Which.Line.Should().Be(2);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("")]
    public void DeserializeTradeRecord_of_a_cut_record_throws_the_documented_exception_with_or_without_a_final_line_break(string end)
    {
        var act = () => AseanMineralsJson.DeserializeTradeRecord(RecordLine[..^5] + end);

        act.Should().ThrowExactly<AseanMineralsJsonException>().Which.Code.Should().Be(JsonRules.MalformedJson.Code);
    }

    [Theory]
    [InlineData("{\"period\":\"2018\",\"reporter\":\"096\",\"partner\":\"000\",\"flow\":\"export\",\"commodity\":\"26\"}", "AMC4006", "$")]
    [InlineData("{\"period\":\"2018\",\"period\":\"2019\",\"reporter\":\"096\",\"partner\":\"000\",\"flow\":\"export\",\"commodity\":\"26\",\"value\":1}", "AMC4003", "$.period")]
    [InlineData("{\"period\":\"2018\",\"reporter\":\"096\",\"partner\":\"000\",\"flow\":\"export\",\"commodity\":\"26\",\"value\":1,\"cif\":2}", "AMC4004", "$.cif")]
    [InlineData("{\"period\":\"2018-13\",\"reporter\":\"096\",\"partner\":\"000\",\"flow\":\"export\",\"commodity\":\"26\",\"value\":1}", "AMC4008", "$.period")]
    [InlineData("{\"period\":\"2018\",\"reporter\":\"096\",\"partner\":\"000\",\"flow\":\"exports\",\"commodity\":\"26\",\"value\":1}", "AMC4008", "$.flow")]
    [InlineData("{\"period\":\"2018\",\"reporter\":\"096\",\"partner\":\"000\",\"flow\":\"export\",\"commodity\":\"00\",\"value\":1}", "AMC4008", "$.commodity")]
    [InlineData("{\"period\":\"2018\",\"reporter\":\"096\",\"partner\":\"000\",\"flow\":\"export\",\"commodity\":\"26\",\"value\":1e30}", "AMC4007", "$.value")]
    [InlineData("{\"period\":\"2018\",\"reporter\":\"096\",\"partner\":\"000\",\"flow\":\"export\",\"commodity\":\"26\",\"value\":1,\"quantityUnitCode\":40000}", "AMC4007", "$.quantityUnitCode")]
    [InlineData("{\"period\":\"2018\",\"reporter\":\"096\",\"partner\":\"000\",\"flow\":\"export\",\"commodity\":\"26\",\"value\":1,\"breakdown\":{\"secondPartner\":\"000\",\"customsProcedure\":100,\"transportMode\":0}}", "AMC4007", "$.breakdown.customsProcedure")]
    [InlineData("{\"period\":\"2018\",\"reporter\":\"096\",\"partner\":\"000\",\"flow\":\"export\",\"commodity\":\"26\",\"value\":1,\"breakdown\":{\"secondPartner\":\"000\"}}", "AMC4006", "$.breakdown")]
    [InlineData("{\"period\":\"2018\",\"reporter\":\"096\",\"partner\":\"000\",\"flow\":\"export\",\"commodity\":\"26\",\"value\":1,\"flags\":\"estimated\"}", "AMC4008", "$.flags")]
    [InlineData("{\"period\":2018,\"reporter\":\"096\",\"partner\":\"000\",\"flow\":\"export\",\"commodity\":\"26\",\"value\":1}", "AMC4005", "$.period")]
    [InlineData("[1]", "AMC4005", "$")]
    public void Each_kind_of_bad_record_is_rejected_with_its_rule_and_path(string line, string code, string path)
    {
        var lines = AseanMineralsJson.ReadTradeRecordLines(Utf8(line + "\n"), new TradeSourceOptions { OnInvalidRow = InvalidRowHandling.Collect });

        lines.ToList().Should().BeEmpty();

        lines.Summary.Issues.Issues.Should().ContainSingle().Which.Should().Match<AseanMinerals.Core.Validation.ValidationIssue>(issue => issue.Code == code && issue.Path == path && issue.Line == 1);
    }

    [Fact]
    public void Records_read_the_same_whether_lines_are_written_plain_or_with_spaces_escapes_and_another_order()
    {
        // Plain lines are read without a JSON reader; the same records with a space after each colon, an escaped letter
        // or the members in another order go through the JSON reader. Expected: the records written, whichever way.
        var records = new TradeRecordGenerator().Generate(300).ToList();
        records.Add(Record with { NetWeightKg = 1234.5678, Quantity = 0.001, QuantityUnitCode = 8, Flags = TradeRecordFlags.QuantityEstimated, Value = 0.50m });
        records.Add(Record with { Value = 0m, NetWeightKg = 0 });
        using var stream = new MemoryStream();
        AseanMineralsJson.WriteTradeRecordLines(stream, records);
        var plain = Encoding.UTF8.GetString(stream.ToArray());
        var spaced = plain.Replace("\":", "\": ", StringComparison.Ordinal);
        var escaped = plain.Replace("\"reporter\"", "\"\\u0072eporter\"", StringComparison.Ordinal);
        var reordered = string.Concat(plain.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(static line =>
            "{" + line[(line.IndexOf(",\"reporter\"", StringComparison.Ordinal) + 1)..^1] + "," + line[1..line.IndexOf(",\"reporter\"", StringComparison.Ordinal)] + "}\n"));

        foreach (var text in new[] { plain, spaced, escaped, reordered })
        {
            var read = AseanMineralsJson.ReadTradeRecordLines(Utf8(text)).ToList();

            read.Should().Equal(records);
            read[^2].Value.Scale.Should().Be(2); // 0.50 keeps its two decimals, as written
        }
    }

    [Theory]
    [InlineData("\"value\":01", "a leading zero")]
    [InlineData("\"value\":1.", "a point without digits")]
    [InlineData("\"value\":1,", "a comma before the end")]
    [InlineData("\"value\":1}x", "something after the record")]
    public void A_line_in_the_plain_shape_that_is_not_valid_JSON_is_refused_as_the_JSON_reader_refuses_it(string ending, string what)
    {
        // The record of RecordLine with its value written badly: not JSON (or trailing content), so refused, not read the plain way.
        var line = RecordLine[..RecordLine.IndexOf("\"value\"", StringComparison.Ordinal)] + ending + (ending.EndsWith('x') ? string.Empty : "}");
        var lines = AseanMineralsJson.ReadTradeRecordLines(Utf8(line + "\n"), new TradeSourceOptions { OnInvalidRow = InvalidRowHandling.Collect });

        lines.ToList().Should().BeEmpty(what);
        lines.Summary.Issues.Issues.Should().ContainSingle().Which.Code.Should().BeOneOf(JsonRules.MalformedJson.Code, JsonRules.TrailingContent.Code);
    }

    [Fact]
    public void A_control_character_inside_a_code_string_is_refused_as_malformed()
    {
        var line = RecordLine.Replace("\"2018-06\"", "\"2018\u000106\"", StringComparison.Ordinal);

        var lines = AseanMineralsJson.ReadTradeRecordLines(Utf8(line + "\n"), new TradeSourceOptions { OnInvalidRow = InvalidRowHandling.Collect });

        lines.ToList().Should().BeEmpty();
        lines.Summary.Issues.Issues.Should().ContainSingle().Which.Code.Should().Be(JsonRules.MalformedJson.Code);
    }

    [Fact]
    public void A_line_longer_than_the_limit_is_rejected_whole_and_reading_goes_on()
    {
        var input = RecordLine + "\n" + "{\"note\":\"" + new string('x', 500) + "\"}\n" + RecordLine + "\n";
        var lines = AseanMineralsJson.ReadTradeRecordLines(Utf8(input), new TradeSourceOptions { OnInvalidRow = InvalidRowHandling.Collect, MaxRowLength = 200 });

        lines.ToList().Should().HaveCount(2);

        lines.Summary.Issues.Issues.Should().ContainSingle().Which.Should().Match<AseanMinerals.Core.Validation.ValidationIssue>(issue => issue.Code == JsonRules.TooLong.Code && issue.Line == 2);
    }

    [Fact]
    public void Rejections_kept_are_capped_but_all_are_counted()
    {
        var input = string.Concat(Enumerable.Repeat("{}\n", 50));
        var lines = AseanMineralsJson.ReadTradeRecordLines(Utf8(input), new TradeSourceOptions { OnInvalidRow = InvalidRowHandling.Collect, MaxIssues = 10 });

        lines.ToList().Should().BeEmpty();

        lines.Summary.Rejected.Should().Be(50);
        lines.Summary.Issues.Issues.Should().HaveCount(10);
    }

    [Fact]
    public async Task Generated_records_stream_back_equal_through_a_pipe_across_many_reads()
    {
        // 20,000 records of about 140 bytes make about 2.8 MB: the reader's 64 KiB buffer is refilled many times, so
        // lines cross buffer boundaries.
        var records = new TradeRecordGenerator().Generate(20_000).ToList();
        var pipe = new Pipe();
        var writing = Task.Run(async () =>
        {
            await AseanMineralsJson.WriteTradeRecordLinesAsync(pipe.Writer.AsStream(), records.ToAsyncEnumerable());
            await pipe.Writer.CompleteAsync();
        });

        var lines = AseanMineralsJson.ReadTradeRecordLines(pipe.Reader);
        var read = await lines.ToListAsync();
        await writing;

        read.Should().Equal(records);
        lines.Summary.RowsRead.Should().Be(20_000);
    }

    [Fact]
    public void A_reader_reads_its_input_once()
    {
        var lines = AseanMineralsJson.ReadTradeRecordLines(Utf8(RecordLine));
        lines.ToList();

        var again = () => lines.ToList();

        again.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void A_single_record_reads_from_its_JSON_text()
    {
        AseanMineralsJson.DeserializeTradeRecord(RecordLine).Should().Be(Record);
        AseanMineralsJson.Serialize(Record).Should().Be(RecordLine);
    }

    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));
}
