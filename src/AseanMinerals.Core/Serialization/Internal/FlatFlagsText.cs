using System.Text;
using System.Text.Json;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Serialization.Internal;

/// <summary>
/// The flags column of the flat formats (CSV, Parquet, Arrow): the JSON schema's flag names separated by commas without
/// spaces ("quantityEstimated,aggregated"), or "none". One form for every flat writer and reader.
/// </summary>
internal static class FlatFlagsText
{
    private static readonly (TradeRecordFlags Flag, string Name)[] FlagNames =
        Enum.GetValues<TradeRecordFlags>().Where(static f => f != TradeRecordFlags.None).Select(static f => (f, JsonNamingPolicy.CamelCase.ConvertName(f.ToString()))).ToArray();

    /// <summary>The text of <paramref name="flags"/>.</summary>
    public static string Format(TradeRecordFlags flags)
    {
        if (flags == TradeRecordFlags.None)
        {
            return "none";
        }

        var text = new StringBuilder();
        foreach (var (flag, name) in FlagNames)
        {
            if ((flags & flag) != 0)
            {
                text.Append(text.Length == 0 ? string.Empty : ",").Append(name);
            }
        }

        return text.ToString();
    }

    /// <summary>Reads the text of flags: names separated by commas (spaces around them ignored), "none", or empty.</summary>
    public static bool TryParse(string? text, out TradeRecordFlags flags)
    {
        flags = TradeRecordFlags.None;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            if (part == "none")
            {
                continue;
            }

            var index = Array.FindIndex(FlagNames, f => f.Name == part);
            if (index < 0)
            {
                return false;
            }

            flags |= FlagNames[index].Flag;
        }

        return true;
    }
}
