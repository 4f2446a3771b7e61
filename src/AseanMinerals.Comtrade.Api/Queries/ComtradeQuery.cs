using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Comtrade.Api.Queries;

/// <summary>
/// A query for Comtrade+ goods data, as typed values. <see cref="Validate"/> names everything the service would answer
/// with an empty result or an error (a monthly period on an annual query, an unknown flow code, a malformed code), so
/// that nothing is sent that cannot succeed. A list left null means "all" (no filter); <see cref="Partners"/> = [0] is
/// the World row only.
/// </summary>
/// <example>
/// <code>
/// var query = new ComtradeQuery { Periods = ["2022"], Reporters = [156, 842, 276], Flows = ["M", "X"] };
/// </code>
/// </example>
public sealed partial record ComtradeQuery
{
    /// <summary>The longest URL the service accepts (longer ones it refuses with "Request URL Too Long"): a query past it is split.</summary>
    public const int MaxUrlLength = 4_096;

    /// <summary>The trade type: <c>C</c>, goods (the only one this client reads: services rows have another layout).</summary>
    public string TypeCode => "C";

    /// <summary>Annual (the default) or monthly.</summary>
    public ComtradeFrequency Frequency { get; init; }

    /// <summary>The classification (<c>clCode</c>): <c>HS</c> as reported (the default), <c>H0</c>...<c>H6</c>, <c>S1</c>...<c>S4</c>, <c>B4</c>, <c>B5</c>, <c>EB</c>.</summary>
    public string Classification { get; init; } = "HS";

    /// <summary>
    /// The periods: years (<c>2022</c>) on an annual query, months (<c>202203</c>) on a monthly one. A year on a monthly
    /// query stands for its twelve months. At least one is needed.
    /// </summary>
    public IReadOnlyList<string> Periods { get; init; } = [];

    /// <summary>The reporters' numeric codes (156 China); null for every reporter.</summary>
    public IReadOnlyList<int>? Reporters { get; init; }

    /// <summary>The partners' numeric codes (0 = World); null for every partner.</summary>
    public IReadOnlyList<int>? Partners { get; init; }

    /// <summary>The second partners' codes (0 = World); null for every second partner.</summary>
    public IReadOnlyList<int>? SecondPartners { get; init; }

    /// <summary>The commodities: <c>TOTAL</c> (the default), <c>AG2</c>/<c>AG4</c>/<c>AG6</c> (every code of that level), or codes (<c>2603</c>).</summary>
    public IReadOnlyList<string>? Commodities { get; init; } = ["TOTAL"];

    /// <summary>The flow codes (<c>M</c>, <c>X</c>, <c>RM</c>, <c>RX</c>, ...); null for every flow.</summary>
    public IReadOnlyList<string>? Flows { get; init; }

    /// <summary>The customs procedure codes (<c>C00</c> = all procedures together); null for every one.</summary>
    public IReadOnlyList<string>? CustomsCodes { get; init; }

    /// <summary>The modes of transport (<c>0</c> = all modes together); null for every one.</summary>
    public IReadOnlyList<int>? TransportModes { get; init; }

    /// <summary>Aggregate rows only (<see cref="ComtradeBreakdownMode.Classic"/>, the default) or with breakdowns.</summary>
    public ComtradeBreakdownMode BreakdownMode { get; init; }

    /// <summary>The <c>freqCode</c>: <c>A</c> or <c>M</c>.</summary>
    public string FrequencyCode => Frequency == ComtradeFrequency.Monthly ? "M" : "A";

    /// <summary>Everything wrong with the query, one sentence each; empty when it can be sent.</summary>
    /// <returns>The problems.</returns>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (!ClassificationPattern().IsMatch(Classification ?? string.Empty))
        {
            problems.Add($"Classification '{Classification}' is not a classification code (HS, H0...H6, S1...S4, B4, B5, EB).");
        }

        if (Periods is null || Periods.Count == 0)
        {
            problems.Add("Name at least one period (a year such as 2022, or a month such as 202203 on a monthly query).");
        }
        else
        {
            foreach (var period in Periods)
            {
                CheckPeriod(period, problems);
            }
        }

        CheckCodes("Reporter", Reporters, problems);
        CheckCodes("Partner", Partners, problems);
        CheckCodes("Second partner", SecondPartners, problems);
        CheckCodes("Mode of transport", TransportModes, problems);
        if (Commodities is { Count: 0 } || Flows is { Count: 0 } || CustomsCodes is { Count: 0 })
        {
            problems.Add("An empty list of commodities, flows or customs codes matches nothing: leave it out (null) for all.");
        }

        foreach (var commodity in Commodities ?? [])
        {
            if (!CommodityPattern().IsMatch(commodity ?? string.Empty))
            {
                problems.Add($"Commodity '{commodity}' is not TOTAL, AG1...AG6 or a code of letters and digits.");
            }
            else if (IsHarmonizedSystem && commodity!.All(char.IsAsciiDigit) && commodity!.Length is not (2 or 4 or 6))
            {
                problems.Add($"Commodity '{commodity}' is not an HS code: HS codes have 2, 4 or 6 digits.");
            }
        }

