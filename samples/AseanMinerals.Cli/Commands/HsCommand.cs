using System.CommandLine;
using AseanMinerals.Cli.Failures;
using AseanMinerals.Core.Classification;
using AseanMinerals.Core.Concordance;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Cli.Commands;

/// <summary>
/// <c>hs CODE [--edition H6] [--to H0..H6|S4]</c>: an HS code's description, its groups and scopes in the minerals
/// classification, and its correlations with other editions (UNSD tables) with their relationship types.
/// </summary>
internal static class HsCommand
{
    private const string Sitc4 = "S4";

    public static Command Create(CliEnvironment environment)
    {
        var code = new Argument<string>("code") { Description = "An HS code of 2, 4 or 6 digits." };
        var edition = new Option<string>("--edition") { Description = "The edition the code is in: H0 (HS 1992) to H6 (HS 2022).", DefaultValueFactory = static _ => "H6" };
        var to = new Option<string?>("--to") { Description = "Show the correlations with one edition only: H0 to H6, or S4 (SITC Rev.4, from H6)." };
        var command = new Command("hs", "Describe an HS code: description, minerals groups and scopes, and correlations across HS editions (UNSD tables).");
        command.Arguments.Add(code);
        command.Options.Add(edition);
        command.Options.Add(to);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var text = parse.GetValue(code)!;
            if (!HsCode.TryParse(text, out var hs) || hs.IsTotal)
            {
                throw new CliFailure(CliApplication.UsageOrIoError, $"'{text}' is not an HS code: 2, 4 or 6 digits.");
            }

            var from = ParseEdition(parse.GetValue(edition)!, "--edition");
            var tables = HsCorrelationTables.Default;
            if (!tables.Exists(hs, from))
            {
                throw new CliFailure(CliApplication.UsageOrIoError, $"{hs} is not a code of {from.ToComtradeCode()} (UNSD correlation tables).");
            }

            foreach (var line in Describe(tables, hs, from, parse.GetValue(to)))
            {
                cancellationToken.ThrowIfCancellationRequested();
                await environment.Out.WriteLineAsync(line).ConfigureAwait(false);
            }

            return CliApplication.Success;
        });
        return command;
    }

    private static IEnumerable<string> Describe(HsCorrelationTables tables, HsCode code, HsRevision from, string? to)
    {
        var description = from == HsRevision.Hs2022 ? tables.Describe(code) : null;
        yield return $"{code} ({from.ToComtradeCode()}): {description ?? "(descriptions are available for HS 2022 codes: see the H6 correlations below)"}";

        var classifier = MineralsClassification.DefaultClassifier;
        var group = classifier.GroupOf(code);
        yield return $"group: {(group is null ? "none (outside every minerals group)" : $"{group.Id} ({group.Name})")}";
        var scopes = classifier.Classification.Scopes.Where(s => classifier.IsInScope(code, s.Id)).Select(static s => s.Id).ToList();
        yield return $"scopes: {(scopes.Count == 0 ? "none" : string.Join(", ", scopes))}";
        foreach (var line in ProductGroupLines(code, from))
        {
            yield return line;
        }

        foreach (var line in CriticalMineralLines(code, from))
        {
            yield return line;
        }

        if (to is not null && to.Equals(Sitc4, StringComparison.OrdinalIgnoreCase))
        {
            if (from != HsRevision.Hs2022 || code.Digits != 6)
            {
                throw new CliFailure(CliApplication.UsageOrIoError, "--to S4 needs an HS 2022 subheading (6 digits, --edition H6): UNSD's SITC table starts from HS 2022.");
            }

            yield return $"{from.ToComtradeCode()} -> SITC Rev.4 (UNSD conversion first): {string.Join(", ", tables.Sitc4Of(code))}";
            yield break;
        }

        var targets = to is null
            ? Enumerable.Range(1, 7).Select(static e => (HsRevision)e).Where(e => e != from).Reverse()
            : [ParseEdition(to, "--to")];
        foreach (var target in targets)
        {
            yield return $"{from.ToComtradeCode()} -> {target.ToComtradeCode()}:";
            foreach (var pair in tables.Correlate(code, from, target))
            {
                var targetDescription = target == HsRevision.Hs2022 ? "  " + tables.Describe(pair.Target) : string.Empty;
                yield return $"  {pair.Target}  {pair.RelationshipText}{(pair.IsUnsdConversion ? "  UNSD conversion" : string.Empty)}{targetDescription}";
            }
        }
    }

    private static HsRevision ParseEdition(string text, string option) =>
        HsRevisions.TryParseComtradeCode(text.ToUpperInvariant(), out var revision) && revision != HsRevision.AsReported
            ? revision
            : throw new CliFailure(CliApplication.UsageOrIoError, $"{option} '{text}' is not an HS edition: H0 (HS 1992) to H6 (HS 2022).");

    // The product groups others recognise (WITS, UNCTAD / World Bank ores and metals, non-monetary gold) hold HS 2022
    // codes: each group holding the code, with the SITC code it came from and its source.
    private static IEnumerable<string> ProductGroupLines(HsCode code, HsRevision from)
    {
        if (from != HsRevision.Hs2022)
        {
            yield break;
        }

        foreach (var (group, entry) in ProductGroups.GroupsOf(code))
        {
            var via = entry.Sitc is null ? $"HS chapter {entry.Code}" : $"SITC Rev.4 {entry.Sitc} (UNSD conversion)";
            var also = entry.AlsoCorrelatesWith.Count > 0 ? $", also correlates with SITC {string.Join(", ", entry.AlsoCorrelatesWith)} outside the group" : string.Empty;
            yield return $"{group.Id}: {via}{also} [{group.Name}]";
        }
    }

    // The critical-minerals lists map HS 2022 subheadings (the library's own classification): the minerals a code is
    // mapped to in each list, and whether it is shared (several minerals or residual, so not trade in one mineral).
    private static IEnumerable<string> CriticalMineralLines(HsCode code, HsRevision from)
    {
        if (from != HsRevision.Hs2022 || code.Digits != 6)
        {
            yield break;
        }

        foreach (var list in CriticalMinerals.Lists)
        {
            var minerals = list.MineralsOf(code);
            if (minerals.Count > 0)
            {
                var shared = minerals.Any(static m => m.Code.Shared) ? " (shared: several minerals or a residual code, not trade in one mineral)" : string.Empty;
                yield return $"{list.Id}: {string.Join(", ", minerals.Select(static m => m.Mineral.Name))}{shared} [the library's own mapping of {list.Source.Split(';')[0]}]";
            }
        }
    }
}
