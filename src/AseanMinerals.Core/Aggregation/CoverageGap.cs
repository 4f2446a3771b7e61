using System.Text.Json.Serialization;
using AseanMinerals.Core.Serialization.Converters;

namespace AseanMinerals.Core.Aggregation;

/// <summary>Why a member of a group is not in a group figure.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<CoverageGap>))]
public enum CoverageGap
{
    /// <summary>The data holds no row of the member for the period and flows.</summary>
    NoRows,

    /// <summary>
    /// The member's rows are too coarse for the figure: <c>TOTAL</c> rows only where commodities were asked for, World
    /// rows only where partners were, or commodity rows only where <c>TOTAL</c> rows were.
    /// </summary>
    RowsTooCoarse,

    /// <summary>
    /// The member has rows for one side of a ratio or indicator only: left out of both, so that both sides cover the same members.
    /// </summary>
    NotOnBothSides,

    /// <summary>
    /// Total trade was asked for and the member has commodity rows but no <c>TOTAL</c> rows: its rows are finer, not too
    /// coarse, but their sum is total trade only if they hold every chapter, so the member is left out.
    /// </summary>
    NoTotalRows,
}
