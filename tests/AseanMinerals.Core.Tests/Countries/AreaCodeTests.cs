using AseanMinerals.Core.Countries;

namespace AseanMinerals.Core.Tests.Countries;

public class AreaCodeTests
{
    [Theory]
    [InlineData("96", 96, "096")]
    [InlineData("096", 96, "096")]
    [InlineData("0", 0, "000")]
    [InlineData("842", 842, "842")]
    public void Parse_accepts_one_to_three_digits_and_always_prints_three(string text, int value, string printed)
    {
        var code = AreaCode.Parse(text);

        code.Value.Should().Be(value);
        code.ToString().Should().Be(printed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1000")]
    [InlineData("-1")]
    [InlineData("BRN")]
    [InlineData(" 96")]
    public void TryParse_refuses_anything_but_one_to_three_digits(string text)
    {
        AreaCode.TryParse(text, out _).Should().BeFalse();
    }

    [Fact]
    public void TryParseCanonical_requires_exactly_three_digits()
    {
        AreaCode.TryParseCanonical("096", out var brunei).Should().BeTrue();
        brunei.Value.Should().Be(96);
        AreaCode.TryParseCanonical("96", out _).Should().BeFalse();
    }

    [Fact]
    public void The_World_is_code_000_and_the_default()
    {
        AreaCode.World.IsWorld.Should().BeTrue();
        default(AreaCode).Should().Be(AreaCode.World);
        AreaCode.Parse("000").Should().Be(AreaCode.World);
    }

    [Fact]
    public void The_constructor_names_its_parameter_when_out_of_range()
    {
        var act = () => new AreaCode(1000);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("value");
    }
}
