using System.Diagnostics.CodeAnalysis;
using AseanMinerals.Core.Countries;

namespace AseanMinerals.Core.Production.Usgs;

/// <summary>
/// Maps USGS country names to the area codes trade records use (UN Comtrade's codes: USA 842, France 251, India 699,
/// Italy 381, Taiwan as "Other Asia, nes" 490), so production and trade line up. USGS writes "Burma", "Laos", "Vietnam",
/// "Congo (Kinshasa)", "Korea, Republic of", with footnote digits ("New Caledonia9"), an estimate mark ("Chinae"),
/// no-break and trailing spaces, and qualifiers ("Brazil (beneficiated)", "China, boric oxide equivalent"): all are read.
/// A name it does not know is reported (rule AMC7005), never guessed.
/// </summary>
public static class UsgsCountryCrosswalk
{
    // USGS spellings that differ from the trade-area catalogue's names (checked against every name of the three releases).
    private static readonly Dictionary<string, int> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["United States"] = 842, ["Burma"] = 104, ["Laos"] = 418, ["Vietnam"] = 704, ["Brunei"] = 96,
        ["Congo (Kinshasa)"] = 180, ["Congo (Brazzaville)"] = 178, ["Korea, Republic of"] = 410, ["Korea, North"] = 408,
        ["Russia"] = 643, ["Iran"] = 364, ["Turkey"] = 792, ["Tanzania"] = 834, ["Bolivia"] = 68,
        ["Central African Republic"] = 140, ["Côte d’Ivoire"] = 384, ["Cote d'Ivoire"] = 384, ["Taiwan"] = 490,
        ["France"] = 251, ["India"] = 699, ["Italy"] = 381, ["Bosnia and Herzegovina"] = 70, ["Dominican Republic"] = 214,
        ["Moldova"] = 498, ["Solomon Islands"] = 90, ["Czech Republic"] = 203, ["Macedonia"] = 807,
    };

    private static readonly Dictionary<string, AreaCode> ByName = BuildIndex();

    /// <summary>Finds the area code of a country name exactly as written after cleaning (no qualifier, no marks).</summary>
    /// <param name="name">The name, for example "Burma".</param>
    /// <param name="area">The area code, when known.</param>
    /// <returns>True when known.</returns>
    public static bool TryFind(string name, out AreaCode area) => ByName.TryGetValue(Clean(name), out area);

    /// <summary>Takes a USGS area name apart: world total, other countries, a known country (with qualifier and estimate mark), or unmapped.</summary>
    /// <param name="raw">The name as the file writes it.</param>
    /// <returns>The parts.</returns>
    public static UsgsCountryName Parse(string raw)
    {
        var name = Clean(raw).TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9').TrimEnd();
        if (name.StartsWith("World total", StringComparison.OrdinalIgnoreCase))
        {
            var rest = name["World total".Length..].Trim(' ', ',');
            return new(ProductionAreaRole.WorldTotal, AreaCode.World, "World total", rest.Length == 0 ? null : rest, false);
        }

        if (name.StartsWith("Other countries", StringComparison.OrdinalIgnoreCase) || name.Equals("Other", StringComparison.OrdinalIgnoreCase))
        {
            var rest = name.Length > 5 ? name["Other countries".Length..].Trim() : string.Empty;
            var estimated = rest == "e";
            var qualifier = estimated || rest.Length == 0 ? null : rest.Trim('(', ')');
            return new(ProductionAreaRole.OtherCountries, AreaCode.World, "Other countries", qualifier, estimated);
        }

        if (TryCountry(name, out var found))
        {
            return found;
        }

        // A qualifier: "Brazil (beneficiated)" or "China, boric oxide equivalent" (the comma is tried after the whole name,
        // so "Korea, Republic of" stays one name).
        var open = name.IndexOf(" (", StringComparison.Ordinal);
        if (open > 0 && name.EndsWith(')') && TryCountry(name[..open], out found))
        {
            return found with { Qualifier = name[(open + 2)..^1] };
        }

        var comma = name.IndexOf(", ", StringComparison.Ordinal);
        if (comma > 0 && TryCountry(name[..comma], out found))
        {
            return found with { Qualifier = name[(comma + 2)..] };
        }

        return new(ProductionAreaRole.Unmapped, AreaCode.World, name, null, false);
    }

    private static bool TryCountry(string name, [NotNullWhen(true)] out UsgsCountryName? found)
    {
        if (ByName.TryGetValue(name, out var area))
        {
            found = new(ProductionAreaRole.Country, area, name, null, false);
            return true;
        }

        // USGS's estimate mark "e" after the name ("Chinae", "Korea, Republic ofe"); "Greece" itself is found above.
        if (name.Length > 1 && name[^1] == 'e' && ByName.TryGetValue(name[..^1], out area))
        {
            found = new(ProductionAreaRole.Country, area, name[..^1], null, true);
            return true;
        }

        found = null;
        return false;
    }

    private static string Clean(string text) =>
        string.Join(' ', text.Replace('\u00A0', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static Dictionary<string, AreaCode> BuildIndex()
    {
        var index = new Dictionary<string, AreaCode>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, code) in Aliases)
        {
            index[name] = new AreaCode(code);
        }

        foreach (var area in TradeAreaCatalog.Default.OfKind(TradeAreaKind.Country))
        {
            index.TryAdd(area.Name, area.Code);
        }

        return index;
    }
}
