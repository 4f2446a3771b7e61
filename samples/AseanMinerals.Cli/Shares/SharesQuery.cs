using System.Globalization;
using AseanMinerals.Cli.Failures;
using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Classification;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;
using NodaTime;
using NodaTime.Text;

namespace AseanMinerals.Cli.Shares;

/// <summary>What the user asked <c>shares</c> (and <c>chart</c>) for, parsed from the options; wrong values fail with exit code 2.</summary>
internal sealed record SharesQuery(int? Year, IReadOnlyList<AreaGroup> Reporters, AreaGroup PartnerGroup, string Scope, MembershipBasis Membership)
{
    /// <summary>Whether the user named the reporters; when not, they come from the data (<see cref="ReportersIn"/>).</summary>
    public bool ReportersNamed { get; init; } = true;

    /// <summary>How many of a group's members a figure must cover (<c>--require-coverage</c>); any by default.</summary>
    public CoverageRequirement RequiredCoverage { get; init; } = CoverageRequirement.Any;

    /// <summary>Whether non-reporting members are mirror-filled from their partners' reports (<c>--fill mirror</c>).</summary>
    public bool FillMirror { get; init; }

    /// <summary>How mirror estimates are valued: a CIF-to-FOB factor (<c>--cif-fob-factor</c>), none by default.</summary>
    public MirrorFillOptions MirrorOptions { get; init; } = MirrorFillOptions.Default;

