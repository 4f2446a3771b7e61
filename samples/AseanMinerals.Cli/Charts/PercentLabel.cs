using System.Globalization;

namespace AseanMinerals.Cli.Charts;

/// <summary>
/// A share as a bar label, to two significant digits (20%, 5.0%, 0.022%): a small share keeps its digits rather than
/// show as "0.0%", and only a zero share reads 0%.
/// </summary>
internal static class PercentLabel
{
    public static string Of(decimal share)
    {
        var percent = share * 100;
        if (percent == 0)
        {
            return "0%";
        }

        var magnitude = (int)Math.Floor(Math.Log10((double)Math.Abs(percent)));
        var decimals = Math.Max(0, 1 - magnitude);
        var rounded = Math.Round(percent, decimals, MidpointRounding.AwayFromZero);

        // 9.96 rounds to 10.0: one decimal fewer keeps two significant digits.
        if (decimals > 0 && Math.Abs(rounded) >= (decimal)Math.Pow(10, magnitude + 1))
        {
            decimals--;
        }

        return rounded.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + "%";
    }
}
