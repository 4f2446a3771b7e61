using AseanMinerals.Comtrade.Api.Queries;

namespace AseanMinerals.Comtrade.Api.Tests;

/// <summary>What the service would answer with nothing is refused before sending, with the reason.</summary>
public class QueryTests
{
    [Fact]
    public void A_monthly_period_on_an_annual_query_is_refused_with_the_year_to_ask_instead()
    {
        var problems = new ComtradeQuery { Periods = ["202203"] }.Validate();

        problems.Should().ContainSingle().Which.Should().Contain("202203 is a month but the query is annual").And.Contain("2022");
    }

    [Fact]
    public void An_unknown_flow_a_bad_period_and_a_bad_hs_code_are_each_named()
    {
        var query = new ComtradeQuery { Periods = ["22"], Flows = ["M", "Import"], Commodities = ["260"], Classification = "H6" };

        var act = query.EnsureValid;

        act.Should().Throw<ComtradeQueryException>().Which.Problems.Should().HaveCount(3)
            .And.Contain(p => p.Contains("'22' is neither a year", StringComparison.Ordinal))
            .And.Contain(p => p.Contains("Flow 'Import'", StringComparison.Ordinal))
            .And.Contain(p => p.Contains("'260' is not an HS code", StringComparison.Ordinal));
    }

    [Fact]
    public void A_year_on_a_monthly_query_stands_for_its_twelve_months()
    {
        var query = new ComtradeQuery { Frequency = ComtradeFrequency.Monthly, Periods = ["2022", "202301"] };

        query.Validate().Should().BeEmpty();
        query.ExpandedPeriods().Should().HaveCount(13).And.StartWith("202201").And.EndWith("202301");
        query.QueryString(countOnly: false, maxRecords: 500).Should().Contain("period=202201,202202,").And.Contain("maxRecords=500");
    }

    [Fact]
    public void World_is_partner_0_and_all_is_no_filter()
    {
        new ComtradeQuery { Periods = ["2022"], Partners = [0] }.QueryString(false, null).Should().Contain("partnerCode=0");
        new ComtradeQuery { Periods = ["2022"] }.QueryString(false, null).Should().NotContain("partnerCode");
    }

    [Fact]
    public void A_query_without_periods_or_with_an_empty_list_is_refused()
    {
        new ComtradeQuery().Validate().Should().Contain(p => p.Contains("at least one period", StringComparison.Ordinal));
        new ComtradeQuery { Periods = ["2022"], Reporters = [] }.Validate().Should().Contain(p => p.Contains("Reporter list is empty", StringComparison.Ordinal));
    }
}
