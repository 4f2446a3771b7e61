using System.IO.Compression;
using System.Text;
using AseanMinerals.Comtrade.Tests.Support;
using AseanMinerals.Core.Validation;
using AseanMinerals.Core.TradeSources;
using AseanMinerals.Testing;

namespace AseanMinerals.Comtrade.Tests;

public class FormatDetectionTests
{
    [Theory]
    [InlineData(Fixture.LegacyBulk, ComtradeFormat.LegacyBulkCsv)]
    [InlineData(Fixture.LegacyApi, ComtradeFormat.LegacyApiCsv)]
    [InlineData(Fixture.ComtradePlusCsv, ComtradeFormat.ComtradePlusCsv)]
    [InlineData(Fixture.ComtradePlusJson, ComtradeFormat.ComtradePlusJson)]
    public async Task The_format_is_detected_from_the_header_or_the_first_bytes(string fixture, ComtradeFormat expected)
    {
        (await Fixture.ReadAsync(fixture)).Summary.Format.Should().Be(expected.ToString());
    }

    [Theory]
    [InlineData(Fixture.LegacyBulk, ComtradeFormat.LegacyBulkCsv)]
    [InlineData(Fixture.LegacyApi, ComtradeFormat.LegacyApiCsv)]
    [InlineData(Fixture.ComtradePlusCsv, ComtradeFormat.ComtradePlusCsv)]
    [InlineData(Fixture.ComtradePlusJson, ComtradeFormat.ComtradePlusJson)]
    public async Task A_named_format_is_read_as_named(string fixture, ComtradeFormat format)
    {
        var detected = await Fixture.ReadAsync(fixture);
        var named = await Fixture.ReadAsync(fixture, new ComtradeImportOptions { Format = format });

        named.Summary.Format.Should().Be(format.ToString());
        named.Records.Should().Equal(detected.Records);
    }

    [Fact]
    public async Task Naming_the_wrong_format_is_a_clear_error_at_line_1()
    {
        var act = () => Fixture.ReadAsync(Fixture.ComtradePlusCsv, new ComtradeImportOptions { Format = ComtradeFormat.LegacyBulkCsv });

        (await act.Should().ThrowAsync<ValidationException>()).Which.Result.Errors.Should().ContainSingle(i =>
            i.Code == "AMC5001" && i.Line == 1 && i.Message.Contains("header is that of a Comtrade+ CSV"));
    }

    [Fact]
    public async Task A_file_that_is_not_a_Comtrade_file_is_refused_naming_its_header()
    {
        var act = () => Fixture.ReadTextAsync("country,year,exports\nBRN,2018,429\n", name: "other.csv");

        var error = (await act.Should().ThrowAsync<ValidationException>()).Which.Result.Errors.Single();
        error.Code.Should().Be("AMC5001");
        error.ToString().Should().StartWith("other.csv:1: AMC5001").And.Contain("country, year, exports");
    }

    [Fact]
    public async Task An_empty_file_is_refused()
    {
        var act = () => Fixture.ReadTextAsync(string.Empty, name: "empty.csv");

        (await act.Should().ThrowAsync<ValidationException>()).Which.Result.Errors.Should().ContainSingle(i => i.Code == "AMC5001" && i.Message.Contains("empty"));
    }

    [Fact]
    public async Task A_header_without_a_needed_column_names_every_missing_column()
    {
        var header = Encoding.UTF8.GetString(Fixture.Bytes(Fixture.LegacyApi)).Split('\n')[0]
            .Replace("Trade Value (US$),", string.Empty, StringComparison.Ordinal)
            .Replace(",Reporter Code,", ",", StringComparison.Ordinal);

        var act = () => Fixture.ReadTextAsync(header + "\n");

        (await act.Should().ThrowAsync<ValidationException>()).Which.Result.Errors.Should().ContainSingle(i =>
            i.Code == "AMC5002" && i.Message.Contains("Reporter Code") && i.Message.Contains("Trade Value (US$)"));
    }

    [Fact]
    public async Task The_Windows_1252_Comtrade_plus_file_is_detected_and_decoded()
    {
        var summary = (await Fixture.ReadAsync(Fixture.ComtradePlusCsv)).Summary;

        // The excerpt holds C\xF4te d'Ivoire, Cura\xE7ao and T\xFCrkiye in single bytes: not UTF-8.
        Fixture.Bytes(Fixture.ComtradePlusCsv).Should().Contain(0xF4);
        summary.Encoding.Should().Be(TradeTextEncoding.Windows1252);
        summary.Issues.Issues.Should().ContainSingle(i => i.Code == "AMC5024" && i.Severity == ValidationSeverity.Information);
        summary.Rejected.Should().Be(0);
    }

