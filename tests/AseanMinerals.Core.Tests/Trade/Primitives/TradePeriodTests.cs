using AseanMinerals.Core.Trade;
using NodaTime;

namespace AseanMinerals.Core.Tests.Trade.Primitives;

public class TradePeriodTests
{
    [Fact]
    public void An_annual_period_ends_on_the_31st_of_December()
    {
        var year = TradePeriod.Parse("2018");

        year.IsAnnual.Should().BeTrue();
        year.Start.Should().Be(new LocalDate(2018, 1, 1));
        year.End.Should().Be(new LocalDate(2018, 12, 31));
    }

    [Fact]
    public void A_monthly_period_ends_on_the_last_day_of_its_month()
    {
        var october2025 = TradePeriod.Parse("2025-10");

        october2025.Month.Should().Be(10);
        october2025.End.Should().Be(new LocalDate(2025, 10, 31));
        october2025.ToYearMonth().Should().Be(new YearMonth(2025, 10));
        october2025.ToAnnual().Should().Be(TradePeriod.Annual(2025));
    }

    [Theory]
    [InlineData("2018")]
    [InlineData("2018-06")]
    public void Parse_and_ToString_round_trip(string text)
    {
        TradePeriod.Parse(text).ToString().Should().Be(text);
    }

    [Theory]
    [InlineData("201806")]
    [InlineData("2018-13")]
    [InlineData("18")]
    [InlineData("2018-6")]
    [InlineData("0000")]
    public void TryParse_refuses_other_forms(string text)
    {
        TradePeriod.TryParse(text, out _).Should().BeFalse();
    }

    [Fact]
    public void A_year_sorts_before_its_months_and_months_in_order()
    {
        var periods = new[] { "2018-02", "2019", "2018", "2018-01" }.Select(TradePeriod.Parse);

        periods.Order().Select(p => p.ToString()).Should().Equal("2018", "2018-01", "2018-02", "2019");
    }
}
