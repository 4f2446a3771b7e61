using AseanMinerals.Comtrade.Reading;
using AseanMinerals.Core.Trade;
using AseanMinerals.Core.Validation;

namespace AseanMinerals.Comtrade;

/// <summary>
/// One UN Comtrade file being read: enumerate it (<c>await foreach</c>) for its trade records, streamed in constant
/// memory, then read <see cref="Summary"/> for what became of every row. Made by <see cref="ComtradeFile.Open"/> or <see cref="ComtradeFile.OpenStream"/>.
/// </summary>
/// <remarks>
/// A rejected row stops the enumeration with a <see cref="ValidationException"/> naming its line and rule, unless the
/// options say <see cref="ComtradeErrorHandling.CollectAndContinue"/>. A file that cannot be read at all (unknown format,
/// missing column, broken JSON, an error reported by the API) always stops it. Either way <see cref="Summary"/> tells
/// what was read up to there. An import of a file can be enumerated again (each time from the start, with a new
/// summary); an import of a stream can be enumerated once.
/// </remarks>
public sealed class ComtradeImport : IAsyncEnumerable<TradeRecord>
{
    private readonly Func<Stream> _open;
    private readonly bool _reopens;
    private readonly bool _leaveOpen;
    private ImportTally _tally;
    private int _enumerated;

    internal ComtradeImport(string source, ComtradeImportOptions options, Func<Stream> open, bool reopens, bool leaveOpen)
    {
        Source = source;
        Options = options;
        _open = open;
        _reopens = reopens;
        _leaveOpen = leaveOpen;
        _tally = new ImportTally(source, options);
    }

    /// <summary>The file or stream name, as issues name it.</summary>
    public string Source { get; }

    /// <summary>The options of the import.</summary>
    public ComtradeImportOptions Options { get; }

    /// <summary>
    /// What became of every row read so far: complete (<see cref="ComtradeImportSummary.IsComplete"/>) once the
    /// enumeration has ended. Each read takes a snapshot.
    /// </summary>
    public ComtradeImportSummary Summary => _tally.Snapshot();

    /// <summary>Starts reading the file.</summary>
    /// <param name="cancellationToken">Stops the import between two rows.</param>
    /// <returns>The enumerator of the records.</returns>
    /// <exception cref="InvalidOperationException">The import reads a stream that was already enumerated.</exception>
    public IAsyncEnumerator<TradeRecord> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _enumerated, 1) == 1 && !_reopens)
        {
            throw new InvalidOperationException($"The import of '{Source}' reads a stream, which can be read once; open the stream again for a new import.");
        }

        var tally = new ImportTally(Source, Options);
        _tally = tally;
        return new ImportEnumerator(_open, _leaveOpen, Options, tally, cancellationToken);
    }
}
