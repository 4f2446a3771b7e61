using AseanMinerals.Core.Aggregation;
using static AseanMinerals.Core.Tests.Aggregation.HandMadeRecords;

namespace AseanMinerals.Core.Tests.Aggregation;

/// <summary>The result records of the cube compare by content and refuse what would make them meaningless.</summary>
public class ResultRecordTests
{
    [Fact]
    public void The_same_query_asked_twice_gives_equal_trade_values()
    {
        var cube = TradeCube.Build(Year2018);

        var first = cube.Value(Y2018, AreaGroup.Asean());
        var second = cube.Value(Y2018, AreaGroup.Asean());

        first.ReporterCodes.Should().NotBeSameAs(second.ReporterCodes);
        first.Should().Be(second);
        first.GetHashCode().Should().Be(second.GetHashCode());
    }

    [Fact]
    public void A_breakdown_part_without_a_key_is_refused_naming_the_key()
    {
        var act = () => new BreakdownPart(null!, "Indonesia", 1m, 1m);

        act.Should().Throw<ArgumentNullException>().WithParameterName("Key");
    }

    [Fact]
    public void A_breakdown_part_without_a_name_is_refused_naming_the_name()
    {
        var act = () => new BreakdownPart("360", null!, 1m, 1m);

        act.Should().Throw<ArgumentNullException>().WithParameterName("Name");
    }
}
