using System.Runtime.CompilerServices;
using System.Threading.Channels;
using AseanMinerals.Core.Trade;
using AseanMinerals.Core.TradeSources;

namespace AseanMinerals.Cli.Input;

/// <summary>
/// A file read on a thread of its own while the file before it is handed out: its records wait in a bounded queue of
/// batches (memory holds at most a few batches, not the file), and come out in order, each with its line, once their
/// turn comes. A failure of the reading is handed on at the place it happened, after the records before it.
/// </summary>
internal sealed class FileReadAhead : IAsyncDisposable
{
    private const int BatchSize = 4096;
    private readonly Channel<(TradeRecord[] Records, long[] Lines, int Count)> _batches =
        Channel.CreateBounded<(TradeRecord[], long[], int)>(new BoundedChannelOptions(16) { SingleReader = true, SingleWriter = true });

    private readonly Task _reading;

    public FileReadAhead(string path, ITradeRecordSource source, CancellationToken cancellationToken)
    {
        Source = source;
        _reading = Task.Run(() => ReadAllAsync(path, cancellationToken), cancellationToken);
    }

    /// <summary>The file's source: its summary is complete once <see cref="ReadAsync"/> has ended.</summary>
    public ITradeRecordSource Source { get; }

    /// <summary>The records with their lines, in file order.</summary>
    public async IAsyncEnumerable<(TradeRecord Record, long Line)> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var reader = _batches.Reader;
        while (await WaitAsync(reader, cancellationToken).ConfigureAwait(false))
        {
            while (reader.TryRead(out var batch))
            {
                for (var i = 0; i < batch.Count; i++)
                {
                    yield return (batch.Records[i], batch.Lines[i]);
                }
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _reading.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // read ahead and no longer wanted
        }
    }

    // The failure the reading completed the queue with, thrown as it was (a validation error, a file that cannot be read).
    private static async ValueTask<bool> WaitAsync(ChannelReader<(TradeRecord[], long[], int)> reader, CancellationToken cancellationToken)
    {
        try
        {
            return await reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (ChannelClosedException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerException);
            throw;
        }
    }

    private async Task ReadAllAsync(string path, CancellationToken cancellationToken)
    {
        Exception? failure = null;
        try
        {
            var enumerator = Source.GetAsyncEnumerator(cancellationToken);
            await using (enumerator.ConfigureAwait(false))
            {
                var records = new TradeRecord[BatchSize];
                var lines = new long[BatchSize];
                var count = 0;
                while (await TradeFiles.MoveNextAsync(path, enumerator).ConfigureAwait(false))
                {
                    records[count] = enumerator.Current;
                    lines[count++] = Source.CurrentLine;
                    if (count == BatchSize)
                    {
                        await _batches.Writer.WriteAsync((records, lines, count), cancellationToken).ConfigureAwait(false);
                        (records, lines, count) = (new TradeRecord[BatchSize], new long[BatchSize], 0);
                    }
                }

                if (count > 0)
                {
                    await _batches.Writer.WriteAsync((records, lines, count), cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (Exception e)
        {
            failure = e;
        }
        finally
        {
            _batches.Writer.TryComplete(failure);
        }
    }
}
