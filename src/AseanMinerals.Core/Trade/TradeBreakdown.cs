using System.Text.Json.Serialization;
using AseanMinerals.Core.Countries;

namespace AseanMinerals.Core.Trade;

/// <summary>
/// The finer split some trade figures carry beside their total: by second partner, by customs procedure and by mode of
/// transport. A figure whose three parts are all totals (<see cref="IsTotal"/>) is the aggregate row; any other is a
/// breakdown of it and must never be added to it.
/// </summary>
/// <param name="SecondPartner">The second partner (the consignment country); <see cref="AreaCode.World"/> for all.</param>
/// <param name="CustomsProcedure">The number of the customs procedure code (<c>C01</c> is 1); 0 (<c>C00</c>) for all procedures.</param>
/// <param name="TransportMode">The mode of transport code (<c>2100</c>); 0 for all modes.</param>
public readonly record struct TradeBreakdown(AreaCode SecondPartner, ushort CustomsProcedure, ushort TransportMode)
{
    /// <summary>The aggregate over every second partner, customs procedure and mode of transport.</summary>
    public static TradeBreakdown Total => default;

    /// <summary>True for the aggregate (all three parts are totals).</summary>
    [JsonIgnore]
    public bool IsTotal => SecondPartner.IsWorld && CustomsProcedure == 0 && TransportMode == 0;

    /// <summary>The customs procedure in Comtrade's form, <c>C00</c> to <c>C99</c>.</summary>
    [JsonIgnore]
    public string CustomsProcedureCode => $"C{CustomsProcedure:D2}";

    /// <inheritdoc />
    public override string ToString() =>
        IsTotal ? "total" : $"second partner {SecondPartner}, customs {CustomsProcedureCode}, transport {TransportMode}";
}
