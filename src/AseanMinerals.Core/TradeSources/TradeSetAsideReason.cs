namespace AseanMinerals.Core.TradeSources;

/// <summary>Why a row that was read well was not yielded as a record: adding it to the records would count dollars twice.</summary>
public enum TradeSetAsideReason
{
    /// <summary>
    /// A breakdown of an aggregate row: by second partner, by customs procedure or by mode of transport. Yielded when the
    /// reader is asked to include breakdowns (for UN Comtrade files, <c>ComtradeImportOptions.IncludeBreakdowns</c>).
    /// </summary>
    Breakdown = 0,

    /// <summary>
    /// A flow that is part of another (re-exports, domestic exports, re-imports, foreign imports, processing flows).
    /// Yielded when the reader is asked to include subset flows (<c>ComtradeImportOptions.IncludeSubsetFlows</c>).
    /// </summary>
    SubsetFlow = 1,

    /// <summary>
    /// A record outside the question it was read for (<see cref="TradeSourceOptions.Question"/>): another period, reporter
    /// or flow. Never counted when no question is given.
    /// </summary>
    OutsideQuestion = 2,
}
