using System.Text.Json.Serialization;
using AseanMinerals.Core.Serialization.Converters;

namespace AseanMinerals.Core.Aggregation;

/// <summary>What a <see cref="FigureNote"/> says about a figure that is there, for a caller to act on without reading its message.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<FigureNoteKind>))]
public enum FigureNoteKind
{
    /// <summary>
    /// The whole comes from World rows that the reporters' partner rows cover only in part: the rest
    /// (<see cref="FigureNote.Value"/> of <see cref="FigureNote.Whole"/>) is trade with no partner named, so a share of a
    /// partner group counts it as trade outside the group, and a split by partner shows it as a part of its own.
    /// </summary>
    PartnerRowsShort,

    /// <summary>
    /// Rows with the reporter as its own partner (re-imports, re-exports; <see cref="FigureNote.Value"/>) are in the whole
    /// and in no partner's part: a member is not its own partner (the library's convention: its goods coming back are not trade with a partner).
    /// </summary>
    ReporterAsPartnerLeftOut,
}
