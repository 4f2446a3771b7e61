using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Production;
using AseanMinerals.Core.Production.Usgs;

namespace AseanMinerals.Core.Tests.Production;

public class ProductionVintagesTests
{
    private static readonly AreaCode Indonesia = new(360);

    private static IReadOnlyList<ProductionRecord> ThreeReleases() =>
        UsgsWorldData.ReadFiles([UsgsExcerpts.Mcs2023Nickel, UsgsExcerpts.Mcs2024Nickel, UsgsExcerpts.Mcs2025], "excerpts").Figures;

    [Fact]
    public void Loading_three_releases_keeps_each_year_from_the_latest_release_that_has_it()
    {
        var latest = ProductionVintages.Latest(ThreeReleases());

        // From the files: 2021 only in MCS2023 (1,040,000); 2022 in MCS2023 (est. 1,600,000) and MCS2024 (1,580,000);
        // 2023 in MCS2024 (est. 1,800,000) and MCS2025 (2,030,000); 2024 only in MCS2025 (est. 2,200,000).
        latest.Where(f => f.Area == Indonesia && f.Commodity.Id == "nickel" && f.Kind == ProductionFigureKind.Production)
            .Select(f => (f.Year, f.Amount, f.Release)).OrderBy(x => x.Year)
            .Should().Equal((2021, 1_040_000m, "MCS2023"), (2022, 1_580_000m, "MCS2024"), (2023, 2_030_000m, "MCS2025"), (2024, 2_200_000m, "MCS2025"));
    }

    [Fact]
    public void Revisions_pair_a_year_across_releases_and_say_which_release_gave_each_figure()
    {
        var revisions = ProductionVintages.Revisions(ThreeReleases())
            .Where(r => r.Later.Area == Indonesia && r.Later.Kind == ProductionFigureKind.Production).ToList();

        // 2022: 1,600,000 (MCS2023, estimate) -> 1,580,000 (MCS2024): -20,000. 2023: 1,800,000 -> 2,030,000: +230,000.
        revisions.Select(r => (r.Later.Year, r.Earlier.Release, r.Later.Release, r.Change))
            .Should().Equal((2022, "MCS2023", "MCS2024", -20_000m), (2023, "MCS2024", "MCS2025", 230_000m));
        revisions[0].Earlier.IsEstimated.Should().BeTrue();
    }
}
