using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Json.Serialization;
using AseanMinerals.Core.Countries;

namespace AseanMinerals.Core.Trade;

/// <summary>
/// One trade figure: what <see cref="Reporter"/> recorded trading with <see cref="Partner"/> in a commodity, in one
/// direction, over one period, in US dollars. A compact value (64 bytes, one cache line) so that tens of millions fit in
/// memory and a pass over them reads little: codes are numbers, the value is an exact <see cref="decimal"/> (cents
/// survive), optional measures and the conversion cost no allocation.
/// </summary>
[StructLayout(LayoutKind.Sequential)] // fields declared largest first: 60 bytes of fields, padded to 64
public readonly record struct TradeRecord
{
    private readonly decimal _value;
    private readonly double _netWeightKg;
    private readonly double _quantity;
    private readonly HsCode _commodity;

    // The conversion as a handle into the process's table of distinct conversions (HsConversionTable), not inline: its 21
    // bytes made the record 80 bytes and every pass over records 25% longer, and a reference would make each copy of the
    // record (the JSON readers set members through `ref`) carry a GC reference. 0 for none.
    private readonly int _conversion;
    private readonly TradePeriod _period;
    private readonly AreaCode _reporter;
    private readonly AreaCode _partner;
    private readonly TradeBreakdown _breakdown;
    private readonly short _quantityUnitCode;
    private readonly TradeFlow _flow;
    private readonly HsRevision _revision;
    private readonly TradeRecordFlags _flags;
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
        _period = period;
        _reporter = reporter;
        _partner = partner;
        _flow = flow;
        _commodity = commodity;
        _value = value;
    }

    /// <summary>The year or month the figure covers.</summary>
    public TradePeriod Period { get => _period; init => _period = value; }

    /// <summary>The area that reported the figure.</summary>
    public AreaCode Reporter { get => _reporter; init => _reporter = value; }

    /// <summary>The partner area; <see cref="AreaCode.World"/> for the total over all partners.</summary>
    public AreaCode Partner { get => _partner; init => _partner = value; }

    /// <summary>The direction of the trade.</summary>
    public TradeFlow Flow { get => _flow; init => _flow = value; }

    /// <summary>The HS code, or <see cref="HsCode.Total"/> for all commodities.</summary>
    public HsCode Commodity { get => _commodity; init => _commodity = value; }

    /// <summary>The edition of the HS that <see cref="Commodity"/> belongs to.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public HsRevision Revision { get => _revision; init => _revision = value; }

    /// <summary>The trade value in US dollars, exact to the cent and beyond.</summary>
    public decimal Value { get => _value; init => _value = value; }

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
    public TradeRecordFlags Flags { get => _flags; init => _flags = value; }

    /// <summary>The finer split this figure belongs to; <see cref="TradeBreakdown.Total"/> for an aggregate figure.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public TradeBreakdown Breakdown { get => _breakdown; init => _breakdown = value; }

    /// <summary>
    /// Where the record came from when it was converted from another HS edition (the source code and edition, and the share
    /// of the source value it holds); null for a record as reported.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public HsConversion? Conversion
    {
        get => _conversion != HsConversionTable.None ? HsConversionTable.ValueOf(_conversion) : null;
        init => _conversion = HandleOf(value);
    }

    /// <summary>True when the figure is a part of an aggregate figure (a breakdown by second partner, customs procedure or transport).</summary>
    [JsonIgnore]
    public bool IsBreakdown => !Breakdown.IsTotal;

    /// <summary>Whether two records hold the same figure, member by member (a conversion by its value, as before it was held by handle).</summary>
    /// <param name="other">The other record.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(TradeRecord other) =>
        _value == other._value && _netWeightKg.Equals(other._netWeightKg) && _quantity.Equals(other._quantity) && _commodity == other._commodity
        && _period == other._period && _reporter == other._reporter && _partner == other._partner && _breakdown == other._breakdown
        && _quantityUnitCode == other._quantityUnitCode && _flow == other._flow && _revision == other._revision && _flags == other._flags
        && _presence == other._presence && (_conversion == other._conversion || Conversion == other.Conversion);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(_value);
        hash.Add(_netWeightKg);
        hash.Add(_quantity);
        hash.Add(_commodity);
        hash.Add(_period);
        hash.Add(_reporter);
        hash.Add(_partner);
        hash.Add(_breakdown);
        hash.Add(HashCode.Combine(_quantityUnitCode, _flow, _revision, _flags, _presence, Conversion));
        return hash.ToHashCode();
    }

    /// <summary>Formats the record on one line, for logs and messages.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Period} {Reporter}->{Partner} {Flow.ToComtradeCode()} {Commodity}{(Revision == HsRevision.AsReported ? string.Empty : "/" + Revision.ToComtradeCode())} US${Value}{(IsBreakdown ? " [" + Breakdown + "]" : string.Empty)}");

    private static int HandleOf(HsConversion? conversion) =>
        conversion is { } value ? HsConversionTable.HandleOf(value) : HsConversionTable.None;

    /// <summary>
    /// Sets one member of a record in place, for the readers that fill a record member by member (the JSON member table):
    /// <c>record = record with { Period = value }</c> copies the 64 bytes out and back, and reading them back right after
    /// the narrow store of the member stalls the processor; this stores the member alone. Same rules as the init accessors.
    /// Each returns true, so that a reader writes <c>TryParse(text, out var v) &amp;&amp; InPlace.Period(ref record, v)</c>.
    /// </summary>
    internal static class InPlace
    {
        public static bool Period(ref TradeRecord record, TradePeriod value) => Store(ref Unsafe.AsRef(in record._period), value);

        public static bool Reporter(ref TradeRecord record, AreaCode value) => Store(ref Unsafe.AsRef(in record._reporter), value);

        public static bool Partner(ref TradeRecord record, AreaCode value) => Store(ref Unsafe.AsRef(in record._partner), value);

        public static bool Flow(ref TradeRecord record, TradeFlow value) => Store(ref Unsafe.AsRef(in record._flow), value);

        public static bool Commodity(ref TradeRecord record, HsCode value) => Store(ref Unsafe.AsRef(in record._commodity), value);

        public static bool Revision(ref TradeRecord record, HsRevision value) => Store(ref Unsafe.AsRef(in record._revision), value);

        public static bool Value(ref TradeRecord record, decimal value) => Store(ref Unsafe.AsRef(in record._value), value);

        public static bool NetWeightKg(ref TradeRecord record, double? value)
        {
            Unsafe.AsRef(in record._netWeightKg) = value ?? 0;
            Present(ref record, Presence.NetWeight, value is not null);
            return true;
        }

        public static bool Quantity(ref TradeRecord record, double? value)
        {
            Unsafe.AsRef(in record._quantity) = value ?? 0;
            Present(ref record, Presence.Quantity, value is not null);
            return true;
        }

        public static bool QuantityUnitCode(ref TradeRecord record, int? value)
        {
            Unsafe.AsRef(in record._quantityUnitCode) = checked((short)(value ?? 0));
            Present(ref record, Presence.QuantityUnit, value is not null);
            return true;
        }

        public static bool Flags(ref TradeRecord record, TradeRecordFlags value) => Store(ref Unsafe.AsRef(in record._flags), value);

        public static bool Breakdown(ref TradeRecord record, TradeBreakdown value) => Store(ref Unsafe.AsRef(in record._breakdown), value);

        public static bool Conversion(ref TradeRecord record, HsConversion? value) => Store(ref Unsafe.AsRef(in record._conversion), HandleOf(value));

        private static bool Store<T>(ref T field, T value)
        {
            field = value;
            return true;
        }

        private static void Present(ref TradeRecord record, Presence member, bool present) =>
            Unsafe.AsRef(in record._presence) = present ? record._presence | member : record._presence & ~member;
    }

    [Flags]
    private enum Presence : byte
    {
        NetWeight = 1,
        Quantity = 2,
        QuantityUnit = 4,
    }
}