    /// <summary>
    /// <c>--cif-fob-factor</c>: a number above 0 and at most 1 (0.95), only with <c>--fill mirror</c>; none when left out.
    /// The range is the engine's rule (<see cref="MirrorFillOptions.CifToFobFactor"/>); a value outside it fails with exit code 2.
    /// </summary>
    public static MirrorFillOptions ParseCifToFob(string? text, bool fillMirror)
    {
        if (string.IsNullOrEmpty(text))
        {
            return MirrorFillOptions.Default;
        }

        if (!fillMirror)
        {
            throw CliFailure.Usage($"--cif-fob-factor {text}: the factor values mirror estimates; give it with --fill mirror");
        }

        // A plain or exponent number (9.5e-1), no thousands separator: "0,95" is not 95.
        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var factor))
        {
            try
            {
                return new MirrorFillOptions { CifToFobFactor = factor };
            }
            catch (ArgumentOutOfRangeException)
            {
                // Outside (0, 1]: said below, in the option's words.
            }
        }

        throw CliFailure.Usage(
            $"--cif-fob-factor {text}: expected a number above 0 and at most 1 (0.95: exports estimated as 95% of the partners' CIF imports); a FOB value is the CIF value less freight and insurance");
    }

    /// <summary><c>all</c>, or the smallest part of the members as a fraction (0.8) or a percentage (80%).</summary>
    public static CoverageRequirement ParseCoverage(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return CoverageRequirement.Any;
        }

        if (string.Equals(text, "all", StringComparison.OrdinalIgnoreCase))
        {
            return CoverageRequirement.All;
        }

        var percent = text.EndsWith('%');
        if (decimal.TryParse(percent ? text[..^1] : text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
            && (percent ? number / 100 : number) is var fraction and >= 0 and <= 1)
        {
            return CoverageRequirement.AtLeast(fraction);
        }

        throw CliFailure.Usage($"--require-coverage {text}: expected 'all', a fraction from 0 to 1 (0.8) or a percentage (80%)");
    }

    public const string Asean = "ASEAN";

    public static SharesQuery Parse(int? year, IReadOnlyList<string> reporters, string partnerGroup, string scope, string membership)
    {
        if (year is < 1900 or > 2200)
        {
            throw CliFailure.Usage($"--year {year}: a year between 1900 and 2200 is expected");
        }

        // Named values are accepted in any case, as the reporter codes are (MINERALS, Changing).
        var known = MineralsClassification.Default.Scopes.FirstOrDefault(s => string.Equals(s.Id, scope, StringComparison.OrdinalIgnoreCase))
            ?? throw CliFailure.Usage($"--scope {scope}: unknown scope; the scopes are {string.Join(", ", MineralsClassification.Default.Scopes.Select(static s => s.Id))}");
        scope = known.Id;

        var basis = ParseMembership(membership);
        var reporterGroups = reporters.SelectMany(static r => r.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(r => ParseArea("--reporter", r, basis))
            .ToList();
        var named = reporterGroups.Count > 0;
        if (!named)
        {
            reporterGroups.Add(AreaGroup.Asean(basis));
        }

        var partnerCodes = partnerGroup.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var partners = partnerCodes.Length switch
        {
            0 => AreaGroup.Asean(basis),
            1 => ParseArea("--partner-group", partnerCodes[0], basis),
            _ when partnerCodes.Any(static c => string.Equals(c, Asean, StringComparison.OrdinalIgnoreCase)) =>
                throw CliFailure.Usage($"--partner-group {partnerGroup}: ASEAN is a group of its own; list area codes, or ASEAN alone"),
            _ => AreaGroup.Of(string.Join("+", partnerCodes), partnerCodes.Select(c => ParseCode("--partner-group", c))),
        };
        return new SharesQuery(year, reporterGroups, partners, scope, basis) { ReportersNamed = named };
    }

    /// <summary>
    /// The reporters to show when none was named: ASEAN where a member reports in the period, otherwise each reporter of
    /// the data (a file of China's, the USA's and Germany's trade is about them, and ASEAN is their partner).
    /// </summary>
    public IReadOnlyList<AreaGroup> ReportersIn(TradeCube cube, TradePeriod period)
    {
        var asean = AreaGroup.Asean(Membership);
        var reporters = cube.ReportersIn(period);
        return reporters.Count == 0 || reporters.Any(c => asean.Contains(c, period))
            ? [asean]
            : [.. reporters.Select(static c => AreaGroup.Of(TradeAreaCatalog.Default.NameOf(c), c))];
    }

    /// <summary>
    /// Fails (exit 1) when a named reporter reports nothing in the period: "IDN reports nothing in these files; it appears
    /// as a partner" rather than pages of n/a. In a list (<c>--reporter IDN,CHN</c>) the same: each reporter of a list is
    /// a question of its own, and a report with a section of n/a (or without it) could pass for the answer; the message
    /// names the ones without data and the ones with, so leaving the first out is one edit away. A group in a list is
    /// kept: its figures say which of its members they cover (none).
    /// </summary>
    public void CheckReportersIn(TradeCube cube, TradePeriod period)
    {
        var reporting = cube.ReportersIn(period).ToHashSet();
        var partners = cube.PartnersIn(period).ToHashSet();
        // A group (ASEAN) in a list is a group figure whose coverage says which members report (none, here); alone, or
        // with every other reporter silent too, it is the same mistake as an area that reports nothing.
        var silent = Reporters.Where(r => !r.MembersFor(period).Any(reporting.Contains)).ToList();
        if (silent.Count == 0 || (silent.Count < Reporters.Count && silent.All(static r => r.Basis is not null)))
        {
            return;
        }

        silent = silent.Count == Reporters.Count ? silent : [.. silent.Where(static r => r.Basis is null)];

        var reasons = silent.Select(reporter =>
        {
            var members = reporter.MembersFor(period);
            var asPartner = members.Any(partners.Contains);
            return reporter.Basis is null
                ? $"{string.Join(' ', members.Select(GroupCoverage.Label))} reports nothing in these files for {period}{(asPartner ? "; it appears as a partner" : string.Empty)}"
                : $"no member of {reporter.Name} reports in these files for {period}{(asPartner ? "; members appear as partners" : string.Empty)}";
        });
        var others = Reporters.Except(silent).Select(r => r.Basis is null ? string.Join(" ", r.MembersFor(period).Select(GroupCoverage.Label)) : r.Name).ToList();
        var rest = others.Count == 0 ? string.Empty : $". {string.Join(", ", others)} {(others.Count == 1 ? "does" : "do")}: leave the others out of --reporter to see {(others.Count == 1 ? "its" : "their")} figures";
        throw new CliFailure(CliApplication.DataErrors, string.Join(". ", reasons) + rest);
    }

    /// <summary><c>changing</c>, or <c>fixed:YYYY-MM-DD</c>.</summary>
    public static MembershipBasis ParseMembership(string text)
    {
        if (text.Equals("changing", StringComparison.OrdinalIgnoreCase))
        {
            return MembershipBasis.Changing;
        }

        if (text.StartsWith("fixed:", StringComparison.OrdinalIgnoreCase) && LocalDatePattern.Iso.Parse(text["fixed:".Length..]) is { Success: true } date)
        {
            return MembershipBasis.FixedAsOf(date.Value);
        }

        throw CliFailure.Usage($"--membership {text}: expected 'changing' or 'fixed:YYYY-MM-DD'");
    }

    /// <summary><c>ASEAN</c>, a numeric area code (<c>156</c>) or an ISO alpha-3 code (<c>CHN</c>).</summary>
    public static AreaGroup ParseArea(string option, string text, MembershipBasis basis)
    {
        if (string.Equals(text, Asean, StringComparison.OrdinalIgnoreCase))
        {
            return AreaGroup.Asean(basis);
        }

        var code = ParseCode(option, text);
        return AreaGroup.Of(TradeAreaCatalog.Default.NameOf(code), code);
    }

    private static AreaCode ParseCode(string option, string text)
    {
        var catalog = TradeAreaCatalog.Default;
        if (AreaCode.TryParse(text, out var code) && catalog.Find(code) is { } byCode)
        {
            return byCode.Code;
        }

        if (catalog.FirstOrDefault(a => string.Equals(a.Iso3, text, StringComparison.OrdinalIgnoreCase)) is { } byIso)
        {
            return byIso.Code;
        }

        throw CliFailure.Usage($"{option} {text}: not ASEAN, nor a trade-area code (156) or ISO alpha-3 code (CHN) of the trade-area catalogue");
    }

    public static string Percent(decimal? share) =>
        share is { } s ? (s * 100).ToString("0.00", CultureInfo.InvariantCulture) + "%" : "n/a";

    public static string Money(decimal? value) =>
        value is { } v ? v.ToString("#,##0.###", CultureInfo.InvariantCulture) : "n/a";

    public static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