        foreach (var flow in Flows ?? [])
        {
            if (!TradeFlows.TryParseComtradeCode(flow, out _))
            {
                problems.Add($"Flow '{flow}' is not a Comtrade flow code: M (import), X (export), RM, RX, DX, FM, MIP, MOP, XIP, XOP.");
            }
        }

        foreach (var customs in CustomsCodes ?? [])
        {
            if (!CustomsPattern().IsMatch(customs ?? string.Empty))
            {
                problems.Add($"Customs code '{customs}' is not C followed by two digits (C00 = all procedures).");
            }
        }

        return problems;
    }

    /// <summary>Throws when the query cannot be sent.</summary>
    /// <exception cref="ComtradeQueryException">The query has a problem; every one is named.</exception>
    public void EnsureValid()
    {
        var problems = Validate();
        if (problems.Count > 0)
        {
            throw new ComtradeQueryException(problems);
        }
    }

    /// <summary>The periods as sent: a year on a monthly query becomes its twelve months.</summary>
    internal IReadOnlyList<string> ExpandedPeriods() =>
        Frequency == ComtradeFrequency.Monthly
            ? [.. Periods.SelectMany(static p => p.Length == 4 ? Enumerable.Range(1, 12).Select(m => string.Create(CultureInfo.InvariantCulture, $"{p}{m:00}")) : [p])]
            : Periods;

    /// <summary>The query string of the data call (without the subscription key, which travels in a header).</summary>
    internal string QueryString(bool countOnly, int? maxRecords)
    {
        var text = new StringBuilder();
        Append(text, "reporterCode", Reporters);
        Append(text, "period", ExpandedPeriods());
        Append(text, "partnerCode", Partners);
        Append(text, "partner2Code", SecondPartners);
        Append(text, "cmdCode", Commodities);
        Append(text, "flowCode", Flows);
        Append(text, "customsCode", CustomsCodes);
        Append(text, "motCode", TransportModes);
        if (maxRecords is { } max)
        {
            Append(text, "maxRecords", [max]);
        }

        Append(text, "format", ["JSON"]);
        Append(text, "breakdownMode", [BreakdownMode == ComtradeBreakdownMode.Plus ? "plus" : "classic"]);
        Append(text, "includeDesc", ["true"]);
        if (countOnly)
        {
            Append(text, "countOnly", ["true"]);
        }

        return text.ToString();
    }

    /// <summary>A short description for messages: <c>A 2022 reporters 156,842 partners all flows M,X cmd TOTAL</c>.</summary>
    internal string Describe() =>
        string.Create(CultureInfo.InvariantCulture, $"{FrequencyCode} {Classification} period {string.Join(',', Periods)}, reporter {List(Reporters)}, partner {List(Partners)}, flow {List(Flows)}, commodity {List(Commodities)}");

    private bool IsHarmonizedSystem => Classification is { Length: 2 } c && c[0] == 'H';

    private static string List<T>(IReadOnlyList<T>? values) => values is null ? "all" : string.Join(',', values);

    private void CheckPeriod(string? period, List<string> problems)
    {
        if (period is { Length: 6 } && period.All(char.IsAsciiDigit))
        {
            if (Frequency == ComtradeFrequency.Annual)
            {
                problems.Add($"Period {period} is a month but the query is annual (freqCode A), where the service silently returns nothing: ask for monthly data or give the year {period[..4]}.");
            }
            else if (int.Parse(period.AsSpan(4), CultureInfo.InvariantCulture) is < 1 or > 12)
            {
                problems.Add($"Period {period} has no month {period[4..]}: months are 01 to 12.");
            }
        }
        else if (period is not { Length: 4 } || !period.All(char.IsAsciiDigit))
        {
            problems.Add($"Period '{period}' is neither a year (2022) nor a month (202203).");
        }
    }

    private static void CheckCodes(string what, IReadOnlyList<int>? codes, List<string> problems)
    {
        if (codes is { Count: 0 })
        {
            problems.Add($"{what} list is empty and would match nothing: leave it out (null) for all.");
        }

        foreach (var code in codes ?? [])
        {
            if (code is < 0 or > 999)
            {
                problems.Add($"{what} code {code} is not a Comtrade area code (0 to 999).");
            }
        }
    }

    private static void Append<T>(StringBuilder text, string name, IReadOnlyList<T>? values)
    {
        if (values is null)
        {
            return;
        }

        text.Append(text.Length == 0 ? '?' : '&').Append(name).Append('=')
            .AppendJoin(',', values.Select(static v => Convert.ToString(v, CultureInfo.InvariantCulture))); // codes are letters and digits: nothing to escape
    }

    [GeneratedRegex("^[A-Z]{1,2}[0-9]?$")]
    private static partial Regex ClassificationPattern();

    [GeneratedRegex("^(TOTAL|AG[1-6]|[0-9A-Za-z]{1,12})$")]
    private static partial Regex CommodityPattern();

    [GeneratedRegex("^C[0-9]{2}$")]
    private static partial Regex CustomsPattern();
}
