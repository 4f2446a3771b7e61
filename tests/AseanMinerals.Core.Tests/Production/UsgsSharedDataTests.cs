using System.Text;
using AseanMinerals.Core.Production;
using AseanMinerals.Core.Production.Usgs;
using AseanMinerals.Testing;

namespace AseanMinerals.Core.Tests.Production;

/// <summary>
/// The three whole releases in shared/data/usgs_mcs_world_data. Without the folder each test checks that it is not
/// running in CI, where the folder must be, and passes (the excerpts in the repository cover the reader meanwhile).
/// </summary>
public class UsgsSharedDataTests
{
    [Fact]
    public void All_three_releases_load_with_every_row_accounted_for()
    {
        if (Folder() is not { } folder)
        {
            return;
        }

        var mcs2023 = UsgsWorldData.Read(Path.Combine(folder, "mcs2023")).Summary;
        var mcs2024 = UsgsWorldData.Read(Path.Combine(folder, "mcs2024")).Summary;
        var mcs2025 = UsgsWorldData.Read(Path.Combine(folder, "mcs2025")).Summary;

        // SOURCE.txt: MCS2025 is one file of 1,250 rows; MCS2023 and MCS2024 are 77 files each.
        (mcs2025.Files, mcs2025.RowsRead, mcs2023.Files, mcs2024.Files).Should().Be((1, 1_250L, 77, 77));
        new[] { mcs2023, mcs2024, mcs2025 }.Should().OnlyContain(s => s.IsReconciled && s.UnknownCountryNames.SequenceEqual(new[] { "United States and Canada" }));
        (mcs2023.Rejected, mcs2024.Rejected).Should().Be((0L, 0L));
        // The one MCS2025 row rejected: Titanium Mineral Concentrates, Sierra Leone, with an empty UNIT_MEAS (line 1132).
        mcs2025.Issues.Errors.Select(i => (i.Code, i.Line)).Should().Equal(("AMC7003", 1132L));
        new[] { mcs2023.Releases, mcs2024.Releases, mcs2025.Releases }.Should().BeEquivalentTo(new[] { new[] { "MCS2023" }, new[] { "MCS2024" }, new[] { "MCS2025" } });
    }

    [Fact]
    public void The_commodity_names_of_the_three_releases_map_to_the_one_list()
    {
        if (Folder() is not { } folder)
        {
            return;
        }

        // The COMMODITY column as written (quoted names such as "Talc, crude" included), split by the reader's CSV splitter.
        var names2025 = CsvText.Records(File.ReadAllText(Path.Combine(folder, "mcs2025", "MCS2025_World_Data.csv"), Encoding.UTF8)).Skip(1)
            .Select(r => r.Fields[1]).Distinct().ToList();
        var codes = Directory.GetFiles(folder, "*_world.csv", SearchOption.AllDirectories)
            .Select(p => Path.GetFileName(p)[8..^10]).Distinct().ToList();

        names2025.Where(n => !MineralCommodities.TryFind(n, out _)).Should().BeEmpty();
        codes.Where(c => !MineralCommodities.TryFind(c, out _)).Should().BeEmpty();
        var ids = names2025.Concat(codes).Select(n => MineralCommodities.Find(n).Id).Distinct();
        ids.Should().BeEquivalentTo(MineralCommodities.All.Select(c => c.Id), "every commodity of the list is met in some release and every name maps into it");
    }

    private static string? Folder()
    {
        if (SharedDataFolder.Path is { } shared)
        {
            return Path.Combine(shared, "usgs_mcs_world_data");
        }

        Environment.GetEnvironmentVariable("CI").Should().NotBe("true", "CI has the shared data folder beside the repository");
        return null;
    }
}
