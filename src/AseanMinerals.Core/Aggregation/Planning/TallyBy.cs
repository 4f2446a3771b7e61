namespace AseanMinerals.Core.Aggregation.Planning;

/// <summary>The dimension a query's cells are added up by (the key of each <see cref="CellTally"/>).</summary>
internal enum TallyBy
{
    /// <summary>One tally (key 0).</summary>
    None,

    /// <summary>By reporter (its area code).</summary>
    Reporter,

    /// <summary>By partner (its area code).</summary>
    Partner,

    /// <summary>By flow (its number).</summary>
    Flow,

    /// <summary>By commodity group (its index; -1 for codes of no group).</summary>
    Group,

    /// <summary>By reporter and flow: (reporter &lt;&lt; 4) | flow.</summary>
    ReporterFlow,
}
