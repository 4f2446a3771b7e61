using System.Text.Json.Serialization;
using AseanMinerals.Core.Serialization.Converters;

namespace AseanMinerals.Core.Trade;

/// <summary>
/// The direction of a trade figure. <see cref="Import"/> and <see cref="Export"/> are the totals; every other flow is a
/// part of one of them that statistical offices publish beside it (re-exports are part of exports). Totals and shares
/// add only <see cref="Import"/> and <see cref="Export"/>, never a part to the flow that contains it:
/// see <see cref="TradeFlows.ContainingFlow"/>.
/// </summary>
[JsonConverter(typeof(CamelCaseEnumConverter<TradeFlow>))]
public enum TradeFlow : byte
{
    /// <summary>Imports, all of them (Comtrade <c>M</c>).</summary>
    Import = 0,

    /// <summary>Exports, all of them (Comtrade <c>X</c>).</summary>
    Export = 1,

    /// <summary>Re-exports: exports of goods imported before; part of <see cref="Export"/> (Comtrade <c>RX</c>).</summary>
    ReExport = 2,

    /// <summary>Re-imports: imports of goods exported before; part of <see cref="Import"/> (Comtrade <c>RM</c>).</summary>
    ReImport = 3,

    /// <summary>Domestic exports: exports of goods produced at home; part of <see cref="Export"/> (Comtrade <c>DX</c>).</summary>
    DomesticExport = 4,

    /// <summary>Foreign imports: imports of goods produced abroad; part of <see cref="Import"/> (Comtrade <c>FM</c>).</summary>
    ForeignImport = 5,

    /// <summary>Imports of goods for inward processing; part of <see cref="Import"/> (Comtrade <c>MIP</c>).</summary>
    ImportForInwardProcessing = 6,

    /// <summary>Imports of goods after outward processing; part of <see cref="Import"/> (Comtrade <c>MOP</c>).</summary>
    ImportAfterOutwardProcessing = 7,

    /// <summary>Exports of goods after inward processing; part of <see cref="Export"/> (Comtrade <c>XIP</c>).</summary>
    ExportAfterInwardProcessing = 8,

    /// <summary>Exports of goods for outward processing; part of <see cref="Export"/> (Comtrade <c>XOP</c>).</summary>
    ExportForOutwardProcessing = 9,
}
