using AseanMinerals.Comtrade.Api.Queries;

namespace AseanMinerals.Comtrade.Api.Fetching;

/// <summary>
/// Splits a query in two along the first dimension that has more than one value, in the order period, reporter,
/// partner, commodity, flow: the pieces together ask for exactly the rows of the whole, each row in one piece.
/// </summary>
internal static class QuerySplitter
{
    public static (ComtradeQuery First, ComtradeQuery Second, string Dimension)? Halve(ComtradeQuery query)
    {
        var periods = query.ExpandedPeriods();
        if (periods.Count > 1)
        {
            var (a, b) = Halves(periods);
            return (query with { Periods = a }, query with { Periods = b }, "period");
        }

        if (query.Reporters is { Count: > 1 } reporters)
        {
            var (a, b) = Halves(reporters);
            return (query with { Reporters = a }, query with { Reporters = b }, "reporter");
        }

        if (query.Partners is { Count: > 1 } partners)
        {
            var (a, b) = Halves(partners);
            return (query with { Partners = a }, query with { Partners = b }, "partner");
        }

        if (query.Commodities is { Count: > 1 } commodities)
        {
            var (a, b) = Halves(commodities);
            return (query with { Commodities = a }, query with { Commodities = b }, "commodity");
        }

        if (query.Flows is { Count: > 1 } flows)
        {
            var (a, b) = Halves(flows);
            return (query with { Flows = a }, query with { Flows = b }, "flow");
        }

        return null;
    }

    private static (T[] First, T[] Second) Halves<T>(IReadOnlyList<T> values)
    {
        var half = (values.Count + 1) / 2;
        return ([.. values.Take(half)], [.. values.Skip(half)]);
    }
}
