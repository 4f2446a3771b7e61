using System.Globalization;
using System.Text.Json.Nodes;
using AseanMinerals.Testing;
using nietras.SeparatedValues;

namespace AseanMinerals.Comtrade.Api.Tests.Server;

/// <summary>
/// Real Comtrade+ rows as the API sends them: each CSV field converted to its JSON type (numbers, booleans, null for a
/// blank value, <c>mosCode</c> a string but <c>motCode</c> a number, values with a fraction), from the shared file
/// (1,352 rows) or the repository's 25-row excerpt of it.
/// </summary>
internal static class ComtradeRows
{
    private static readonly HashSet<string> Integers =
        ["refPeriodId", "refYear", "refMonth", "reporterCode", "partnerCode", "partner2Code", "aggrLevel", "motCode", "qtyUnitCode", "altQtyUnitCode", "legacyEstimationFlag"];

    private static readonly HashSet<string> Decimals = ["qty", "altQty", "netWgt", "grossWgt", "cifvalue", "fobvalue", "primaryValue"];

    private static readonly HashSet<string> Booleans =
        ["isOriginalClassification", "isLeaf", "isQtyEstimated", "isAltQtyEstimated", "isNetWgtEstimated", "isGrossWgtEstimated", "isReported", "isAggregate"];

    public static string ExcerptPath => Path.Combine(AppContext.BaseDirectory, "Fixtures", "comtradeplus-total-2022.csv");

    public static string? SharedPath => SharedDataFolder.Path is null ? null : SharedDataFolder.File("comtradeplus_total_2022_chn_usa_deu/TradeData.csv");

    public static IReadOnlyList<JsonObject> Read(string path)
    {
        using var text = new StreamReader(path, ComtradeImportOptions.Windows1252);
        using var reader = Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true }).From(text);
        var names = reader.Header.ColNames.Where(static n => n.Length > 0).ToArray();
        var rows = new List<JsonObject>();
        foreach (var row in reader)
        {
            var json = new JsonObject();
            for (var i = 0; i < names.Length; i++)
            {
                json[names[i]] = Typed(names[i], row[i].ToString());
            }

            rows.Add(json);
        }

        return rows;
    }

    private static JsonNode? Typed(string name, string value)
    {
        if (value.Length == 0)
        {
            return null;
        }

        if (Integers.Contains(name))
        {
            return JsonValue.Create(long.Parse(value, CultureInfo.InvariantCulture));
        }

        if (Decimals.Contains(name))
        {
            // The API writes values as numbers with a fraction: 6804128143.0.
            return JsonNode.Parse(value.Contains('.', StringComparison.Ordinal) ? value : value + ".0");
        }

        return Booleans.Contains(name) ? JsonValue.Create(bool.Parse(value)) : JsonValue.Create(value);
    }
}
