using System.Globalization;

namespace AseanMinerals.Core.Production.Usgs;

/// <summary>Reads one USGS figure cell: a number ("1,580,000", "e3,500", "    >9,100,000"), a flag (W, NA, XX) or USGS's words.</summary>
internal static class UsgsValue
{
    // The words USGS writes in figure cells instead of a number; anything else that is not a number is rejected (AMC7002).
    private static readonly string[] KnownWords =
        ["Large", "Very small", "Included in World total.", "Included with “Other countries.”", "Included with ilmenite", "Categorized as \"large\""];

    public static bool TryParse(string cell, out decimal? amount, out ProductionFlags flags)
    {
        amount = null;
        flags = ProductionFlags.None;
        var text = cell.Replace('\u00A0', ' ').Trim();
        switch (text)
        {
            case "W":
                flags = ProductionFlags.Withheld;
                return true;
            case "NA":
                flags = ProductionFlags.NotAvailable;
                return true;
            case "XX":
                flags = ProductionFlags.Qualitative;
                return true;
            case "—" or "–" or "-":
                amount = 0m; // USGS: zero or none.
                return true;
            case "Less than ½ unit.":
                amount = 0.5m;
                flags = ProductionFlags.LessThan;
                return true;
        }

        if (Array.Exists(KnownWords, w => w.Equals(text, StringComparison.OrdinalIgnoreCase)))
        {
            flags = ProductionFlags.Qualitative;
            return true;
        }

        if (text.StartsWith('e') && text.Length > 1 && char.IsAsciiDigit(text[1]))
        {
            flags |= ProductionFlags.Estimated;
            text = text[1..];
        }
        else if (text.StartsWith('>') || text.StartsWith('<'))
        {
            flags |= text[0] == '>' ? ProductionFlags.GreaterThan : ProductionFlags.LessThan;
            text = text[1..].Trim();
        }

        if (text.Length > 0 && char.IsAsciiDigit(text[0])
            && decimal.TryParse(text, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            amount = value;
            return true;
        }

        flags = ProductionFlags.None;
        return false;
    }
}
