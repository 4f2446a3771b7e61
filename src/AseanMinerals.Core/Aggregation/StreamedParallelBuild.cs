using System.Buffers;
using System.Runtime.ExceptionServices;
using System.Threading.Channels;
using AseanMinerals.Core.Classification;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Aggregation;

/// <summary>
/// The cube of a stream of records built on several threads (<see cref="TradeCube.BuildAsync"/>): the records are
/// taken in order on the caller's thread (whatever the stream does there, a duplicate guard for one, stays in order) and
/// handed on in batches to builders on other threads. Without a filter every builder sees every batch and keeps its own
/// part of the key space (as <see cref="TradeCube.BuildParallel"/> does in memory), so nothing is merged; with a filter
/// (few cells) each batch goes to one builder and the small builders are merged. Memory: a few batches per thread.
/// </summary>
internal static class StreamedParallelBuild
{
    private const int BatchSize = 8192;

    public static async Task<TradeCube> BuildAsync(
        IAsyncEnumerable<TradeRecord> records, CommodityClassifier classifier, TradeCubeFilter? filter, int threads, CancellationToken cancellationToken)
    {
        var builders = new TradeCubeBuilder[threads];
        for (var p = 0; p < threads; p++)
        {
            builders[p] = new TradeCubeBuilder(classifier) { Filter = filter };
        }

        if (threads == 1)
        {
            await builders[0].AddRangeAsync(records, cancellationToken).ConfigureAwait(false);
            return builders[0].ToCube();
        }

        var broadcast = filter is null;
        var channels = new Channel<Batch>[broadcast ? threads : 1];
        for (var c = 0; c < channels.Length; c++)
        {
            channels[c] = Channel.CreateBounded<Batch>(new BoundedChannelOptions(4) { SingleWriter = true, SingleReader = broadcast });
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var workers = new Task[threads];
        for (var p = 0; p < threads; p++)
        {
            var (part, reader) = (p, channels[broadcast ? p : 0].Reader);
            workers[p] = Task.Run(
                async () =>
                {
                    try
                    {
                        await foreach (var batch in reader.ReadAllAsync(stop.Token).ConfigureAwait(false))
                        {
                            if (broadcast)
                            {
                                builders[part].AddPartition(batch.Records, part, threads);
                            }
                            else
                            {
                                builders[part].AddRange(batch.Records);
                            }

                            batch.Release();
                        }
                    }
                    catch
                    {
                        await stop.CancelAsync().ConfigureAwait(false); // the reading stops too, and says why
                        throw;
                    }
                },
                CancellationToken.None);
        }

        try
        {
            var batch = new Batch(channels.Length);
            await foreach (var record in records.WithCancellation(stop.Token).ConfigureAwait(false))
            {
                if (batch.Add(record))
                {
                    await WriteAsync(channels, batch, stop.Token).ConfigureAwait(false);
                    batch = new Batch(channels.Length);
                }
            }

            await WriteAsync(channels, batch, stop.Token).ConfigureAwait(false);
            foreach (var channel in channels)
            {
                channel.Writer.Complete();
            }

            await Task.WhenAll(workers).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            // A failure of the reading (bad data, a duplicate refused) or of a builder: the other side stops, and the
            // builder's own exception wins over the cancellation it caused in the reading.
            await stop.CancelAsync().ConfigureAwait(false);
            foreach (var channel in channels)
            {
                channel.Writer.TryComplete();
            }

            await Task.WhenAll(workers).ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).ConfigureAwait(false);
            var failed = workers.FirstOrDefault(static w => w.IsFaulted && w.Exception!.InnerException is not OperationCanceledException);
            if (e is OperationCanceledException && failed is not null && !cancellationToken.IsCancellationRequested)
            {
                ExceptionDispatchInfo.Capture(failed.Exception!.InnerException!).Throw();
            }

            throw;
        }

        return broadcast ? TradeCubeBuilder.ToCube(builders) : TradeCubeBuilder.MergeInParallel(builders);
    }

    private static async ValueTask WriteAsync(Channel<Batch>[] channels, Batch batch, CancellationToken cancellationToken)
    {
        foreach (var channel in channels)
        {
            await channel.Writer.WriteAsync(batch, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Records handed on together, in a pooled array given back once every builder that reads them is done.</summary>
    private sealed class Batch(int readers)
    {
        private readonly TradeRecord[] _records = ArrayPool<TradeRecord>.Shared.Rent(BatchSize);
        private int _count;
        private int _readers = readers;

        public ReadOnlySpan<TradeRecord> Records => _records.AsSpan(0, _count);

        // True when full.
        public bool Add(in TradeRecord record)
        {
            _records[_count++] = record;
            return _count == BatchSize;
        }

        public void Release()
        {
            if (Interlocked.Decrement(ref _readers) == 0)
            {
                ArrayPool<TradeRecord>.Shared.Return(_records, clearArray: System.Runtime.CompilerServices.RuntimeHelpers.IsReferenceOrContainsReferences<TradeRecord>());
            }
        }
    }
}
