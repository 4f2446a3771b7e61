using AseanMinerals.Core.ReferenceData;
using AseanMinerals.Core.Serialization;

namespace AseanMinerals.Cli.Tests;

/// <summary>validate names a cycle of parent bodies or plan successions, and an unknown host country, with its path (issue 12, case 9).</summary>
public sealed class ReferenceDataCycleTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("asean-minerals-cycles-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Validate_of_the_embedded_data_with_ASOMM_as_its_own_parent_is_exit_1_with_AMC1014_at_its_parentId()
    {
        var data = AseanReferenceData.Default;
        var asomm = data.Bodies.Select((b, i) => (b, i)).Single(static p => p.b.Id == "ASOMM");
        var broken = data with { Bodies = [.. data.Bodies.Select(b => b.Id == "ASOMM" ? b with { ParentId = "ASOMM" } : b)] };
        var path = Path.Combine(_folder, "bodies.json");
        await File.WriteAllTextAsync(path, AseanMineralsJson.SerializeIndented(broken));

        var run = await CliRun.RunAsync("validate", path);

        run.ExitCode.Should().Be(1);
        run.Out.Should().Contain($"{path}: AMC1014 'ASOMM' names itself as its parent. (bodies[{asomm.i}].parentId)");
    }

    [Fact]
    public async Task Validate_of_a_cycle_of_plan_successions_and_a_meeting_hosted_by_ZZZ_lists_both_with_their_paths()
    {
        // AMCAP-I, first of the chain, is made to follow AMCAP-III: I -> III -> II -> I.
        var data = AseanReferenceData.Default;
        var first = data.ActionPlans.Select((p, i) => (p, i)).Single(static p => p.p.Id == "AMCAP-I").i;
        var broken = data with
        {
            ActionPlans = [.. data.ActionPlans.Select(p => p.Id == "AMCAP-I" ? p with { SucceedsId = "AMCAP-III" } : p)],
            MinisterialMeetings = [data.MinisterialMeetings[0] with { HostCountry = "ZZZ" }, .. data.MinisterialMeetings.Skip(1)],
        };
        var path = Path.Combine(_folder, "plans.json");
        await File.WriteAllTextAsync(path, AseanMineralsJson.SerializeIndented(broken));

        var run = await CliRun.RunAsync("validate", path);

        run.ExitCode.Should().Be(1);
        run.Out.Should().Contain($"AMC1014 The predecessors of 'AMCAP-I' come back to it: AMCAP-I -> AMCAP-III -> AMCAP-II -> AMCAP-I. (actionPlans[{first}].succeedsId)");
        run.Out.Should().Contain("AMC1003 The member state 'ZZZ' is not in the document. (ministerialMeetings[0].hostCountry)");
    }
}
