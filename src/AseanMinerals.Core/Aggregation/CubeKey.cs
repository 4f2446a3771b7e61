using System.Runtime.CompilerServices;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Aggregation;

/// <summary>
/// The key of a cube cell packed in 49 bits: period (year * 13 + month, 17 bits), reporter and partner (10 bits each),
/// flow (4 bits), commodity cell (8 bits).
/// </summary>
internal static class CubeKey
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int PeriodCode(TradePeriod period) => (period.Year * 13) + period.MonthOrZero;

    public static TradePeriod PeriodOf(int code) => code % 13 == 0 ? TradePeriod.Annual(code / 13) : TradePeriod.Monthly(code / 13, code % 13);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Pack(int periodCode, AreaCode reporter, AreaCode partner, TradeFlow flow, int cell) =>
        ((ulong)periodCode << 32) | ((ulong)reporter.Value << 22) | ((ulong)partner.Value << 12) | ((ulong)flow << 8) | (uint)cell;

    public static int Period(ulong key) => (int)(key >> 32);

    public static int Reporter(ulong key) => (int)(key >> 22) & 0x3FF;

    public static int Partner(ulong key) => (int)(key >> 12) & 0x3FF;

    public static int Flow(ulong key) => (int)(key >> 8) & 0xF;

    public static int Cell(ulong key) => (int)key & 0xFF;
}
