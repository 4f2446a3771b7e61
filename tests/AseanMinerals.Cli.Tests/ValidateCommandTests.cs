using static AseanMinerals.Cli.Tests.Support;

namespace AseanMinerals.Cli.Tests;

public class ValidateCommandTests
{
    [Fact]
    public async Task Validate_reads_a_gzip_JSON_Lines_file_as_JSON_Lines()
    {
        // hand-made-2022.jsonl holds 10 valid records (Fixtures/README.md); gzip-compressed, it is the same 10 records.
        var file = Path.Combine(Path.GetTempPath(), $"hand-made-{Guid.NewGuid():N}.jsonl.gz");
        await using (var output = File.Create(file))
        await using (var gzip = new System.IO.Compression.GZipStream(output, System.IO.Compression.CompressionLevel.Fastest))
        {
            await gzip.WriteAsync(await File.ReadAllBytesAsync(HandMade));
        }

        try
        {
            var run = await CliRun.RunAsync("validate", file);

            run.ExitCode.Should().Be(0, run.Out + run.Error);
            run.Out.Should().Contain($"{file}: JsonLines, valid: 0 errors, 0 warnings or notes; JSON Lines: 10 rows read = 10 records");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Validate_returns_0_for_valid_JSON_Lines_and_a_Comtrade_file_with_warnings_only()
    {
        var records = HandMade;
        var comtrade = Fixture("legacy-bulk-hs252310-cement-clinker.csv");

        var run = await CliRun.RunAsync("validate", records, comtrade);

        run.ExitCode.Should().Be(0, run.Out + run.Error);
        run.Out.Should().Contain($"{records}: JsonLines, valid: 0 errors");
        run.Out.Should().Contain($"{comtrade}: Comtrade, valid: 0 errors, 2 warnings or notes; LegacyBulkCsv: 77 rows read = ");
    }

    [Fact]
    public async Task Validate_returns_1_and_prints_one_line_per_issue_with_file_line_and_code()
    {
        var file = Fixture("invalid-records.jsonl");

        var run = await CliRun.RunAsync("validate", file);

        run.ExitCode.Should().Be(1);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        // Fixtures/README.md: line 3 an unknown flow (AMC4008, the one rejected line), line 4 a reporter that is its own partner, line 5 a duplicate of line 1.
        lines[0].Should().StartWith($"{file}:3: AMC4").And.Contain("\"sideways\"").And.EndWith("($.flow)");
        lines[1].Should().Be($"{file}:4: AMC2004 The partner 360 is the reporter itself. (partner)");
        lines[2].Should().StartWith($"{file}:5: AMC2009 ");
        lines[3].Should().Be($"{file}: JsonLines, invalid: 3 errors, 0 warnings or notes; JSON Lines: 4 rows read = 3 records + 0 set aside + 1 rejected (1 AMC4008); 1 blank lines skipped");
    }

    [Fact]
    public async Task Validate_returns_1_for_a_file_that_is_no_Comtrade_file_and_no_document_naming_the_header()
    {
        var file = Fixture("README.md");

        var run = await CliRun.RunAsync("validate", file);

        run.ExitCode.Should().Be(1);
        run.Out.Should().StartWith($"{file}:1: AMC5001 The header (# CLI test fixtures) is not that of a Comtrade+ CSV");
    }

    [Fact]
    public async Task Validate_returns_2_for_a_missing_file_and_still_validates_the_others()
    {
        var run = await CliRun.RunAsync("validate", "no-such-file.jsonl", HandMade);

        run.ExitCode.Should().Be(2);
        run.Error.Trim().Should().Be("asean-minerals: no-such-file.jsonl: cannot be read: no such file");
        run.Out.Should().Contain($"{HandMade}: JsonLines, valid");
    }

    [Fact]
    public async Task Validate_returns_2_without_a_file_argument()
    {
        var run = await CliRun.RunAsync("validate");

        run.ExitCode.Should().Be(2);
        run.Error.Should().StartWith("asean-minerals: ").And.NotContain("   at ");
    }

    [Fact]
    public async Task Validate_reads_a_reference_data_document_and_resolves_its_references_against_the_embedded_data()
    {
        // An initiative supported by Korea (KOR) with thematic area human-resources: both in the embedded data, not in the file.
        var file = Path.Combine(Path.GetTempPath(), $"initiative-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, """
            { "schemaVersion": "1.0", "thematicAreas": [], "initiatives": [ { "id": "test-initiative", "title": "A made-up initiative",
              "period": "2020", "thematicAreaIds": ["human-resources", "no-such-area"], "supporterIds": ["KOR"], "participantIds": [],
              "confidence": "unconfirmed", "sources": [] } ] }
            """);
        try
        {
            var run = await CliRun.RunAsync("validate", file);

            run.Out.Should().Contain($"{file}: AMC1003 The thematic area 'no-such-area' is not in the document. (initiatives[0].thematicAreaIds[1])");
            run.Out.Should().NotContain("'human-resources'").And.NotContain("'KOR'");

            // The embedded sections the file borrows carry unconfirmed records (AMC1011 notes): not the file's issues.
            run.Out.Should().NotContain("(memberStates[").And.NotContain("(actionPlans[");
            run.ExitCode.Should().Be(1);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Validate_returns_2_for_a_versioned_JSON_document_of_no_known_kind()
    {
        var file = Path.Combine(Path.GetTempPath(), $"unknown-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, """{ "schemaVersion": "1.0", "chapters": [] }""");
        try
        {
            var run = await CliRun.RunAsync("validate", file);

            run.ExitCode.Should().Be(2);
            run.Error.Trim().Should().StartWith($"asean-minerals: {file}: a versioned JSON document of no kind validate knows");
        }
        finally
        {
            File.Delete(file);
        }
    }
}
