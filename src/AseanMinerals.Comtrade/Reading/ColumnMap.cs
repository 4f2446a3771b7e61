namespace AseanMinerals.Comtrade.Reading;

/// <summary>Where each <see cref="Field"/> is in a row of one format, from the header's column names.</summary>
internal sealed class ColumnMap
{
    /// <summary>The 47 Comtrade+ fields, in file order (also the JSON field names).</summary>
    public static readonly string[] ComtradePlusColumns =
    [
        "typeCode", "freqCode", "refPeriodId", "refYear", "refMonth", "period", "reporterCode", "reporterISO", "reporterDesc",
        "flowCode", "flowDesc", "partnerCode", "partnerISO", "partnerDesc", "partner2Code", "partner2ISO", "partner2Desc",
        "classificationCode", "classificationSearchCode", "isOriginalClassification", "cmdCode", "cmdDesc", "aggrLevel",
        "isLeaf", "customsCode", "customsDesc", "mosCode", "motCode", "motDesc", "qtyUnitCode", "qtyUnitAbbr", "qty",
        "isQtyEstimated", "altQtyUnitCode", "altQtyUnitAbbr", "altQty", "isAltQtyEstimated", "netWgt", "isNetWgtEstimated",
        "grossWgt", "isGrossWgtEstimated", "cifvalue", "fobvalue", "primaryValue", "legacyEstimationFlag", "isReported",
        "isAggregate",
    ];

    // Column names per field: Comtrade+ first, legacy second; null where the format has no such column.
    private static readonly (Field Field, string? Plus, string? Legacy)[] Names =
    [
        (Field.TypeCode, "typeCode", null),
        (Field.Period, "period", "Period"),
        (Field.Year, "refYear", "Year"),
        (Field.Month, "refMonth", null),
        (Field.RefPeriodId, "refPeriodId", null),
        (Field.Reporter, "reporterCode", "Reporter Code"),
        (Field.Partner, "partnerCode", "Partner Code"),
        (Field.SecondPartner, "partner2Code", "2nd Partner Code"),
        (Field.Flow, "flowCode", "Trade Flow"),
        (Field.FlowDescription, "flowDesc", null),
        (Field.LegacyFlowCode, null, "Trade Flow Code"),
        (Field.Classification, "classificationCode", "Classification"),
        (Field.Commodity, "cmdCode", "Commodity Code"),
        (Field.CustomsProcedure, "customsCode", "Customs Proc. Code"),
        (Field.TransportMode, "motCode", "Mode of Transport Code"),
        (Field.QuantityUnit, "qtyUnitCode", "Qty Unit Code"),
        (Field.Quantity, "qty", "Qty"),
        (Field.NetWeight, "netWgt", "Netweight (kg)"),
        (Field.PrimaryValue, "primaryValue", "Trade Value (US$)"),
        (Field.CifValue, "cifvalue", "CIF Trade Value (US$)"),
        (Field.FobValue, "fobvalue", "FOB Trade Value (US$)"),
        (Field.QuantityEstimated, "isQtyEstimated", null),
        (Field.NetWeightEstimated, "isNetWgtEstimated", null),
        (Field.IsReported, "isReported", null),
        (Field.IsAggregate, "isAggregate", null),
        (Field.LegacyFlag, null, "Flag"),
    ];

    private static readonly Field[] Required =
        [Field.Reporter, Field.Partner, Field.Flow, Field.Classification, Field.Commodity, Field.PrimaryValue];

    private readonly int[] _indices;

    private ColumnMap(bool legacy, int[] indices, IReadOnlyList<string> header)
    {
        IsLegacy = legacy;
        _indices = indices;
        Header = header;
    }

    /// <summary>True for the legacy formats, false for Comtrade+.</summary>
    public bool IsLegacy { get; }

    /// <summary>The header's column names, trimmed (the canonical Comtrade+ names for JSON).</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>The number of named columns in the header (an empty name after a trailing comma does not count).</summary>
    public int ColumnCount => Header.Count;

    /// <summary>The position of a field in a row, or -1 when the format has no such column.</summary>
    public int this[Field field] => _indices[(int)field];

    /// <summary>For each column, whether a field is read from it (the others are skipped unread).</summary>
    public bool[] UsedColumns()
    {
        var used = new bool[Header.Count];
        foreach (var index in _indices)
        {
            if (index >= 0)
            {
                used[index] = true;
            }
        }

        return used;
    }

    /// <summary>The column name of a field, for messages.</summary>
    public string NameOf(Field field) => _indices[(int)field] is >= 0 and var i ? Header[i] : field.ToString();

    /// <summary>The map for the Comtrade+ fields in their canonical order (JSON elements are laid out in it).</summary>
    public static ColumnMap ComtradePlusCanonical { get; } = Build(ComtradePlusColumns, legacy: false, out _);

    /// <summary>Whether a header is that of a Comtrade+ file, a legacy file, or neither (null).</summary>
    public static bool? IsLegacyHeader(IReadOnlyList<string> header)
    {
        static bool Has(IReadOnlyList<string> names, string name) =>
            names.Any(n => string.Equals(Clean(n), name, StringComparison.OrdinalIgnoreCase));

        if (Has(header, "primaryValue") || Has(header, "cmdCode") || Has(header, "reporterCode"))
        {
            return false;
        }

        return Has(header, "Trade Value (US$)") || Has(header, "Commodity Code") || Has(header, "Reporter Code") ? true : null;
    }

    /// <summary>Maps a header; <paramref name="missing"/> names the required columns it lacks.</summary>
    public static ColumnMap Build(IReadOnlyList<string> header, bool legacy, out IReadOnlyList<string> missing)
    {
        var names = new List<string>(header.Count);
        foreach (var name in header)
        {
            names.Add(Clean(name));
        }

        while (names.Count > 0 && names[^1].Length == 0)
        {
            names.RemoveAt(names.Count - 1); // a trailing separator on the header line names no column
        }

        var indices = new int[Names.Length];
        foreach (var (field, plus, old) in Names)
        {
            var name = legacy ? old : plus;
            indices[(int)field] = name is null ? -1 : names.FindIndex(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
        }

        var lacking = new List<string>();
        foreach (var field in Required)
        {
            if (indices[(int)field] < 0)
            {
                lacking.Add(NameFor(field, legacy));
            }
        }

        if (indices[(int)Field.Period] < 0 && indices[(int)Field.Year] < 0)
        {
            lacking.Add(NameFor(Field.Period, legacy));
        }

        missing = lacking;
        return new ColumnMap(legacy, indices, names);
    }

    /// <summary>The first column name the header holds twice (ignoring case, as fields are found), or null.</summary>
    public static string? FirstDuplicate(IReadOnlyList<string> header)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in header)
        {
            var clean = Clean(name);
            if (clean.Length > 0 && !seen.Add(clean))
            {
                return clean;
            }
        }

        return null;
    }

    private static string NameFor(Field field, bool legacy)
    {
        var entry = Names.First(n => n.Field == field);
        return (legacy ? entry.Legacy : entry.Plus) ?? field.ToString();
    }

    private static string Clean(string name) => name.Trim().Trim('"').Trim();
}
