namespace AseanMinerals.Cli.Tests;

// Expectations from the UNSD HS 2022 -> HS 2017 table and UN Comtrade's HS 2022 code list (seeds/hs), read by hand.
public class HsCommandTests
{
    [Fact]
    public async Task A_split_code_lists_its_targets_with_the_relationship()
    {
        var run = await CliRun.RunAsync("hs", "811269", "--to", "H5");

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().Be(
            "811269 (H6): Cadmium; other than waste and scrap\n" +
            "group: non-ferrous-base-metals (Non-ferrous base metals)\n" +
            "scopes: minerals, minerals-and-fuels, wits-metals, unctad-ores-and-metals\n" +
            "wits-metals: HS chapter 81 [WITS product group: Metals (HS 72-83)]\n" +
            "unctad-ores-and-metals: SITC Rev.4 68982 (UNSD conversion), also correlates with SITC 69983 outside the group [UNCTAD / World Bank product group: Ores and metals (SITC 27 + 28 + 68)]\n" +
            "H6 -> H5:\n" +
            "  810720  1:n  UNSD conversion\n" +
            "  810790  1:n\n");
    }

    [Fact]
    public async Task Monetary_gold_shows_the_scope_fix_and_lithium_carbonate_its_critical_mineral_scopes()
    {
        var gold = await CliRun.RunAsync("hs", "710820", "--to", "H0");
        gold.Out.Should().Contain("710820 (H6): Gold, monetary").And.Contain("group: monetary-gold").And.Contain("scopes: wits-stone-and-glass\n"); // only the WITS group of its chapter (HS 71)

        var lithium = await CliRun.RunAsync("hs", "283691", "--to", "S4");
        lithium.Out.Should().Contain("scopes: critical-mineral-chemicals, unctad-2023-battery-chain").And.Contain("SITC Rev.4 (UNSD conversion first): 52379");
    }

    [Fact]
    public async Task A_code_shows_the_critical_minerals_it_is_mapped_to_and_a_shared_code_says_so()
    {
        // 260500 "Cobalt ores and concentrates" names cobalt alone; 280530 "Earth-metals, rare; scandium and yttrium"
        // names several minerals (UN Comtrade's HS 2022 code list).
        var cobalt = await CliRun.RunAsync("hs", "260500", "--to", "H5");
        cobalt.ExitCode.Should().Be(0, cobalt.Error);
        cobalt.Out.Should().Contain("critical-minerals, critical-minerals-usgs-2025, critical-minerals-usgs-2022\n")
            .And.Contain("critical-minerals: cobalt [the library's own mapping of Regulation (EU) 2024/1252, Annex II")
            .And.Contain("critical-minerals-usgs-2022: Cobalt [").And.NotContain("shared");

        var rareEarths = await CliRun.RunAsync("hs", "280530", "--to", "H5");
        rareEarths.Out.Should().Contain("critical-minerals: heavy rare earth elements, light rare earth elements, scandium (shared: several minerals or a residual code, not trade in one mineral)")
            .And.Contain("critical-minerals-usgs-2025: Scandium, Yttrium (shared");
    }

    [Fact]
    public async Task Gold_and_iron_ore_show_the_recognised_groups_with_the_SITC_code_they_came_from()
    {
        // UNSD's HS 2022 -> SITC Rev.4 conversion sheet: 710812 -> 97101 (non-monetary gold), 260111 -> 2815 (iron ore,
        // division 28); 710820 (monetary gold) has no row, so it is in neither SITC group.
        var gold = await CliRun.RunAsync("hs", "710812", "--to", "H5");
        gold.Out.Should().Contain("non-monetary-gold: SITC Rev.4 97101 (UNSD conversion) [SITC Rev.4 group 971: Non-monetary gold]\n")
            .And.Contain("wits-stone-and-glass: HS chapter 71 [WITS product group: Stone and Glass (HS 68-71)]\n");

        var ore = await CliRun.RunAsync("hs", "260111", "--to", "H5");
        ore.Out.Should().Contain("unctad-ores-and-metals: SITC Rev.4 2815 (UNSD conversion) [UNCTAD / World Bank product group: Ores and metals (SITC 27 + 28 + 68)]\n")
            .And.Contain("wits-minerals: HS chapter 26 [");

        var monetary = await CliRun.RunAsync("hs", "710820", "--to", "H5");
        monetary.Out.Should().NotContain("non-monetary-gold").And.NotContain("unctad-ores-and-metals");
    }

    [Fact]
    public async Task A_code_its_edition_does_not_have_is_a_usage_error_naming_code_and_edition()
    {
        var run = await CliRun.RunAsync("hs", "811269", "--edition", "H5");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Be("asean-minerals: 811269 is not a code of H5 (UNSD correlation tables).\n");
    }
}

public class EditionOptionTests
{
    [Fact]
    public async Task Shares_with_an_edition_converts_every_record_first_and_says_how_many()
    {
        // The cement-clinker excerpt: HS 252310 reported in several editions; 252310 is 1:1 in every UNSD table, so every
        // record converts and no value moves between codes.
        var run = await CliRun.RunAsync("shares", Support.Fixture("legacy-bulk-hs252310-cement-clinker.csv"), "--edition", "H6");

        run.ExitCode.Should().Be(0, run.Error);
        run.Error.Should().MatchRegex(@"asean-minerals: (\d+) of \1 records converted to H6 \(UNSD conversion\); US\$0 moved between codes");
    }

    [Fact]
    public async Task An_unknown_edition_is_a_usage_error()
    {
        var run = await CliRun.RunAsync("shares", Support.Fixture("legacy-bulk-hs252310-cement-clinker.csv"), "--edition", "H9");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("--edition 'H9' is not an HS edition: H0 (HS 1992) to H6 (HS 2022).");
    }
}
