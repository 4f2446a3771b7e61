using System.Text.Json;
using System.Text.RegularExpressions;
using AseanMinerals.Core.Classification;
using AseanMinerals.Core.Trade;
using AseanMinerals.Testing;

namespace AseanMinerals.Core.Tests.Classification;

// Expectations are computed here from the source files in shared/data: the cited lists of mineral names
// (critical_minerals/critical_minerals_lists.csv) and UN Comtrade's HS 2022 code list (comtrade_classificationH6.json),
// never from the embedded mapping.
public partial class CriticalMineralsTests
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> H6 = new(ReadH6);

    [Theory]
    [InlineData("critical-minerals", "EU_CRMA_2024_AnnexII_critical", 34)]
    [InlineData("critical-minerals-usgs-2025", "US_USGS_2025", 60)]
    [InlineData("critical-minerals-usgs-2022", "US_USGS_2022", 50)]
    public void Each_list_has_the_minerals_of_its_cited_file_in_order(string id, string listId, int count)
    {
        var names = File.ReadLines(SharedDataFolder.File("critical_minerals/critical_minerals_lists.csv"))
            .Skip(1)
            .Select(static line => line.Split(','))
            .Where(fields => fields[0] == listId)
            .Select(static fields => fields[2])
            .ToList();

        var list = CriticalMinerals.List(id);

        names.Should().HaveCount(count);
        list.List.Should().Be(listId);
        list.Minerals.Select(static m => m.Name).Should().Equal(names);
    }

    [Theory]
    [InlineData("critical-minerals", "cobalt", "cobalt")]
    [InlineData("critical-minerals", "graphite", "graphite")]
    [InlineData("critical-minerals", "fluorspar", "fluorspar")]
    [InlineData("critical-minerals", "lithium", "lithium")]
    [InlineData("critical-minerals-usgs-2025", "Nickel", "nickel")]
    [InlineData("critical-minerals-usgs-2025", "Uranium", "uranium")]
    [InlineData("critical-minerals-usgs-2025", "Tungsten", "tungsten")]
    [InlineData("critical-minerals-usgs-2022", "Manganese", "manganese")]
    [InlineData("critical-minerals-usgs-2022", "Zinc", "zinc")]
    public void A_mineral_has_exactly_the_codes_whose_description_names_it(string listId, string mineral, string word)
    {
        // Names it: the word as a whole word, outside what the description excludes ("(other than ... lithium ...)",
        // "excluding silver", "other than of copper").
        var expected = H6.Value.Where(p => NamesWord(p.Value, word)).Select(static p => p.Key).Order(StringComparer.Ordinal).ToList();

        var codes = CriticalMinerals.List(listId).Minerals.Single(m => m.Name == mineral).Codes;

        expected.Should().NotBeEmpty();
        codes.Select(static c => c.Code.ToString()).Order(StringComparer.Ordinal).Should().Equal(expected);
    }

    [Fact]
    public void Every_code_carries_its_official_description_and_names_its_mineral()
    {
        foreach (var list in CriticalMinerals.Lists)
        {
            foreach (var mineral in list.Minerals)
            {
                foreach (var code in mineral.Codes)
                {
                    code.Description.Should().Be(H6.Value[code.Code.ToString()], $"{list.Id} {mineral.Name} {code.Code}");
                    mineral.Terms.Should().Contain(t => NamesWord(code.Description, t), $"{list.Id}: {code.Code} must name {mineral.Name}");
                }
            }
        }
    }

    [Fact]
    public void Multi_mineral_and_residual_codes_are_marked_shared_in_every_list()
    {
        var codes = CriticalMinerals.Lists.SelectMany(static l => l.Minerals.SelectMany(m => m.Codes.Select(c => (List: l.Id, Mineral: m.Name, Code: c)))).ToList();

        // 280530 "Earth-metals, rare; scandium and yttrium", 284690 rare-earth, yttrium and scandium compounds, 811299
        // "Gallium, germanium, indium, niobium (columbium) and vanadium": several minerals each (read from the H6 list).
        foreach (var residual in new[] { "280530", "284690", "811299" })
        {
            codes.Where(c => c.Code.Code.ToString() == residual).Should().NotBeEmpty().And.OnlyContain(c => c.Code.Shared);
        }

        // A code mapped to two minerals of one list holds trade in both: shared.
        foreach (var list in CriticalMinerals.Lists)
        {
            var twice = list.Minerals.SelectMany(static m => m.Codes).GroupBy(static c => c.Code).Where(static g => g.Count() > 1).ToList();
            twice.Should().NotBeEmpty().And.OnlyContain(g => g.All(static c => c.Shared), list.Id);
        }

        // Cobalt ores 260500 name cobalt alone.
        codes.Single(c => c.List == "critical-minerals" && c.Code.Code.ToString() == "260500").Code.Shared.Should().BeFalse();
    }

    [Fact]
    public void Each_list_is_a_scope_holding_exactly_its_codes_and_the_EU_list_is_the_default()
    {
        CriticalMinerals.DefaultList.Should().Be("critical-minerals");
        CriticalMinerals.List(CriticalMinerals.DefaultList).List.Should().Be("EU_CRMA_2024_AnnexII_critical");
        var classifier = MineralsClassification.DefaultClassifier;
        foreach (var list in CriticalMinerals.Lists)
        {
            var codes = list.Minerals.SelectMany(static m => m.Codes).Select(static c => c.Code.ToString()).ToHashSet(StringComparer.Ordinal);
            H6.Value.Keys.Where(k => classifier.IsInScope(HsCode.Parse(k), list.Id)).Should().BeEquivalentTo(codes, list.Id);
        }
    }

    [Fact]
    public void An_unknown_list_is_refused_naming_the_lists()
    {
        var act = () => CriticalMinerals.List("asean-critical-minerals");

        act.Should().Throw<ArgumentException>().WithMessage("*critical-minerals, critical-minerals-usgs-2025, critical-minerals-usgs-2022*");
    }

    private static bool NamesWord(string description, string word)
    {
        var kept = ExcludedParenthesis().Replace(description, " ");
        while (ExcludedParenthesis().IsMatch(kept))
        {
            kept = ExcludedParenthesis().Replace(kept, " ");
        }

        kept = ExcludedClause().Replace(kept, " ");
        return Regex.IsMatch(kept, $@"\b{Regex.Escape(word)}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    // A parenthesis opened by "excluding" or "other than", with one level of nested parentheses inside.
    [GeneratedRegex(@"\((?:excluding|other than)\b(?:[^()]|\([^()]*\))*\)", RegexOptions.IgnoreCase)]
    private static partial Regex ExcludedParenthesis();

    [GeneratedRegex(@"\b(?:excluding|other than)\b[^;]*", RegexOptions.IgnoreCase)]
    private static partial Regex ExcludedClause();

    private static Dictionary<string, string> ReadH6()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(SharedDataFolder.File("unsd_hs_correlation/comtrade_classificationH6.json")));
        return document.RootElement.GetProperty("results").EnumerateArray()
            .Select(static r => (Id: r.GetProperty("id").GetString()!, Text: r.GetProperty("text").GetString()!))
            .Where(static r => r.Id.Length == 6 && r.Id.All(char.IsAsciiDigit))
            .ToDictionary(static r => r.Id, static r => r.Text[(r.Text.IndexOf(" - ", StringComparison.Ordinal) + 3)..], StringComparer.Ordinal);
    }
}
