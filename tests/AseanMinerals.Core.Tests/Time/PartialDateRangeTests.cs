using AseanMinerals.Core.Time;
using NodaTime;

namespace AseanMinerals.Core.Tests.Time;

public class PartialDateRangeTests
{
    [Theory]
    [InlineData("2016/2020")]
    [InlineData("2016-06")]
    [InlineData("2018-05-08/2018-05-10")]
    [InlineData("2010/..")]
    public void Parse_and_ToString_round_trip_the_ISO_forms(string text)
    {
        PartialDateRange.Parse(text).ToString().Should().Be(text);
    }

    [Fact]
    public void Years_2016_to_2020_run_from_the_first_of_January_to_the_last_of_December()
    {
        var phase1 = PartialDateRange.Years(2016, 2020);

        phase1.FirstDay.Should().Be(new LocalDate(2016, 1, 1));
        phase1.LastDay.Should().Be(new LocalDate(2020, 12, 31));
        phase1.IsSingle.Should().BeFalse();
    }

    [Fact]
    public void An_open_range_contains_every_later_day_and_has_no_last_day()
    {
        var forum = PartialDateRange.Parse("2010/..");

        forum.IsOpen.Should().BeTrue();
        forum.LastDay.Should().BeNull();
        forum.Contains(new LocalDate(2099, 1, 1)).Should().BeTrue();
        forum.Contains(new LocalDate(2009, 12, 31)).Should().BeFalse();
    }

    [Fact]
    public void A_phase_lies_within_its_plan_and_a_longer_period_does_not()
    {
        var plan = PartialDateRange.Years(2016, 2025);

        PartialDateRange.Years(2021, 2025).IsWithin(plan).Should().BeTrue();
        PartialDateRange.Years(2021, 2026).IsWithin(plan).Should().BeFalse();
        PartialDateRange.Parse("2021/..").IsWithin(plan).Should().BeFalse();
        PartialDateRange.Years(2021, 2025).IsWithin(PartialDateRange.Parse("2016/..")).Should().BeTrue();
    }

    [Fact]
    public void A_month_overlaps_an_interval_that_shares_one_of_its_days()
    {
        var june2016 = PartialDateRange.Parse("2016-06");

        june2016.Overlaps(new DateInterval(new LocalDate(2016, 6, 30), new LocalDate(2016, 7, 5))).Should().BeTrue();
        june2016.Overlaps(new DateInterval(new LocalDate(2016, 7, 1), new LocalDate(2016, 7, 5))).Should().BeFalse();
    }

    [Theory]
    [InlineData("2020/2016")]
    [InlineData("2018-05-10/2018-05-08")]
    [InlineData("2016/")]
    [InlineData("/2016")]
    [InlineData("2016/2017/2018")]
    public void TryParse_refuses_ranges_that_end_before_they_start_or_are_malformed(string text)
    {
        PartialDateRange.TryParse(text, out _).Should().BeFalse();
    }

    [Fact]
    public void Between_names_the_end_parameter_when_the_range_runs_backwards()
    {
        var act = () => PartialDateRange.Between(PartialDate.FromYear(2020), PartialDate.FromYear(2016));

        act.Should().Throw<ArgumentException>().WithParameterName("end");
    }

    [Fact]
    public void Equal_ranges_are_equal_and_a_single_date_differs_from_a_range()
    {
        PartialDateRange.Parse("2016/2020").Should().Be(PartialDateRange.Years(2016, 2020));
        PartialDateRange.Parse("2016").Should().NotBe(PartialDateRange.Parse("2016/2016-12"));
    }
}
