namespace AseanMinerals.Comtrade;

/// <summary>Why a row that was read well was not yielded as a record: adding it to the records would count dollars twice.</summary>
public enum ComtradeSetAsideReason
{
    /// <summary>
    /// A breakdown of an aggregate row: by second partner (not <c>0</c>), by customs procedure (not <c>C00</c>) or by mode
    /// of transport (not <c>0</c>). Yielded when <see cref="ComtradeImportOptions.IncludeBreakdowns"/> is set.
    /// </summary>
    Breakdown = 0,

    /// <summary>
    /// A flow that is part of another (re-exports, domestic exports, re-imports, foreign imports, processing flows).
    /// Yielded when <see cref="ComtradeImportOptions.IncludeSubsetFlows"/> is set.
    /// </summary>
    SubsetFlow = 1,
}
