using AseanMinerals.Core.Trade;
using AseanMinerals.Core.Validation;

namespace AseanMinerals.Comtrade.Reading;

/// <summary>Rows of one file format, read one at a time and handed to the <see cref="RowMapper"/>.</summary>
internal interface IRowSource : IDisposable
{
    /// <summary>Where each field is in a row.</summary>
    ColumnMap Columns { get; }

    /// <summary>The 1-based line the current row starts on.</summary>
    long Line { get; }

    /// <summary>Moves to the next row (or blank line); false at the end of the input.</summary>
    /// <exception cref="ValidationException">The input is not well formed (AMC5012).</exception>
    ValueTask<bool> MoveNextAsync(CancellationToken cancellationToken);

    /// <summary>Maps the current row; null for a blank line, which is no row.</summary>
    RowOutcome? MapCurrent(RowMapper mapper, out TradeRecord record, out ValidationIssue? rejection);

    /// <summary>What the source has to say once the input is read (counts announced by an API response, ...).</summary>
    /// <exception cref="ValidationException">The input reports an error of its own (AMC5013) or holds no data (AMC5001).</exception>
    IEnumerable<ValidationIssue> Finish();
}