    [Fact]
    public async Task A_utf8_file_with_a_byte_order_mark_is_detected()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Fixture.Bytes(Fixture.LegacyBulk)];

        var result = await Fixture.ReadBytesAsync(bytes);

        result.Summary.Encoding.Should().Be(TradeTextEncoding.Utf8WithByteOrderMark);
        result.Summary.Format.Should().Be(nameof(ComtradeFormat.LegacyBulkCsv)); // the mark does not hide the first column name
        result.Records.Should().HaveCount(24);
    }

    [Fact]
    public async Task A_utf16_file_with_a_byte_order_mark_is_read_and_reported_as_utf16()
    {
        // The legacy bulk excerpt (ASCII) written as UTF-16 little endian with its mark: the same 24 records.
        var text = Encoding.UTF8.GetString(Fixture.Bytes(Fixture.LegacyBulk));
        byte[] bytes = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)];

        var result = await Fixture.ReadBytesAsync(bytes);

        result.Summary.Encoding.Should().Be(TradeTextEncoding.Utf16WithByteOrderMark);
        result.Summary.Format.Should().Be(nameof(ComtradeFormat.LegacyBulkCsv));
        result.Records.Should().HaveCount(24);
    }

    [Fact]
    public async Task A_named_encoding_is_used_as_named()
    {
        var summary = (await Fixture.ReadAsync(Fixture.ComtradePlusCsv, new ComtradeImportOptions { Encoding = ComtradeImportOptions.Windows1252 })).Summary;

        summary.Encoding.Should().Be(TradeTextEncoding.Named);
        summary.Issues.Issues.Should().BeEmpty();
        summary.Records.Should().Be(25);
    }

    [Fact]
    public async Task A_byte_order_mark_wins_over_a_named_encoding()
    {
        // The legacy bulk excerpt (ASCII) with a UTF-8 mark, read with Windows-1252 named: the mark is not read as the
        // three characters it stands for in Windows-1252, so the first column is still Classification: the same 24 records.
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Fixture.Bytes(Fixture.LegacyBulk)];

        var result = await Fixture.ReadBytesAsync(bytes, new ComtradeImportOptions { Encoding = ComtradeImportOptions.Windows1252 });

        result.Summary.Encoding.Should().Be(TradeTextEncoding.Utf8WithByteOrderMark);
        result.Records.Should().HaveCount(24);
    }

    [Fact]
    public async Task A_gzip_file_is_read_through()
    {
        using var compressed = new MemoryStream();
        await using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            await gzip.WriteAsync(Fixture.Bytes(Fixture.LegacyBulk));
        }

        var result = await Fixture.ReadBytesAsync(compressed.ToArray(), name: "comtrade.csv.gz");

        result.Summary.Format.Should().Be(nameof(ComtradeFormat.LegacyBulkCsv));
        result.Records.Should().Equal((await Fixture.ReadAsync(Fixture.LegacyBulk)).Records);
        result.Summary.BytesRead.Should().Be(compressed.Length);
    }

    [Fact]
    public async Task A_gzip_file_of_two_members_is_read_whole_every_row_counted()
    {
        // The Comtrade+ CSV fixture (25 rows) cut in the middle of its bytes, so inside a row, and each half compressed
        // on its own: the two members hold the one file, and every row of it is read.
        var compressed = GzipMembers.Compress(Fixture.Bytes(Fixture.ComtradePlusCsv), members: 2);

        var result = await Fixture.ReadBytesAsync(compressed, name: "comtrade.csv.gz");
        var cut = async () => await Fixture.ReadBytesAsync(compressed[..^20], name: "comtrade.csv.gz");

        result.Summary.Issues.Issues.Should().OnlyContain(static i => !i.IsError, "the only note is the fixture's Windows-1252 encoding");
        (result.Summary.RowsRead, result.Summary.Records).Should().Be((25L, 25L));
        result.Records.Should().Equal((await Fixture.ReadAsync(Fixture.ComtradePlusCsv)).Records);
        (await cut.Should().ThrowAsync<ValidationException>()).Which.Result.Issues.Should().ContainSingle().Which.Code.Should().Be(ComtradeImportRules.MalformedFile.Code);
    }

    [Fact]
    public async Task A_tab_separated_file_with_the_Comtrade_plus_columns_is_read()
    {
        // Comtrade+ bulk files are tab-separated: the separator is found from the header.
        var lines = Encoding.Latin1.GetString(Fixture.Bytes(Fixture.ComtradePlusCsv)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        // The first three lines (header, China M World, China M Brunei) have no comma inside a field.
        var tsv = string.Join("\n", lines.Take(3).Select(l => string.Join('\t', l.TrimEnd(',').Split(',').Select(f => f.Trim('"')))));

        var records = (await Fixture.ReadTextAsync(tsv, name: "bulk.txt")).Records;

        records.Select(r => r.Value).Should().Equal(2_715_997_517_261m, 2_247_559_180m);
    }
}
