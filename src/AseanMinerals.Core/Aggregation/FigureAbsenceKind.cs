using System.Text.Json.Serialization;
using AseanMinerals.Core.Serialization.Converters;

namespace AseanMinerals.Core.Aggregation;

/// <summary>Why a figure is absent: the kind of a <see cref="FigureAbsence"/>, for a caller to act on without reading its message.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<FigureAbsenceKind>))]
public enum FigureAbsenceKind
{
    /// <summary>
    /// Total trade was asked for and the data has no <c>TOTAL</c> rows for the reporters; the sum of the commodity rows is
    /// total trade only if the data holds every chapter, so it is used only when asked for by name.
    /// </summary>
    NoTotalRows,

    /// <summary>The data holds no record for what was asked (period, reporters, partners, commodities, flows).</summary>
    NoRecords,

    /// <summary>
    /// Commodities were asked for and some reporters (<see cref="FigureAbsence.Members"/>) have <c>TOTAL</c> rows at most
    /// in a flow: their trade in the commodities is unknown, not zero.
    /// </summary>
    NoCommodityRows,

    /// <summary>
    /// A partner group was asked for and some reporters (<see cref="FigureAbsence.Members"/>) have World rows at most in
    /// a flow: their trade with the group is unknown, not zero.
    /// </summary>
    NoPartnerRows,

    /// <summary>The rows of the commodities mix HS levels (<see cref="FigureAbsence.Levels"/>): adding them would count trade twice.</summary>
    MixedHsLevels,

    /// <summary>The numerator of a ratio is absent; <see cref="FigureAbsence.Cause"/> says why when it is a figure of the cube.</summary>
    NumeratorAbsent,

    /// <summary>The denominator of a ratio is absent; <see cref="FigureAbsence.Cause"/> says why when it is a figure of the cube.</summary>
    DenominatorAbsent,

    /// <summary>The denominator of a ratio (a total, a base year, a world figure) is zero.</summary>
    DenominatorZero,

    /// <summary>
    /// A part exceeds its whole (partner rows above the World row, a chapter above the <c>TOTAL</c> row): the data's rows
    /// contradict each other, so no share above 100% is given.
    /// </summary>
    PartsExceedWhole,

    /// <summary>The figure covers fewer of the group's members than required (<see cref="FigureAbsence.Coverage"/>).</summary>
    CoverageShort,

    /// <summary>The first and last values of a growth rate have opposite signs: no compound rate joins them.</summary>
    OppositeSigns,

    /// <summary>
    /// A reporter with rows by partner reported no trade with the partner (<see cref="FigureAbsence.Partners"/>) in the
    /// flow: a mirror comparison has no side to compare.
    /// </summary>
    NoTradeReported,

    /// <summary>
    /// No member of the group is covered on every side of the figure (every period of a growth rate): comparing
    /// different members would mislead, so nothing is compared.
    /// </summary>
    NoCommonMembers,

    /// <summary>
    /// The cube was built for one question (a <see cref="TradeCubeFilter"/>) and the figure asks for periods, reporters,
    /// flows or commodities the filter kept out: the cube does not know them, which is not zero.
    /// </summary>
    OutsideFilter,

    /// <summary>
    /// The figure does not fit a decimal (a sum above about 7.9e28, or a quotient of a tiny denominator): the cube holds
    /// its sums exactly, but the figure cannot be given as a number, so it is absent rather than rounded or an error.
    /// </summary>
    OutOfRange,

    /// <summary>
    /// The reporters (<see cref="FigureAbsence.Members"/>) hold no row at all in the period, in any flow, commodity or
    /// partner: they report nothing in the data (they may appear there as partners of others).
    /// </summary>
    ReportsNothing,
}
