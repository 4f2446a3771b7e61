using AseanMinerals.Comtrade.Reading;
using AseanMinerals.Core.Trade;
using AseanMinerals.Core.TradeSources;
using AseanMinerals.Core.TradeSources.Internal;
using AseanMinerals.Core.Validation;

namespace AseanMinerals.Comtrade;

/// <summary>
/// One UN Comtrade file being read, as a trade source: enumerate it (<c>await foreach</c>) for its trade records,
/// streamed in constant memory, then read <see cref="Summary"/> for what became of every row. Made by
/// <see cref="ComtradeFile.Open"/> or <see cref="ComtradeFile.OpenStream"/>.
/// </summary>
/// <remarks>
/// A rejected row stops the enumeration with a <see cref="ValidationException"/> naming its line and rule, unless the
/// options say <see cref="InvalidRowHandling.Collect"/>. A file that cannot be read at all (unknown format, missing
/// column, broken JSON, an error reported by the API) always stops it. Either way <see cref="Summary"/> tells what was
/// read up to there. An import of a file can be enumerated again (each time from the start, with a new summary); an
/// import of a stream can be enumerated once.
/// </remarks>
public sealed class ComtradeImport : ITradeRecordSource, IGroupedSource
{
    private readonly Func<Stream> _open;
    private readonly bool _reopens;
    private readonly bool _leaveOpen;
    private TradeSourceTally _tally;
    private ImportEnumerator? _enumerator;
    private int _enumerated;

    internal ComtradeImport(string source, ComtradeImportOptions options, Func<Stream> open, bool reopens, bool leaveOpen)
    {
        SourceName = source;
        Options = options;
        _open = open;
        _reopens = reopens;
        _leaveOpen = leaveOpen;
        _tally = NewTally();
    }

    /// <inheritdoc />
    public string SourceName { get; }

    /// <summary>The options of the import.</summary>
    public ComtradeImportOptions Options { get; }

    /// <inheritdoc />
    public TradeSourceSummary Summary => _tally.Snapshot();

    /// <inheritdoc />
    public long CurrentLine => _tally.CurrentLine;

    /// <summary>Starts reading the file.</summary>
    /// <param name="cancellationToken">Stops the import between two rows.</param>
    /// <returns>The enumerator of the records.</returns>
    /// <exception cref="InvalidOperationException">The import reads a stream that was already enumerated.</exception>
    public IAsyncEnumerator<TradeRecord> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _enumerated, 1) == 1 && !_reopens)
        {
            throw new InvalidOperationException($"The import of '{SourceName}' reads a stream, which can be read once; open the stream again for a new import.");
        }

        var tally = NewTally();
        _tally = tally;
        var enumerator = new ImportEnumerator(_open, _leaveOpen, Options, tally, cancellationToken);
        _enumerator = enumerator;
        return enumerator;
    }

    /// <inheritdoc />
    IReadOnlyList<(int Group, long Line)> IGroupedSource.Groups => _enumerator?.Groups ?? [];

    private TradeSourceTally NewTally() => new(SourceName, Options.Format.ToString(), Options);
}
