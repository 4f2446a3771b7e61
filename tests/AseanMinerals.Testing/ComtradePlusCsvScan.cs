using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace AseanMinerals.Testing;

/// <summary>
/// Expected values for tests on real Comtrade+ files, computed by a plain scan of the CSV text, independently of the
/// readers and the cube under test: the sums of <c>primaryValue</c> over the aggregate rows (partner2 0, customs C00,
/// transport 0) of one commodity and flow, by reporter.
/// </summary>
public static partial class ComtradePlusCsvScan
{
    /// <summary>The ten members of ASEAN in 2022 (Timor-Leste joined in 2025): Brunei, Myanmar, Cambodia, Indonesia, Lao PDR, Malaysia, Philippines, Singapore, Viet Nam, Thailand.</summary>
    public static IReadOnlySet<int> Asean2022 { get; } = new HashSet<int> { 96, 104, 116, 360, 418, 458, 608, 702, 704, 764 };

    /// <summary>Per reporter, the sum of its aggregate rows of the flow and commodity with a partner among <paramref name="partners"/>.</summary>
    /// <param name="file">The Comtrade+ CSV file.</param>
    /// <param name="flowCode">The flow code, for example <c>M</c>.</param>
    /// <param name="partners">The partner codes.</param>
    /// <param name="commodity">The commodity code; <c>TOTAL</c> by default.</param>
    /// <returns>The sum by reporter code.</returns>
    public static Dictionary<int, decimal> SumByReporter(string file, string flowCode, IReadOnlySet<int> partners, string commodity = "TOTAL")
    {
        var lines = File.ReadAllLines(file, Encoding.Latin1);
        var header = Fields(lines[0]);
        int Column(string name) => Array.IndexOf(header, name);
        var (reporter, flow, partner, partner2, customs, transport, cmd, value) = (
            Column("reporterCode"), Column("flowCode"), Column("partnerCode"), Column("partner2Code"), Column("customsCode"), Column("motCode"), Column("cmdCode"), Column("primaryValue"));
        return lines.Skip(1).Select(Fields)
            .Where(f => f[flow] == flowCode && partners.Contains(int.Parse(f[partner], CultureInfo.InvariantCulture))
                && f[partner2] == "0" && f[customs] == "C00" && f[transport] == "0" && f[cmd] == commodity)
            .GroupBy(f => int.Parse(f[reporter], CultureInfo.InvariantCulture))
            .ToDictionary(static g => g.Key, g => g.Sum(f => decimal.Parse(f[value], CultureInfo.InvariantCulture)));
    }

    // A row of quoted or empty fields, separated by commas (quotes hold commas, as in "Korea, Rep.").
    private static string[] Fields(string line) => [.. FieldPattern().Matches(line).Select(static m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value)];

    [GeneratedRegex("(?:^|,)(?:\"([^\"]*)\"|([^,]*))")]
    private static partial Regex FieldPattern();
}
