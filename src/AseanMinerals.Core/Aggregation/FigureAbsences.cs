using System.Globalization;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Aggregation;

/// <summary>
/// The one place where a <see cref="FigureAbsence"/> is made: each kind with its data and its sentence, so the words for a
/// kind are the same wherever it arises and never name a C# type or enum.
/// </summary>
internal static class FigureAbsences
{
    // In a sentence, where the reporters concerned are named: FigureAbsence.MessageNaming can call them otherwise.
    internal const string Reporters = "\u001F";

    public static FigureAbsence NoTotalRows(string reporters, IReadOnlyList<AreaCode> members, TradePeriod period) => Naming(reporters, new()
    {
        Kind = FigureAbsenceKind.NoTotalRows,
        Period = period,
        Members = members,
        Message = $"the data has no TOTAL rows for {Reporters} in {period}; the sum of its commodity rows is total trade only if it holds every chapter (ask for the sum of commodity rows as the total basis to use it)",
    });

    public static FigureAbsence NoRecords(TradePeriod period, string reporters, IReadOnlyList<AreaCode> members, string partners, string commodities) => Naming(reporters, new()
    {
        Kind = FigureAbsenceKind.NoRecords,
        Period = period,
        Members = members,
        Message = $"no records for {period} from {Reporters} with {partners} in {commodities}",
    });

    public static FigureAbsence NoCommodityRows(IReadOnlyList<AreaCode> without, TradePeriod period, TradeFlow flow, string measure) => Naming(Names(without), new()
    {
        Kind = FigureAbsenceKind.NoCommodityRows,
        Period = period,
        Members = without,
        Flow = flow,
        Message = $"the data has no commodity rows for {Reporters} in {period} ({FlowWords(flow)}; TOTAL rows at most), so it cannot tell {measure}",
    });

    public static FigureAbsence NoPartnerRows(IReadOnlyList<AreaCode> without, TradePeriod period, TradeFlow flow, string commodities, string partners, IReadOnlyList<AreaCode> partnerCodes) => Naming(Names(without), new()
    {
        Kind = FigureAbsenceKind.NoPartnerRows,
        Period = period,
        Members = without,
        Partners = partnerCodes,
        Flow = flow,
        Message = $"the data has no rows by partner for {Reporters} in {period} ({FlowWords(flow)}, {commodities}; World rows at most), so it cannot tell the trade with {partners}",
    });

    public static FigureAbsence MixedHsLevels(string commodities, HsCodeLevels levels, TradePeriod period, IReadOnlyList<AreaCode> members) => new()
    {
        Kind = FigureAbsenceKind.MixedHsLevels,
        Period = period,
        Members = members,
        Levels = levels,
        Message = $"the {commodities} rows mix HS levels ({LevelWords(levels)}): adding a chapter to its own headings or subheadings would count trade twice",
    };

    // A side of a ratio that is not there: the cube's own reason when it is a cube figure, else just which side.
    public static FigureAbsence NumeratorAbsent(string what, FigureAbsence? cause, decimal? denominator = null) =>
        SideAbsent(FigureAbsenceKind.NumeratorAbsent, what, cause) with { Denominator = denominator };

    public static FigureAbsence DenominatorAbsent(string what, FigureAbsence? cause, decimal? numerator = null) =>
        SideAbsent(FigureAbsenceKind.DenominatorAbsent, what, cause) with { Numerator = numerator };

    public static FigureAbsence DenominatorZero(string what, decimal? numerator, TradePeriod? period = null) => new()
    {
        Kind = FigureAbsenceKind.DenominatorZero,
        Period = period,
        Numerator = numerator,
        Denominator = 0m,
        Message = $"{what} is zero",
    };

    // One reporter's flow whose part exceeds its whole: the figures that add that flow (exports + imports, a group of
    // reporters) would hide the contradiction, so it is named, with that reporter's and flow's values.
    public static FigureAbsence PartsExceedWhole(TradeValue part, TradeValue whole, AreaCode reporter, TradeFlow flow, decimal? partValue, decimal? wholeValue) => new()
    {
        Kind = FigureAbsenceKind.PartsExceedWhole,
        Period = part.Period,
        Members = [reporter],
        Flow = flow,
        Numerator = partValue,
        Denominator = wholeValue,
        Message = $"the part ({TextTable.Money(partValue)}: {part.Commodities}; {part.Partners}) exceeds the whole ({TextTable.Money(wholeValue)}: {whole.Commodities}; {whole.Partners}) in the {FlowWords(flow)} of {TradeAreaCatalog.Default.NameOf(reporter)} in {part.Period}: the data's rows contradict each other, so no share that includes them is given",
    };

    public static FigureAbsence OutOfRange(string what, TradePeriod? period, IReadOnlyList<AreaCode> members) => new()
    {
        Kind = FigureAbsenceKind.OutOfRange,
        Period = period,
        Members = members,
        Message = $"{what}{(period is null ? string.Empty : $" in {period}")} is beyond the range of a decimal number (about 7.9e28 in size, 28 digits), so it cannot be given; the cube holds its sums exactly",
    };

    public static FigureAbsence ReportsNothing(string reporters, IReadOnlyList<AreaCode> members, TradePeriod period, bool appearsAsPartner) => Naming(reporters, new()
    {
        Kind = FigureAbsenceKind.ReportsNothing,
        Period = period,
        Members = members,
        Message = $"{Reporters} {(members.Count == 1 ? "reports" : "report")} nothing in the data for {period}{(appearsAsPartner ? (members.Count == 1 ? "; it appears as a partner" : "; they appear as partners") : string.Empty)}",
    });

