namespace AseanMinerals.Cli.Tests;

public class ReportCommandTests
{
    [Fact]
    public async Task Report_prints_the_member_states_with_their_accession_dates_and_exits_0()
    {
        var run = await CliRun.RunAsync("report");

        run.ExitCode.Should().Be(0);
        run.Error.Should().BeEmpty();
        // FACTS.md section 1a: Timor-Leste's day is confirmed; Brunei's year 1984 is, its day (7 January) is not.
        run.Out.Should().Contain("| Timor-Leste | TLS | 626 | 2025-10-26 | confirmed |");
        run.Out.Should().Contain("| Brunei Darussalam | BRN | 096 | 1984-01-07 (only 1984 confirmed) | unconfirmed |");
    }

    [Fact]
    public async Task Report_to_a_redirected_output_is_plain_text_without_escape_codes()
    {
        var run = await CliRun.RunAsync("report");

        run.Out.Should().NotContain("\u001b[");
        run.Out.Should().StartWith("# ASEAN cooperation in minerals: reference data");
    }

    [Fact]
    public async Task An_unknown_command_is_one_line_on_stderr_and_exit_code_2()
    {
        var run = await CliRun.RunAsync("frobnicate");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("frobnicate");
        run.Error.Should().NotContain("   at ");
    }
}
