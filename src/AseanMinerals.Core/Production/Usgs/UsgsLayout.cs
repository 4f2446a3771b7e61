using System.Globalization;

namespace AseanMinerals.Core.Production.Usgs;

/// <summary>Where the columns of a USGS file are, read from its header; both layouts (MCS2025 and MCS2023/2024) are read the same way.</summary>
internal sealed class UsgsLayout
{
    // Unit tokens of MCS2023/MCS2024 column names (Prod_kt_2022, Reserves_mt): mt and mmt are million metric tons
    // (the iron ore note says "million metric tons"), mct million carats, kct thousand carats, mcm million cubic meters.
    private static readonly Dictionary<string, ProductionUnit> UnitTokens = new(StringComparer.OrdinalIgnoreCase)
    {
        ["t"] = ProductionUnit.MetricTon, ["kt"] = ProductionUnit.ThousandMetricTons, ["kg"] = ProductionUnit.Kilogram,
        ["mmt"] = ProductionUnit.MillionMetricTons, ["mt"] = ProductionUnit.MillionMetricTons, ["mct"] = ProductionUnit.MillionCarats,
        ["kct"] = ProductionUnit.ThousandCarats, ["mcm"] = ProductionUnit.MillionCubicMeters,
    };

    public int Source { get; private init; } = -1;

    public int Commodity { get; private init; } = -1;

    public int Country { get; private init; } = -1;

    public int Type { get; private init; } = -1;

    public int Unit { get; private init; } = -1;

    public int ProductionNotes { get; private init; } = -1;

    public int ReserveNotes { get; private init; } = -1;

    public IReadOnlyList<UsgsFigureColumn> Figures { get; private init; } = [];

    public string? Problem { get; private init; }

    public bool IsKnown => Problem is null;

    public static UsgsLayout FromHeader(string[] header)
    {
        var names = header.Select(static h => h.Replace('\u00A0', ' ').Trim().TrimStart('\uFEFF')).ToArray();
        int Find(params string[] candidates) => Array.FindIndex(names, n => candidates.Contains(n, StringComparer.OrdinalIgnoreCase));

        var figures = new List<UsgsFigureColumn>();
        for (var i = 0; i < names.Length; i++)
        {
            if (TryFigure(i, names[i], out var column))
            {
                figures.Add(column);
            }
        }

        var country = Find("COUNTRY");
        var type = Find("TYPE");
        if (type < 0 && country >= 0 && country + 1 < names.Length && !figures.Exists(f => f.Index == country + 1))
        {
            type = country + 1; // The MCS2024 fluorspar file names its type column "Mine production, fluorspar".
        }

        var problem = country < 0 ? "The header has no COUNTRY column." : figures.Count == 0 ? "The header has no figure column (Prod_..., Cap_..., Reserves_...)." : null;
        return new UsgsLayout
        {
            Source = Find("SOURCE"),
            Commodity = Find("COMMODITY"),
            Country = country,
            Type = type,
            Unit = Find("UNIT_MEAS"),
            ProductionNotes = Find("PROD_NOTES", "Prod_note"),
            ReserveNotes = Find("RESERVE_NOTES", "Reserves_notes"),
            Figures = figures,
            Problem = problem,
        };
    }

    private static bool TryFigure(int index, string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out UsgsFigureColumn? column)
    {
        column = null;
        var tokens = name.Replace(" ", "", StringComparison.Ordinal).Split('_', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 0 || tokens[^1].StartsWith("note", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        ProductionFigureKind? kind = tokens[0].ToUpperInvariant() switch
        {
            "PROD" => ProductionFigureKind.Production,
            "CAP" => ProductionFigureKind.Capacity,
            "RESERVES" => ProductionFigureKind.Reserves,
            _ => null,
        };
        if (kind is null)
        {
            return false;
        }

        int? year = null;
        var estimated = false;
        ProductionUnit? unit = null;
        var extra = new List<string>();
        foreach (var token in tokens.Skip(1))
        {
            if (token.Length == 4 && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var y))
            {
                year = y;
            }
            else if (token.Equals("est", StringComparison.OrdinalIgnoreCase))
            {
                estimated = true;
            }
            else if (UnitTokens.TryGetValue(token, out var u))
            {
                unit = u;
            }
            else
            {
                extra.Add(token);
            }
        }

        column = new UsgsFigureColumn(index, name, kind.Value, year, estimated, unit, extra.Count == 0 ? null : string.Join(' ', extra));
        return true;
    }
}