    public static FigureAbsence PartsExceedWhole(TradeValue part, TradeValue whole) => Naming(part.Reporters, new()
    {
        Kind = FigureAbsenceKind.PartsExceedWhole,
        Period = part.Period,
        Members = part.ReporterCodes,
        Numerator = part.Value,
        Denominator = whole.Value,
        Message = $"the part ({TextTable.Money(part.Value)}: {part.Commodities}; {part.Partners}) exceeds the whole ({TextTable.Money(whole.Value)}: {whole.Commodities}; {whole.Partners}) for {Reporters} in {part.Period}: the data's rows contradict each other, so no share is given",
    });

    public static FigureAbsence CoverageShort(GroupCoverage coverage, CoverageRequirement requirement) => new()
    {
        Kind = FigureAbsenceKind.CoverageShort,
        Members = [.. coverage.Missing.Select(static m => m.Member)],
        Coverage = coverage,
        Message = $"coverage {coverage} falls short of the required coverage, {requirement}",
    };

    public static FigureAbsence OppositeSigns(decimal first, decimal last, int fromYear, int toYear) => new()
    {
        Kind = FigureAbsenceKind.OppositeSigns,
        Numerator = last,
        Denominator = first,
        Message = string.Create(CultureInfo.InvariantCulture, $"the values of {fromYear} ({TextTable.Money(first)}) and {toYear} ({TextTable.Money(last)}) have opposite signs, so no compound rate joins them"),
    };

    public static FigureAbsence NoTradeReported(AreaCode reporter, AreaCode partner, TradeFlow flow, TradePeriod period) => new()
    {
        Kind = FigureAbsenceKind.NoTradeReported,
        Period = period,
        Members = [reporter],
        Partners = [partner],
        Flow = flow,
        Message = $"{GroupCoverage.Label(reporter)} reported no {FlowWords(flow)} {(flow == TradeFlow.Import ? "from" : "to")} {GroupCoverage.Label(partner)} in {period}",
    };

    public static FigureAbsence NoCommonMembers(string reporters, GroupCoverage coverage, string sides) => Naming(reporters, new()
    {
        Kind = FigureAbsenceKind.NoCommonMembers,
        Members = coverage.Members,
        Coverage = coverage,
        Message = $"no member of {Reporters} is covered in {sides} ({coverage}), so nothing like for like can be compared",
    });

    // What a query asks for outside the question the cube was built for: the period, reporters, flows or commodities.
    public static FigureAbsence OutsideFilter(
        TradeCubeFilter filter, TradePeriod period, IReadOnlyList<AreaCode> members, bool periodOutside, IReadOnlyList<AreaCode> reportersOutside, IReadOnlyList<TradeFlow> flowsOutside, bool commoditiesOutside)
    {
        var outside = new List<string>();
        if (periodOutside)
        {
            outside.Add(period.ToString());
        }

        if (reportersOutside.Count > 0)
        {
            outside.Add($"reporters {string.Join(" ", reportersOutside)}");
        }

        if (flowsOutside.Count > 0)
        {
            outside.Add($"flows {string.Join(" ", flowsOutside.Select(static f => f.ToComtradeCode()))}");
        }

        if (commoditiesOutside)
        {
            outside.Add("commodities other than " + filter.Commodities);
        }

        return new()
        {
            Kind = FigureAbsenceKind.OutsideFilter,
            Period = period,
            Members = members,
            Message = $"the cube was built for one question ({filter}) and holds no records for {string.Join(", ", outside)}: build it without that filter to ask this",
        };
    }

    private static FigureAbsence SideAbsent(FigureAbsenceKind kind, string what, FigureAbsence? cause) => new()
    {
        Kind = kind,
        Period = cause?.Period,
        Cause = cause,
        Message = cause is null ? $"{what} is absent" : $"{what} is absent: {cause.Message}",
        MessageWithoutReporters = cause?.MessageWithoutReporters is { } template ? $"{what} is absent: {template}" : null,
    };

    // A sentence whose reporters are named in one place: kept with the place marked, then filled in with their names.
    private static FigureAbsence Naming(string reporters, FigureAbsence absence) => absence with
    {
        Message = absence.Message.Replace(Reporters, reporters, StringComparison.Ordinal),
        MessageWithoutReporters = absence.Message,
    };

    private static string Names(IEnumerable<AreaCode> areas) =>
        string.Join(", ", areas.OrderBy(static a => a.Value).Select(static a => TradeAreaCatalog.Default.NameOf(a)));

    private static string FlowWords(TradeFlow flow) => flow switch
    {
        TradeFlow.Export => "exports",
        TradeFlow.Import => "imports",
        _ => "other flows",
    };

    private static string LevelWords(HsCodeLevels levels)
    {
        var words = new List<string>();
        if (levels.HasFlag(HsCodeLevels.Total))
        {
            words.Add("TOTAL rows");
        }

        if (levels.HasFlag(HsCodeLevels.Chapter))
        {
            words.Add("chapters");
        }

        if (levels.HasFlag(HsCodeLevels.Heading))
        {
            words.Add("headings");
        }

        if (levels.HasFlag(HsCodeLevels.Subheading))
        {
            words.Add("subheadings");
        }

        return string.Join(" and ", words);
    }
}
