using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Aggregation.Planning;

/// <summary>
/// A value's plan, made before any sum is read (<see cref="SharePlanner.Plan"/>): the cells to read, what was asked, the
/// members asked for and covered (the others named with the reason), the partner basis per reporter and flow, the total
/// basis, and an absence known before reading. The cube executes it: it adds the cells of <see cref="Read"/>.
/// </summary>
internal sealed record SharePlan
{
    /// <summary>The period.</summary>
    public required TradePeriod Period { get; init; }

    /// <summary>The cells to read: the members covered, the flows, the commodity cells and the partner basis.</summary>
    public required CellQuery Read { get; init; }

    /// <summary>What was asked for, in rows and words.</summary>
    public required AskedFigure Asked { get; init; }

    /// <summary>The reporters asked for (the group's members for the period, or those of them a ratio's sides share).</summary>
    public required IReadOnlyList<AreaCode> Reporters { get; init; }

    /// <summary>The members covered at the detail the value needs, and those lacking with the reason.</summary>
    public required GroupCoverage Coverage { get; init; }

    /// <summary>
    /// The partner basis over all partners (<see cref="PartnerBasis.Mixed"/> when reporters and flows differ); null when a
    /// partner group was asked for.
    /// </summary>
    public required PartnerBasis? PartnerBasis { get; init; }

    /// <summary>Where the basis was chosen per reporter and flow (<see cref="PartnerBasis.Auto"/>): each one's, in key order; empty otherwise.</summary>
    public required IReadOnlyList<ReporterFlowBasis> PartnerBases { get; init; }

    /// <summary>The total basis, when all commodities were asked for; null otherwise.</summary>
    public required TotalBasis? TotalBasis { get; init; }

    /// <summary>Why the value cannot be told, known before reading (outside the cube's question, no <c>TOTAL</c> rows); null otherwise.</summary>
    public required FigureAbsence? Absence { get; init; }

    /// <summary>The partner basis a reporter and flow takes; null for a partner group, or a reporter and flow without rows under a mixed basis.</summary>
    public PartnerBasis? PartnerBasisOf(AreaCode reporter, TradeFlow flow) =>
        PartnerBasis == Aggregation.PartnerBasis.Mixed
            ? PartnerBases.Where(b => b.Reporter == reporter && b.Flow == flow).Select(static b => (PartnerBasis?)b.Basis).FirstOrDefault()
            : PartnerBasis;
}
