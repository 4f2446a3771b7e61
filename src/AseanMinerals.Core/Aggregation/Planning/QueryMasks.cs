using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Aggregation.Planning;

/// <summary>The masks of areas and flows a <see cref="CellQuery"/> is made of; the shared ones are never written.</summary>
internal static class QueryMasks
{
    /// <summary>How many area codes a mask holds (numeric codes 0 to 999).</summary>
    public const int AreaSlots = 1000;

    private static readonly bool[] WorldOnlyMask = [true, .. new bool[AreaSlots - 1]];
    private static readonly bool[] AllAreasMask = [.. Enumerable.Repeat(true, AreaSlots)];
    private static readonly bool[] PartnerAreasMask = [false, .. Enumerable.Repeat(true, AreaSlots - 1)];
    private static readonly bool[] AllFlowsMask = [.. Enumerable.Repeat(true, 16)];

    /// <summary>The World rows only.</summary>
    public static bool[] WorldOnly() => WorldOnlyMask;

    /// <summary>Every area, the World included.</summary>
    public static bool[] AllAreas() => AllAreasMask;

    /// <summary>Every area but the World: the rows by partner.</summary>
    public static bool[] PartnerAreas() => PartnerAreasMask;

    /// <summary>Every area but the World and one area (a copy: the shared mask is never written).</summary>
    public static bool[] PartnerAreasBut(AreaCode area)
    {
        bool[] mask = [.. PartnerAreasMask];
        mask[area.Value] = false;
        return mask;
    }

    /// <summary>The areas given, the World never among them.</summary>
    public static bool[] Areas(IReadOnlyList<AreaCode> codes)
    {
        var mask = new bool[AreaSlots];
        foreach (var code in codes)
        {
            mask[code.Value] = !code.IsWorld;
        }

        return mask;
    }

    /// <summary>The areas a mask holds, in code order.</summary>
    public static List<AreaCode> AreasIn(bool[] mask) => [.. Enumerable.Range(0, mask.Length).Where(a => mask[a]).Select(static a => new AreaCode(a))];

    /// <summary>The flows a direction adds.</summary>
    public static bool[] Flows(TradeDirection direction)
    {
        var mask = new bool[16];
        mask[(int)TradeFlow.Export] = direction != TradeDirection.Imports;
        mask[(int)TradeFlow.Import] = direction != TradeDirection.Exports;
        return mask;
    }

    /// <summary>Every flow.</summary>
    public static bool[] AllFlows() => AllFlowsMask;

    /// <summary>One flow.</summary>
    public static bool[] Flow(TradeFlow flow)
    {
        var mask = new bool[16];
        mask[(int)flow] = true;
        return mask;
    }
}
