namespace AseanMinerals.Cli.Rendering.Documents;

/// <summary>What a column holds, which decides its alignment and its one number format.</summary>
internal enum ColumnKind
{
    /// <summary>Words, left-aligned.</summary>
    Text,

    /// <summary>US dollars, right-aligned, thousands separators, one number of decimals for the whole column.</summary>
    Money,

    /// <summary>A share (a fraction), shown as a percentage with two decimals.</summary>
    Percent,

    /// <summary>A count, right-aligned, with thousands separators.</summary>
    Count,

    /// <summary>A year, right-aligned, without separators.</summary>
    Year,
}
