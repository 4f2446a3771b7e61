using System.Text.Json;
using AseanMinerals.Testing;

namespace AseanMinerals.Cli.Tests;

/// <summary>Paths of the fixtures and the shared data folder, and JSON helpers for the tests of the commands.</summary>
internal static class Support
{
    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static string HandMade => Fixture("hand-made-2022.jsonl");

    /// <summary>The Comtrade+ excerpt: China 2022 with the World and the ten ASEAN members, among others (see its README).</summary>
    public static string ComtradePlusExcerpt => Fixture("comtradeplus-total-2022.csv");

    /// <summary>The legacy API excerpt: reporters against the World only, 2017.</summary>
    public static string LegacyWorldOnly => Fixture("legacy-api-total-2017.csv");

    /// <summary>The whole shared Comtrade+ file, or null where the shared folder is not (never in CI).</summary>
    public static string? SharedComtradePlus => SharedFile("comtradeplus_total_2022_chn_usa_deu/TradeData.csv");

    /// <summary>A file of the shared data folder, or null where the folder is not (never in CI).</summary>
    public static string? SharedFile(string relativePath)
    {
        if (SharedDataFolder.Path is null)
        {
            Environment.GetEnvironmentVariable("CI").Should().NotBe("true", "CI has the shared data folder beside the repository");
            return null;
        }

        return SharedDataFolder.File(relativePath);
    }

    public static JsonElement ParseJson(string text)
    {
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    public static JsonElement Reporter(JsonElement report, string name) =>
        report.GetProperty("reporters").EnumerateArray().Single(r => r.GetProperty("reporter").GetString() == name);

    public static decimal? Decimal(JsonElement element) => element.ValueKind == JsonValueKind.Null ? null : element.GetDecimal();

    public static JsonElement PartnerShare(JsonElement reporter, string direction, string commodities) =>
        reporter.GetProperty("partnerGroupShares").EnumerateArray().Single(s => s.GetProperty("direction").GetString() == direction).GetProperty(commodities);
}
