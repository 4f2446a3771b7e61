using AseanMinerals.Core.Aggregation;
using static AseanMinerals.Core.Tests.Aggregation.HandMadeRecords;

namespace AseanMinerals.Core.Tests.Aggregation;

/// <summary>Review finding 16: the words of a coverage requirement and of the absence it causes read as English and print a percentage as the tool does.</summary>
public class CoverageRequirementTextTests
{
    [Theory]
    [InlineData("1", "all members")]
    [InlineData("0.61", "at least 61% of the members")]
    [InlineData("0.615", "at least 61.5% of the members")]
    [InlineData("0.8", "at least 80% of the members")]
    public void A_requirement_reads_as_words_with_a_percentage_without_a_space(string fraction, string words)
    {
        var requirement = fraction == "1" ? CoverageRequirement.All : CoverageRequirement.AtLeast(decimal.Parse(fraction, System.Globalization.CultureInfo.InvariantCulture));

        requirement.ToString().Should().Be(words);
    }

    [Fact]
    public void A_figure_short_of_the_required_coverage_says_so_in_plain_words()
    {
        // HandMadeRecords.Year2018: TOTAL rows for Indonesia, Malaysia and Singapore only: 3 of 10 (30%), short of 61%.
        var total = TradeCube.Build(Year2018).TotalTrade(Y2018, AreaGroup.Asean()).RequireCoverage(CoverageRequirement.AtLeast(0.61m));

        total.Absence!.Message.Should().Be(
            "coverage 3 of 10 members: IDN MYS SGP; missing BRN KHM LAO MMR PHL THA VNM falls short of the required coverage, at least 61% of the members");
    }
}
