using System.Diagnostics;
using AseanMinerals.Testing;
using static AseanMinerals.Cli.Tests.Support;

namespace AseanMinerals.Cli.Tests;

/// <summary>
/// Every command that writes (convert, chart, schema) never opens, truncates or deletes an input, writes through a
/// temporary file moved into place when complete, replaces an existing file only with --force, and leaves the target
/// absent, old or complete when stopped at any moment (issue 12, cases 1, 2 and 5).
/// </summary>
public sealed class SafeOutputTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("asean-minerals-safe-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Convert_with_the_input_as_output_is_refused_with_exit_code_2_and_the_input_is_byte_identical()
    {
        var input = Copy(Fixture("legacy-bulk-hs252310-cement-clinker.csv"), "clinker.csv");
        var before = await File.ReadAllBytesAsync(input);

        var run = await CliRun.RunAsync("convert", input, "-o", input, "--force");

        run.ExitCode.Should().Be(2);
        run.Error.Trim().Split('\n').Should().ContainSingle().Which.Should().Contain("is the input");
        (await File.ReadAllBytesAsync(input)).Should().Equal(before);
    }

    [Fact]
    public async Task Convert_to_a_symbolic_link_to_the_input_is_refused_even_with_force_and_the_input_keeps_every_byte()
    {
        var input = Copy(Fixture("legacy-bulk-hs252310-cement-clinker.csv"), "clinker.csv");
        var before = await File.ReadAllBytesAsync(input);
        var link = Path.Combine(_folder, "out.jsonl");
        File.CreateSymbolicLink(link, "clinker.csv");
        Directory.CreateSymbolicLink(Path.Combine(_folder, "via"), _folder);

        var direct = await CliRun.RunAsync("convert", input, "-o", link, "--force");
        var throughFolderLink = await CliRun.RunAsync("convert", Path.Combine(_folder, "via", "clinker.csv"), "-o", link, "--force");

        direct.ExitCode.Should().Be(2);
        direct.Error.Trim().Should().Be($"asean-minerals: -o {link}: is the input {input}; the tool never writes over an input, name another file");
        throughFolderLink.ExitCode.Should().Be(2);
        (await File.ReadAllBytesAsync(input)).Should().Equal(before);
        File.ResolveLinkTarget(link, returnFinalTarget: false)!.FullName.Should().Be(input);
    }

    [Fact]
    public async Task Chart_with_its_input_as_output_is_refused_and_the_input_keeps_every_byte()
    {
        var input = Copy(HandMade, "data.svg");
        var before = await File.ReadAllBytesAsync(input);

        var run = await CliRun.RunAsync("chart", input, "-o", input, "--force");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("is the input");
        (await File.ReadAllBytesAsync(input)).Should().Equal(before);
    }

    [Theory]
    [InlineData("chart", "shares.png")]
    [InlineData("convert", "clinker.jsonl")]
    public async Task An_existing_output_needs_force_without_it_the_file_is_untouched_with_it_replaced(string command, string name)
    {
        var target = Path.Combine(_folder, name);
        await File.WriteAllTextAsync(target, "old content");
        string[] input = command == "chart" ? [HandMade] : [Fixture("legacy-bulk-hs252310-cement-clinker.csv")];

        var refused = await CliRun.RunAsync([command, .. input, "-o", target]);
        var untouched = await File.ReadAllTextAsync(target);
        var forced = await CliRun.RunAsync([command, .. input, "-o", target, "--force"]);

        refused.ExitCode.Should().Be(2);
        refused.Error.Trim().Should().Be($"asean-minerals: -o {target}: exists; add --force to replace it");
        untouched.Should().Be("old content");
        forced.ExitCode.Should().Be(0, forced.Error);
        (await File.ReadAllTextAsync(target)).Should().NotBe("old content");
        // Beside the output, convert writes its data package descriptor (clinker.datapackage.json) and nothing else.
        Directory.GetFiles(_folder).Where(f => !f.EndsWith(".datapackage.json", StringComparison.Ordinal)).Should().ContainSingle("no temporary file is left beside the output");
    }

    [Theory]
    [InlineData("json")]
    [InlineData("xlsx")]
    public async Task Shares_with_o_its_input_is_refused_and_an_existing_file_needs_force(string format)
    {
        var input = Copy(HandMade, "data.jsonl");
        var before = await File.ReadAllBytesAsync(input);
        var other = Path.Combine(_folder, $"old.{format}");
        await File.WriteAllTextAsync(other, "old");

        var onInput = await CliRun.RunAsync("shares", input, "--format", format, "-o", input, "--force");
        var existing = await CliRun.RunAsync("shares", input, "--format", format, "-o", other);
        var forced = await CliRun.RunAsync("shares", input, "--format", format, "-o", other, "--force");

        onInput.ExitCode.Should().Be(2);
        onInput.Error.Should().Contain("is the input");
        (await File.ReadAllBytesAsync(input)).Should().Equal(before);
        existing.Error.Trim().Should().Be($"asean-minerals: -o {other}: exists; add --force to replace it");
        forced.ExitCode.Should().Be(0, forced.Error);
        (await File.ReadAllTextAsync(other)).Should().NotBe("old");
    }

    [Fact]
    public async Task Schema_refuses_to_replace_existing_schema_files_without_force_before_writing_any()
    {
        var existing = Path.Combine(_folder, "trade-record.schema.json");
        await File.WriteAllTextAsync(existing, "mine");

        var refused = await CliRun.RunAsync("schema", "-o", _folder);
        var forced = await CliRun.RunAsync("schema", "-o", _folder, "--force");

        refused.ExitCode.Should().Be(2);
        refused.Error.Trim().Should().Be($"asean-minerals: -o {existing}: exists; add --force to replace it");
        forced.ExitCode.Should().Be(0, forced.Error);
        Directory.GetFiles(_folder).Should().HaveCount(5);
        (await File.ReadAllTextAsync(existing)).Should().StartWith("{");
    }

    [Fact]
    public async Task A_conversion_stopped_by_a_rejected_row_leaves_the_old_file_as_it_was()
    {
        var input = Path.Combine(_folder, "broken.csv");
        var lines = File.ReadLines(LegacyWorldOnly).Take(3).ToArray();
        lines[2] = lines[2].Replace(",2261555720,", ",22615x5720,", StringComparison.Ordinal);
        await File.WriteAllLinesAsync(input, lines);
        var target = Path.Combine(_folder, "out.jsonl");
        await File.WriteAllTextAsync(target, "yesterday's conversion\n");

        var run = await CliRun.RunAsync("convert", input, "-o", target, "--force");

        run.ExitCode.Should().Be(1);
        (await File.ReadAllTextAsync(target)).Should().Be("yesterday's conversion\n");
        Directory.GetFiles(_folder).Should().HaveCount(2, "the input and the old output, no temporary file");
    }

    [Theory]
    [InlineData("schema", "-o", "")]
    [InlineData("convert", "INPUT", "-o", "")]
    [InlineData("chart", "INPUT", "-o", "")]
    public async Task An_empty_output_name_is_a_one_line_usage_error_with_exit_code_2(params string[] args)
    {
        var input = Copy(Fixture("legacy-bulk-hs252310-cement-clinker.csv"), "clinker.csv");

        var run = await CliRun.RunAsync([.. args.Select(a => a == "INPUT" ? input : a)]);

        run.ExitCode.Should().Be(2);
        run.Error.Trim().Should().StartWith("asean-minerals: -o \"\": names no").And.NotContain("\n");
    }

    [Fact]
    public async Task Output_to_a_folder_to_a_missing_folder_and_to_an_extension_convert_does_not_write_are_each_one_line_exit_2()
    {
        var input = Copy(Fixture("legacy-bulk-hs252310-cement-clinker.csv"), "clinker.csv");
        var missing = Path.Combine(_folder, "missing-folder", "x.jsonl");

        var folder = await CliRun.RunAsync("convert", input, "-o", _folder);
        var noFolder = await CliRun.RunAsync("convert", input, "-o", missing);
        var text = await CliRun.RunAsync("convert", input, "-o", Path.Combine(_folder, "x.txt"));

        folder.Error.Trim().Should().Be($"asean-minerals: -o {_folder}: is a folder; name a file in it");
        noFolder.Error.Trim().Should().Be($"asean-minerals: -o {missing}: the folder {Path.GetDirectoryName(missing)} does not exist");
        text.Error.Trim().Should().Be($"asean-minerals: -o {Path.Combine(_folder, "x.txt")}: convert writes JSON Lines (.jsonl, .ndjson), CSV (.csv), Parquet (.parquet, or a folder with --partition-by) or Arrow IPC (.arrow)");
        new[] { folder.ExitCode, noFolder.ExitCode, text.ExitCode }.Should().AllBeEquivalentTo(2);
        Directory.GetFiles(_folder).Should().ContainSingle("nothing was written");
    }

    [Theory]
    [InlineData("/dev/null")]
    [InlineData("/dev/stdout")]
    public async Task A_device_as_output_is_refused_even_with_force_so_the_move_never_replaces_it(string device)
    {
        var run = await CliRun.RunAsync("convert", Fixture("legacy-bulk-hs252310-cement-clinker.csv"), "-o", device, "--force");

        run.ExitCode.Should().Be(2);
        run.Error.Trim().Should().StartWith($"asean-minerals: -o {device}: is a device or system file").And.EndWith("so name a file");
    }

    /// <summary>
    /// The property: for each command that writes, cancelled (as Ctrl+C and SIGTERM do) at a random moment between its
    /// start and a little past its usual end, the target is either the old file or complete (byte-identical to an
    /// uncancelled run's), every input is byte-identical, and no temporary file is left. Bounded: 12 moments per
    /// command from a fixed seed (tests/README.md).
    /// </summary>
    [Theory]
    [InlineData("convert")]
    [InlineData("chart")]
    [InlineData("schema")]
    public async Task Stopped_at_a_random_moment_a_command_leaves_the_old_or_complete_target_and_every_input_byte_identical(string command)
    {
        var input = command == "convert" ? LargeComtradeFile() : Copy(HandMade, "data.jsonl");
        var inputBytes = await File.ReadAllBytesAsync(input);
        var output = Path.Combine(_folder, "out");
        Directory.CreateDirectory(output);
        var target = Path.Combine(output, command switch { "convert" => "out.jsonl", "chart" => "out.png", _ => "trade-record.schema.json" });
        string[] args = command == "schema" ? ["schema", "-o", output, "--force"] : [command, input, "-o", target, "--force"];

        var clock = Stopwatch.StartNew();
        var complete = await CliRun.RunAsync(args);
        var usual = clock.Elapsed;
        complete.ExitCode.Should().Be(0, complete.Error);
        var completeBytes = await File.ReadAllBytesAsync(target);
        var random = new Random(12);
        for (var i = 0; i < 12; i++)
        {
            await File.WriteAllTextAsync(target, "old");
            using var cancellation = new CancellationTokenSource(TimeSpan.FromTicks((long)(usual.Ticks * 1.2 * random.NextDouble())));

            var run = await CliRun.RunAsync(cancellation.Token, args);

            run.ExitCode.Should().BeOneOf(0, 130);
            var after = await File.ReadAllBytesAsync(target);
            (after.SequenceEqual("old"u8.ToArray()) || after.SequenceEqual(completeBytes)).Should().BeTrue($"moment {i}: the target is the old file or complete, never partial");
            (await File.ReadAllBytesAsync(input)).Should().Equal(inputBytes);
            Directory.GetFiles(output, ".*").Should().BeEmpty($"moment {i}: no temporary file is left");
        }
    }

    /// <summary>
    /// The same with a real process and a real SIGTERM (what <c>timeout</c> and service managers send): the tool cancels
    /// as for Ctrl+C, exits with 143 and leaves no partial file. Bounded: 3 moments from a fixed seed.
    /// </summary>
    [Fact]
    public async Task A_real_SIGTERM_at_a_random_moment_leaves_no_partial_output_and_exits_with_143()
    {
        var input = LargeComtradeFile();
        var inputBytes = await File.ReadAllBytesAsync(input);
        var target = Path.Combine(_folder, "out.jsonl");
        var random = new Random(143);
        var exitCodes = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            using var process = Process.Start(new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "asean-minerals.dll"), "convert", input, "-o", target, "--force"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            await Task.Delay(TimeSpan.FromMilliseconds(200 + random.Next(800)));
            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            var error = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();

            exitCodes.Add(process.ExitCode);
            process.ExitCode.Should().BeOneOf([0, 143], error);
            if (process.ExitCode == 143)
            {
                error.Should().EndWith("asean-minerals: cancelled\n");
                File.Exists(target).Should().BeFalse($"moment {i}: a stopped conversion leaves no file");
            }
            else
            {
                File.ReadLines(target).Should().HaveCount(LargeFileRecords, "every generated row is a record of its own key");
                File.Delete(target);
            }

            (await File.ReadAllBytesAsync(input)).Should().Equal(inputBytes);
            Directory.GetFiles(_folder, ".*").Should().BeEmpty();
        }

        exitCodes.Should().Contain(143, "the moments fall within the run (start-up alone takes longer than the earliest)");
    }

    private string Copy(string fixture, string name)
    {
        var path = Path.Combine(_folder, name);
        File.Copy(fixture, path);
        return path;
    }

    // 200,000 generated records of distinct keys as a Comtrade+ CSV: long enough to be stopped while writing (repeating a
    // real excerpt would now be refused as the same trade given twice).
    private const int LargeFileRecords = 200_000;

    private string LargeComtradeFile()
    {
        var path = Path.Combine(_folder, "large.csv");
        ComtradePlusCsvWriter.WriteFile(path, new TradeRecordGenerator().Generate(LargeFileRecords));
        return path;
    }
}
