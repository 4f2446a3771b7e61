using System.Globalization;
using System.Text.Json.Serialization;
using AseanMinerals.Core.Countries;

namespace AseanMinerals.Core.Trade;

/// <summary>
/// One trade figure: what <see cref="Reporter"/> recorded trading with <see cref="Partner"/> in a commodity, in one
/// direction, over one period, in US dollars. A compact value (56 bytes) so that tens of millions fit in memory:
/// codes are numbers, the value is an exact <see cref="decimal"/> (cents survive), optional measures cost no allocation.
/// </summary>
public readonly record struct TradeRecord
{
    private readonly double _netWeightKg;
    private readonly double _quantity;
    private readonly short _quantityUnitCode;
    private readonly Presence _presence;

    /// <summary>Creates a trade record.</summary>
    /// <param name="period">The year or month the figure covers.</param>
    /// <param name="reporter">The area that reported the figure.</param>
    /// <param name="partner">The partner area; <see cref="AreaCode.World"/> for the total over all partners.</param>
    /// <param name="flow">The direction.</param>
    /// <param name="commodity">The HS code, or <see cref="HsCode.Total"/> for all commodities.</param>
    /// <param name="value">The trade value in US dollars (imports usually CIF, exports FOB).</param>
    public TradeRecord(TradePeriod period, AreaCode reporter, AreaCode partner, TradeFlow flow, HsCode commodity, decimal value)
    {
        Period = period;
        Reporter = reporter;
        Partner = partner;
        Flow = flow;
        Commodity = commodity;
        Value = value;
    }

    /// <summary>The year or month the figure covers.</summary>
    public TradePeriod Period { get; init; }

    /// <summary>The area that reported the figure.</summary>
    public AreaCode Reporter { get; init; }

    /// <summary>The partner area; <see cref="AreaCode.World"/> for the total over all partners.</summary>
    public AreaCode Partner { get; init; }

    /// <summary>The direction of the trade.</summary>
    public TradeFlow Flow { get; init; }

    /// <summary>The HS code, or <see cref="HsCode.Total"/> for all commodities.</summary>
    public HsCode Commodity { get; init; }

    /// <summary>The edition of the HS that <see cref="Commodity"/> belongs to.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public HsRevision Revision { get; init; }

    /// <summary>The trade value in US dollars, exact to the cent and beyond.</summary>
    public decimal Value { get; init; }

    /// <summary>The net weight in kilograms, where reported.</summary>
    public double? NetWeightKg
    {
        get => (_presence & Presence.NetWeight) != 0 ? _netWeightKg : null;
        init
        {
            _netWeightKg = value ?? 0;
            _presence = value is null ? _presence & ~Presence.NetWeight : _presence | Presence.NetWeight;
        }
    }

    /// <summary>The quantity in <see cref="QuantityUnitCode"/>, where reported.</summary>
    public double? Quantity
    {
        get => (_presence & Presence.Quantity) != 0 ? _quantity : null;
        init
        {
            _quantity = value ?? 0;
            _presence = value is null ? _presence & ~Presence.Quantity : _presence | Presence.Quantity;
        }
    }

    /// <summary>The unit of <see cref="Quantity"/> as UN Comtrade codes it (<c>8</c> is kilograms), where reported.</summary>
    public int? QuantityUnitCode
    {
        get => (_presence & Presence.QuantityUnit) != 0 ? _quantityUnitCode : null;
        init
        {
            _quantityUnitCode = checked((short)(value ?? 0));
            _presence = value is null ? _presence & ~Presence.QuantityUnit : _presence | Presence.QuantityUnit;
        }
    }

    /// <summary>What the source says about how the figure was obtained.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public TradeRecordFlags Flags { get; init; }

    /// <summary>The finer split this figure belongs to; <see cref="TradeBreakdown.Total"/> for an aggregate figure.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public TradeBreakdown Breakdown { get; init; }

    /// <summary>True when the figure is a part of an aggregate figure (a breakdown by second partner, customs procedure or transport).</summary>
    [JsonIgnore]
    public bool IsBreakdown => !Breakdown.IsTotal;

    /// <summary>Formats the record on one line, for logs and messages.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Period} {Reporter}->{Partner} {Flow.ToComtradeCode()} {Commodity}{(Revision == HsRevision.AsReported ? string.Empty : "/" + Revision.ToComtradeCode())} US${Value}{(IsBreakdown ? " [" + Breakdown + "]" : string.Empty)}");

    [Flags]
    private enum Presence : byte
    {
        NetWeight = 1,
        Quantity = 2,
        QuantityUnit = 4,
    }
}
