using AseanMinerals.Core.Time;
using NodaTime;

namespace AseanMinerals.Core.Tests.Time;

public class PartialDateTests
{
    [Theory]
    [InlineData("2013", DatePrecision.Year)]
    [InlineData("2011-12", DatePrecision.Month)]
    [InlineData("2005-08-04", DatePrecision.Day)]
    public void Parse_keeps_the_precision_the_source_gives_and_prints_it_back(string text, DatePrecision precision)
    {
        var date = PartialDate.Parse(text);

        date.Precision.Should().Be(precision);
        date.ToString().Should().Be(text);
    }

    [Fact]
    public void A_month_covers_every_day_of_that_month()
    {
        // December 2011: the 3rd AMMin, whose exact day no source gives.
        var december = PartialDate.FromYearMonth(2011, 12);

        december.FirstDay.Should().Be(new LocalDate(2011, 12, 1));
        december.LastDay.Should().Be(new LocalDate(2011, 12, 31));
        december.Contains(new LocalDate(2011, 12, 7)).Should().BeTrue();
        december.Contains(new LocalDate(2012, 1, 1)).Should().BeFalse();
    }

    [Fact]
    public void February_of_a_leap_year_ends_on_the_29th()
    {
        PartialDate.FromYearMonth(2024, 2).LastDay.Should().Be(new LocalDate(2024, 2, 29));
    }

    [Fact]
    public void A_year_is_not_an_exact_date()
    {
        PartialDate.FromYear(2013).TryGetExactDate(out _).Should().BeFalse();
        PartialDate.Parse("2005-08-04").TryGetExactDate(out var exact).Should().BeTrue();
        exact.Should().Be(new LocalDate(2005, 8, 4));
    }

    [Theory]
    [InlineData("")]
    [InlineData("13")]
    [InlineData("2011-13")]
    [InlineData("2011-00")]
    [InlineData("2023-02-29")]
    [InlineData("0000")]
    [InlineData("2011/12")]
    [InlineData("2011-12-1")]
    [InlineData(" 2011")]
    public void TryParse_refuses_text_that_is_not_a_real_partial_date(string text)
    {
        PartialDate.TryParse(text, out _).Should().BeFalse();
    }

    [Fact]
    public void Parse_names_the_expected_forms_when_it_fails()
    {
        var act = () => PartialDate.Parse("Dec 2011");

        act.Should().Throw<FormatException>().WithMessage("*'Dec 2011'*YYYY, YYYY-MM or YYYY-MM-DD*");
    }

    [Fact]
    public void Dates_order_by_first_day_then_the_less_precise_first()
    {
        var dates = new[] { PartialDate.Parse("2011-01-01"), PartialDate.Parse("2011-01"), PartialDate.Parse("2011"), PartialDate.Parse("2010-12-31") };

        dates.Order().Select(d => d.ToString()).Should().Equal("2010-12-31", "2011", "2011-01", "2011-01-01");
    }

    [Fact]
    public void FromYearMonth_names_the_month_parameter_when_out_of_range()
    {
        var act = () => PartialDate.FromYearMonth(2011, 13);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("month");
    }
}
