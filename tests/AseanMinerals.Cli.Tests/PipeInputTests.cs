using System.Diagnostics;
using AseanMinerals.Core.ReferenceData;
using AseanMinerals.Core.Serialization;
using static AseanMinerals.Cli.Tests.Support;

namespace AseanMinerals.Cli.Tests;

/// <summary>
/// validate reads what can be read only once: standard input (<c>-</c>) and named pipes, telling the kind from the first
/// bytes, never with a seek error (issue 12, case 5). Commands that need a file say so in one line, exit code 2.
/// </summary>
public sealed class PipeInputTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("asean-minerals-pipes-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Validate_of_standard_input_that_cannot_seek_reads_JSON_Lines_told_by_its_first_line()
    {
        using var input = new OneWayStream(File.ReadAllBytes(HandMade));

        var run = await CliRun.RunWithInputAsync(input, "validate", "-");

        // The fixture holds ten valid records, one a line.
        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Trim().Should().Be("-: JsonLines, valid: 0 errors, 0 warnings or notes; JSON Lines: 10 rows read = 10 records + 0 set aside + 0 rejected");
    }

    [Fact]
    public async Task Validate_of_standard_input_reads_a_Comtrade_CSV_and_a_reference_data_document_too()
    {
        using var csv = new OneWayStream(File.ReadAllBytes(LegacyWorldOnly));
        var csvRun = await CliRun.RunWithInputAsync(csv, "validate", "-");
        using var document = new OneWayStream(System.Text.Encoding.UTF8.GetBytes(AseanMineralsJson.SerializeIndented(AseanReferenceData.Default)));
        var documentRun = await CliRun.RunWithInputAsync(document, "validate", "-");

        // The legacy API excerpt: 30 data rows, 22 aggregate rows of total flows and 8 rows of subset flows (see its README).
        csvRun.ExitCode.Should().Be(0, csvRun.Error);
        csvRun.Out.Should().Contain("-: Comtrade, valid: 0 errors").And.Contain("30 rows read = 22 records + 8 set aside (8 SubsetFlow) + 0 rejected");
        documentRun.ExitCode.Should().Be(0, documentRun.Error);
        documentRun.Out.Should().Contain("-: ReferenceData, valid: 0 errors");
    }

    [Fact]
    public async Task Validate_of_a_named_pipe_reads_it_once_with_no_seek_error()
    {
        var pipe = Path.Combine(_folder, "records.jsonl");
        using (var mkfifo = Process.Start("mkfifo", [pipe]))
        {
            await mkfifo.WaitForExitAsync();
        }

        // The writer blocks until validate opens the pipe for reading, as a shell's producer would.
        var writer = Task.Run(() => File.WriteAllBytes(pipe, File.ReadAllBytes(HandMade)));
        var run = await CliRun.RunAsync("validate", pipe);
        await writer;

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Trim().Should().Be($"{pipe}: JsonLines, valid: 0 errors, 0 warnings or notes; JSON Lines: 10 rows read = 10 records + 0 set aside + 0 rejected");
    }

    [Fact]
    public async Task Shares_of_a_named_pipe_past_the_first_progress_report_reads_every_record_with_no_seek_error()
    {
        // Indonesia's (360) exports to the World of 5,000 HS chapter-25 codes (250100 to 255099), US$1 each, and its total
        // exports of US$10,000: past the 4,096th record, where progress is reported. Minerals: 5,000 of 10,000.
        var pipe = Path.Combine(_folder, "records.jsonl");
        using (var mkfifo = Process.Start("mkfifo", [pipe]))
        {
            await mkfifo.WaitForExitAsync();
        }

        var lines = Enumerable.Range(250100, 5000).Select(code => $"{{\"period\":\"2022\",\"reporter\":\"360\",\"partner\":\"000\",\"flow\":\"export\",\"commodity\":\"{code}\",\"value\":1}}")
            .Append("{\"period\":\"2022\",\"reporter\":\"360\",\"partner\":\"000\",\"flow\":\"export\",\"commodity\":\"TOTAL\",\"value\":10000}");
        var writer = Task.Run(() => File.WriteAllLines(pipe, lines));
        var run = await CliRun.RunAsync("shares", pipe, "--reporter", "IDN", "--format", "csv");
        await writer;

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().Contain(",5000,").And.Contain(",0.5,");
    }

    [Fact]
    public async Task Standard_input_for_a_command_that_reads_files_is_a_one_line_usage_error()
    {
        using var input = new OneWayStream(File.ReadAllBytes(HandMade));

        var run = await CliRun.RunWithInputAsync(input, "shares", "-");

        run.ExitCode.Should().Be(2);
        run.Error.Trim().Should().Be("asean-minerals: -: cannot be read: standard input is read by validate only; save it to a file (or name a pipe) first");
    }

    [Fact]
    public async Task A_binary_file_through_standard_input_is_named_as_such()
    {
        using var input = new OneWayStream([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]);

        var run = await CliRun.RunWithInputAsync(input, "validate", "-");

        run.ExitCode.Should().Be(2);
        run.Error.Trim().Should().Be("asean-minerals: -: cannot be read: binary data: the file seems to be a PNG picture, not trade data or a JSON document");
    }

    /// <summary>A stream read once from its start, as a pipe is: no length, no position, no seeking.</summary>
    private sealed class OneWayStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException("a pipe has no length");

        public override long Position
        {
            get => throw new NotSupportedException("a pipe has no position");
            set => throw new NotSupportedException("a pipe cannot seek");
        }

        public override long Seek(long offset, SeekOrigin loc) => throw new NotSupportedException("a pipe cannot seek");
    }
}
