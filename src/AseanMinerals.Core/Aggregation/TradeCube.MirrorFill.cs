using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Aggregation;

/// <summary>Mirror fill-in: a non-reporting member's trade estimated from its partners' reports, as BACI and WITS do.</summary>
public sealed partial class TradeCube
{
    /// <summary>
    /// A group's trade with partners, rows by partner: each member that reports no rows by partner for a flow has that
    /// flow estimated from the partners that report the mirror flow with it (its exports to p from p's imports from it, its
    /// imports from p from p's exports to it). Every estimate is kept with its source reporter, and the total says how much
    /// is mirror-based. World rows are never used and cannot be filled: a partner's report covers its trade with the
    /// member only, not the member's trade with the world.
    /// </summary>
    /// <param name="period">The period.</param>
    /// <param name="reporters">The reporters (for ASEAN, the members for the period under its basis).</param>
    /// <param name="commodities">The commodities; the default scope when null.</param>
    /// <param name="direction">The flows added.</param>
    /// <param name="options">The CIF/FOB factor; none by default.</param>
    /// <returns>The filled value.</returns>
    public MirrorFilledValue MirrorFill(
        TradePeriod period, AreaGroup reporters, CommoditySelection? commodities = null, TradeDirection direction = TradeDirection.ExportsAndImports, MirrorFillOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reporters);
        options ??= MirrorFillOptions.Default;
        var reported = Evaluate(period, reporters, commodities, direction, null, PartnerBasis.SumOfPartners);
        var cells = reported.Asked.Query.Cells;
        var members = reporters.MembersFor(period);
        var estimates = new List<MirrorEstimate>();
        foreach (var flow in new[] { TradeFlow.Export, TradeFlow.Import })
        {
            if ((flow == TradeFlow.Export && direction == TradeDirection.Imports) || (flow == TradeFlow.Import && direction == TradeDirection.Exports))
            {
                continue;
            }

            var mirrorFlow = flow == TradeFlow.Export ? TradeFlow.Import : TradeFlow.Export;
            var flowMask = new bool[16];
            flowMask[(int)flow] = true;
            var mirrorMask = new bool[16];
            mirrorMask[(int)mirrorFlow] = true;

            // Members that report the flow by partner (any commodity) keep their own rows: only the silent ones are filled.
            var reportingByPartner = Scan(period, new Filter(AreaMask(members), PartnerAreas(), flowMask, AllCells()), By.Reporter);
            foreach (var member in members.Where(m => !reportingByPartner.ContainsKey(m.Value)))
            {
                var partnerMask = new bool[AreaSlots];
                partnerMask[member.Value] = true;
                var sources = Scan(period, new Filter(AllAreasBut(member), partnerMask, mirrorMask, cells), By.Reporter);
                foreach (var (source, tally) in sources.OrderBy(static s => s.Key))
                {
                    var value = tally.Sum.ToDecimal();
                    if (options.CifToFobFactor is { } factor)
                    {
                        value = flow == TradeFlow.Export ? value * factor : value / factor;
                    }

                    estimates.Add(new MirrorEstimate(member, new AreaCode(source), flow, value, new AreaCode(source), mirrorFlow));
                }
            }
        }

        var valuation = options.CifToFobFactor is { } f
            ? $"mirror estimates: partners' reports with a CIF/FOB factor of {f} (exports = partner's CIF imports x {f}; imports = partner's FOB exports / {f}), an assumption of the caller"
            : "mirror estimates: partners' reports as they are, no CIF/FOB adjustment (exports estimated from the partners' CIF import values)";
        return new MirrorFilledValue
        {
            Period = period,
            Reporters = reporters.ToString(),
            Commodities = reported.Value.Commodities,
            Direction = direction,
            Reported = reported.Value.Value ?? 0m,
            MirrorBased = estimates.Sum(static e => e.Value),
            Estimates = estimates,
            CifToFobFactor = options.CifToFobFactor,
            ValuationBasis = valuation,
            Coverage = reported.Coverage,
        };
    }

    private static bool[] AllAreasBut(AreaCode area)
    {
        var mask = PartnerAreas();
        mask[area.Value] = false;
        return mask;
    }
}
