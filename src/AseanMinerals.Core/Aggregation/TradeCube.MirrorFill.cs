using AseanMinerals.Core.Aggregation.Planning;
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
        var estimates = new List<MirrorEstimate>();
        var reportedByFlow = new List<Evaluation>();
        FigureAbsence? absence = null;
        foreach (var flow in new[] { TradeFlow.Export, TradeFlow.Import })
        {
            if ((flow == TradeFlow.Export && direction == TradeDirection.Imports) || (flow == TradeFlow.Import && direction == TradeDirection.Exports))
            {
                continue;
            }

            var mirrorFlow = flow == TradeFlow.Export ? TradeFlow.Import : TradeFlow.Export;
            var mirrorMask = QueryMasks.Flow(mirrorFlow);

            // Flow by flow, each member is counted once: by its own rows by partner where it has them at the detail asked
            // (the flow's coverage), otherwise by mirror estimates. A member with rows by partner in one flow only is
            // reported in that flow and filled in the other, never dropped from both.
            var reported = Evaluate(period, reporters, commodities, flow == TradeFlow.Export ? TradeDirection.Exports : TradeDirection.Imports, null, PartnerBasis.SumOfPartners);
            reportedByFlow.Add(reported);
            if (reported.Value.Absence is { Kind: FigureAbsenceKind.MixedHsLevels } mixed)
            {
                absence ??= mixed; // the members' own rows cannot be added: no reported part, so no total either
            }

            var cells = reported.Asked.Query.Cells;
            foreach (var member in reported.Coverage.Missing.Select(static m => m.Member))
            {
                var sources = Scan(period, new CellQuery(QueryMasks.PartnerAreasBut(member), QueryMasks.Areas([member]), mirrorMask, cells), TallyBy.Reporter);
                foreach (var (source, tally) in sources.OrderBy(static s => s.Key))
                {
                    if (System.Numerics.BitOperations.PopCount((uint)(tally.Levels & ~HsCodeLevels.Total)) > 1)
                    {
                        // A partner's chapter beside its own headings: its estimate would count the trade twice.
                        absence ??= FigureAbsences.MixedHsLevels(reportedByFlow[0].Value.Commodities, tally.Levels & ~HsCodeLevels.Total, period, [new AreaCode(source)]);
                    }

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
            Commodities = reportedByFlow[0].Value.Commodities,
            Direction = direction,
            Reported = absence is null ? reportedByFlow.Sum(static r => r.Value.Value ?? 0m) : null,
            MirrorBased = absence is null ? estimates.Sum(static e => e.Value) : null,
            Absence = absence,
            Estimates = estimates,
            CifToFobFactor = options.CifToFobFactor,
            ValuationBasis = valuation,
            // Covered: the members counted by their own reports in every flow; the others are filled or missing.
            Coverage = reportedByFlow.Count == 1 ? reportedByFlow[0].Coverage : SharePlanner.Common([.. reportedByFlow.Select(static r => r.Coverage)]).Coverage,
        };
    }
}
