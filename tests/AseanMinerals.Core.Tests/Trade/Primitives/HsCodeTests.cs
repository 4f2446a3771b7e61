using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Tests.Trade.Primitives;

public class HsCodeTests
{
    [Theory]
    [InlineData("25", 2, 25)]
    [InlineData("2523", 4, 25)]
    [InlineData("252310", 6, 25)]
    [InlineData("010121", 6, 1)]
    public void Parse_reads_chapter_heading_and_subheading_codes(string text, int digits, int chapter)
    {
        var code = HsCode.Parse(text);

        code.Digits.Should().Be(digits);
        code.Chapter.Should().Be(chapter);
        code.ToString().Should().Be(text);
    }

    [Fact]
    public void TOTAL_is_all_commodities_with_no_chapter()
    {
        var total = HsCode.Parse("TOTAL");

        total.IsTotal.Should().BeTrue();
        total.Chapter.Should().BeNull();
        total.Should().Be(HsCode.Total);
        total.ToString().Should().Be("TOTAL");
    }

    [Theory]
    [InlineData("2")]
    [InlineData("252")]
    [InlineData("25231000")]
    [InlineData("00")]
    [InlineData("0000")]
    [InlineData("total")]
    [InlineData("25a3")]
    [InlineData("")]
    public void TryParse_refuses_codes_that_are_not_2_4_or_6_digits_of_a_real_chapter(string text)
    {
        HsCode.TryParse(text, out _).Should().BeFalse();
    }

    [Fact]
    public void A_subheading_starts_with_its_heading_and_chapter_but_not_with_another_chapter()
    {
        var clinker = HsCode.Parse("252310");

        clinker.StartsWith(HsCode.Parse("25")).Should().BeTrue();
        clinker.StartsWith(HsCode.Parse("2523")).Should().BeTrue();
        clinker.StartsWith(clinker).Should().BeTrue();
        clinker.StartsWith(HsCode.Parse("26")).Should().BeFalse();
        clinker.StartsWith(HsCode.Parse("2524")).Should().BeFalse();
        HsCode.Parse("25").StartsWith(clinker).Should().BeFalse();
        clinker.StartsWith(HsCode.Total).Should().BeFalse();
    }

    [Fact]
    public void Truncate_cuts_a_subheading_to_its_heading_and_chapter()
    {
        var code = HsCode.Parse("010121");

        code.Truncate(4).ToString().Should().Be("0101");
        code.Truncate(2).ToString().Should().Be("01");
    }

    [Fact]
    public void Codes_sort_as_they_read_with_TOTAL_first()
    {
        var codes = new[] { "26", "252310", "TOTAL", "2523", "25" }.Select(HsCode.Parse);

        codes.Order().Select(c => c.ToString()).Should().Equal("TOTAL", "25", "2523", "252310", "26");
    }
}
