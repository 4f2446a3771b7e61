using System.Runtime.CompilerServices;
using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Serialization;
using AseanMinerals.Core.Trade;
using AseanMinerals.Core.TradeSources.Internal;
using AseanMinerals.Core.Validation;

namespace AseanMinerals.Core.TradeSources;

/// <summary>
/// A large file read on several threads: split at line feeds into parts, each part read by the format's own reader (with
/// the file's header line, for CSV), the records handed out in file order, and one summary for the file, as one reader of
/// the whole file gives it: every row accounted for, every issue on its line of the file.
/// </summary>
/// <remarks>
/// <para>
/// A gzip file cannot be split (its bytes can only be decompressed from the start): it is read on one thread, as is a file
/// too small to be worth splitting and any input that is not made of lines (a JSON document). <see cref="PartsRead"/> says
/// how many parts the last reading had.
/// </para>
/// <para>
/// CSV fields may hold line feeds inside quotes, so a split may fall inside a row. Each part counts its double quotes: a
/// part that ends inside a quoted field (an odd count) is read again from its start to the end of the file, on one
/// thread, so that no row is ever cut; the records and the summary are those of a reading on one thread either way.
/// </para>
/// <para>
/// Memory holds the records of the parts read ahead (a few parts per thread, each of at most 32 MiB of the file), not the file.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var source = ParallelTradeSource.OpenJsonLines("trade.jsonl");
/// await foreach (var record in source) { ... }            // in file order
/// Console.WriteLine(source.Summary);                       // one account of every line of the file
/// </code>
/// </example>
public sealed class ParallelTradeSource : ITradeRecordSource
{
    private const int DefaultPartBytes = 32 << 20;
    private const int PeekLength = 1 << 16;

    private readonly string _path;
    private readonly TradeSourceOptions _options;
    private readonly TradeSourceSplit _split;
    private readonly int _partBytes;
    private readonly List<SummaryMerge.Part> _parts = [];
    private bool _complete;
    private ITradeRecordSource? _single;

    // The lists of parts handed out, for the parts read next: a file's records need only a window's worth of lists.
    private readonly System.Collections.Concurrent.ConcurrentBag<RecordList> _spareLists = [];

    // The options of the reading under way: the source's, with the question of a cube built from it (BuildAsync).
    private TradeSourceOptions _reading;

    internal ParallelTradeSource(string path, TradeSourceOptions options, int threads, TradeSourceSplit split, int partBytes = DefaultPartBytes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(threads);
        _path = path;
        _options = options;
        _reading = options;
        _split = split;
        _partBytes = partBytes;
        SourceName = options.SourceName ?? path;
        Threads = threads == 0 ? Environment.ProcessorCount : threads;
    }

    /// <inheritdoc />
    public string SourceName { get; }

    /// <summary>How many threads read parts at once: the number given, or every core for 0.</summary>
    public int Threads { get; }

    /// <summary>How many parts the reading so far has read: 1 for a file read on one thread (gzip, small, a JSON document, a split inside quotes).</summary>
    public int PartsRead
    {
        get
        {
            if (_single is not null)
            {
                return 1;
            }

            lock (_parts)
            {
                return _parts.Count;
            }
        }
    }

    /// <inheritdoc />
    public TradeSourceSummary Summary
    {
        get
        {
            if (_single is { } single)
            {
                return single.Summary;
            }

            lock (_parts)
            {
                return SummaryMerge.Merge(SourceName, _split.Format, _parts, _complete, _split, _options.MaxIssues);
            }
        }
    }

    /// <inheritdoc />
    public long CurrentLine { get; private set; }

    /// <summary>The question the source was opened with (<see cref="TradeSourceOptions.Question"/>); null when none.</summary>
    internal TradeCubeFilter? Question => _options.Question;

    /// <summary>
    /// Prepares the reading of a JSON Lines file (<c>.jsonl</c>, <c>.ndjson</c>, or either gzip-compressed, which is read on
    /// one thread) on several threads, with the reader of <see cref="AseanMineralsJson.OpenTradeRecordLines"/>.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Stop at the first invalid line (the default) or collect them, the limits; the source name defaults to the path.</param>
    /// <param name="threads">How many threads read parts at once; 0 (the default) for every core.</param>
    /// <returns>The source: enumerate it, then look at its summary.</returns>
    /// <exception cref="ArgumentException">The path is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The number of threads is negative.</exception>
    public static ParallelTradeSource OpenJsonLines(string path, TradeSourceOptions? options = null, int threads = 0) =>
        new(path, options ?? TradeSourceOptions.Default, threads, JsonLinesSplit);

    // A line feed in JSON Lines always ends a line (one inside a string is written \n), and there is no header.
    internal static TradeSourceSplit JsonLinesSplit { get; } = new(
        TradeRecordJsonLinesReader.FormatName,
        static (stream, name, options) => AseanMineralsJson.ReadTradeRecordLines(stream, options with { SourceName = name }),
        static _ => true,
        HasHeader: false,
        QuotedLineFeeds: false,
        new HashSet<string>(StringComparer.Ordinal),
        new Dictionary<string, string>(StringComparer.Ordinal));

    /// <inheritdoc />
    public async IAsyncEnumerator<TradeRecord> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        var plan = Start(_options);
        if (plan.Whole is { } whole)
        {
            // One part: the format's reader streams the file on this thread, with its progress, holding no records back.
            await using (whole.ConfigureAwait(false))
            {
                var source = _split.OpenPart(whole, SourceName, _reading);
                _single = source;
                await foreach (var record in source.WithCancellation(cancellationToken).ConfigureAwait(false))
                {
                    CurrentLine = source.CurrentLine;
                    yield return record;
                }
            }

            yield break;
        }

        await foreach (var (part, offset) in PartsInOrder(plan, NewRecordList, cancellationToken).ConfigureAwait(false))
        {
            var list = (RecordList)part.Sink;
            for (var i = 0; i < list.Records.Count; i++)
            {
                CurrentLine = list.Lines[i] + offset;
                yield return list.Records[i];
            }

            list.Records.Clear();
            list.Lines.Clear();
            _spareLists.Add(list);
        }
    }

    /// <summary>
    /// Reads the file into a cube builder for a question (the question-first path): each part's reader, given the question,
    /// sets aside the rows outside it and feeds a filtered builder of its own on its thread; the builders are merged in
    /// file order. No record is held in a list; the summary is the one an enumeration gives.
    /// </summary>
    /// <param name="newBuilder">Makes an empty builder (with the question as its filter).</param>
    /// <param name="question">The question pushed down to the readers; null keeps the source's own (if any).</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The builder holding every record of the file that the question keeps.</returns>
    internal async Task<TradeCubeBuilder> BuildAsync(Func<TradeCubeBuilder> newBuilder, TradeCubeFilter? question, CancellationToken cancellationToken)
    {
        var plan = Start(question is null ? _options : _options with { Question = question });
        var cube = newBuilder();
        if (plan.Whole is { } whole)
        {
            await using (whole.ConfigureAwait(false))
            {
                var source = _split.OpenPart(whole, SourceName, _reading);
                _single = source;
                await cube.AddRangeAsync(source, cancellationToken).ConfigureAwait(false);
            }

            return cube;
        }

        await foreach (var (part, _) in PartsInOrder(plan, _ => new CubePart(newBuilder()), cancellationToken).ConfigureAwait(false))
        {
            cube.Merge(((CubePart)part.Sink).Builder);
        }

        return cube;
    }

    // A new reading: the summary of the last one cleared, the options its parts are read with, where its parts are.
    private SplitPlan Start(TradeSourceOptions options)
    {
        lock (_parts)
        {
            _parts.Clear();
            _complete = false;
        }

        CurrentLine = 0;
        _single = null;
        _reading = options;
        return Plan();
    }

    // The parts read on the threads, handed on in file order with the offset of their line numbers in the file, each
    // part's summary added to the file's before it is handed on; a part's failure is thrown after its records.
    private async IAsyncEnumerable<(PartResult Part, long Offset)> PartsInOrder(
        SplitPlan plan, Func<FileRange, IPartSink> newSink, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reading = new Task<PartResult>?[plan.Ranges.Count];
        var started = 0;
        var firstLine = 1L; // of the part handed out next, in the file
        try
        {
            for (var k = 0; k < plan.Ranges.Count; k++)
            {
                // A few parts per thread ahead of the one handed out: the threads stay busy, memory stays bounded.
                for (; started < plan.Ranges.Count && started <= k + (2 * Threads); started++)
                {
                    var range = plan.Ranges[started];
                    // Fairly: first queued, first run. Queued from a pool thread, a plain Task.Run goes to that thread's own
                    // queue, last in first out, and the part handed out next would be read last.
                    reading[started] = Task.Factory.StartNew(() => ReadPart(plan, range, newSink(range), stop.Token), stop.Token, TaskCreationOptions.PreferFairness, TaskScheduler.Default);
                }

                var part = await reading[k]!.ConfigureAwait(false);
                reading[k] = null;
                var last = k == plan.Ranges.Count - 1;
                if (_split.QuotedLineFeeds && !last && (part.Quotes & 1) == 1)
                {
                    // The part ends inside a quoted field: its split was not at a row's end. Read the rest on one thread.
                    await stop.CancelAsync().ConfigureAwait(false);
                    await Drain(reading).ConfigureAwait(false);
                    var rest = plan.Ranges[k] with { End = plan.Length };
                    part = ReadPart(plan, rest, newSink(rest), cancellationToken);
                    last = true;
                }

                var offset = firstLine - plan.FirstLineOf(plan.Ranges[k]);
                lock (_parts)
                {
                    _parts.Add(new SummaryMerge.Part(part.Summary, offset, plan.Ranges[k].Start == 0 ? 0 : plan.Prefix.Length, part.Groups));
                }

                yield return (part, offset);
                if (part.Failure is ValidationException invalid)
                {
                    throw new ValidationException(new ValidationResult(invalid.Result.Issues.Select(issue => SummaryMerge.Shift(issue, offset))));
                }

                if (part.Failure is not null)
                {
                    System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(part.Failure);
                }

                _options.Progress?.Report(new TradeSourceProgress(Summary.RowsRead, plan.Ranges[k].End, plan.Length));
                firstLine += part.LineFeeds;
                if (last)
                {
                    break;
                }
            }

            lock (_parts)
            {
                _complete = true;
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await Drain(reading).ConfigureAwait(false);
        }
    }

    // A new part's lists start at about a record per 200 bytes (a Comtrade+ row takes some 330, a JSON line 140), so
    // that they grow once at most instead of doubling from empty.
    private RecordList NewRecordList(FileRange range) =>
        _spareLists.TryTake(out var spare) ? spare : new RecordList((int)Math.Min((range.End - range.Start) / 200, 1 << 20));

    private static async Task Drain(Task<PartResult>?[] reading)
    {
        for (var i = 0; i < reading.Length; i++)
        {
            if (reading[i] is { } task)
            {
                reading[i] = null;
                try
                {
                    await task.ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    // a part read ahead and no longer needed
                }
            }
        }
    }

    private PartResult ReadPart(SplitPlan plan, FileRange range, IPartSink sink, CancellationToken cancellationToken)
    {
        var prefix = range.Start == 0 ? [] : plan.Prefix;
        using var stream = new FileRangeStream(_path, prefix, range.Start, range.End, countQuotes: _split.QuotedLineFeeds);
        var source = _split.OpenPart(stream, SourceName, _reading with { Progress = null });
        Exception? failure = null;
        var enumerator = source.GetAsyncEnumerator(cancellationToken);
        try
        {
            // The part's stream completes its reads at once: the enumeration runs on this thread, without waiting.
            while (MoveNext(enumerator))
            {
                sink.Add(enumerator.Current, source.CurrentLine);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            failure = e; // handed on when the part's turn comes, after the records before it
        }
        finally
        {
            enumerator.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        stream.CountRest();
        return new PartResult(sink, source.Summary, failure, stream.LineFeeds, stream.Quotes, (source as IGroupedSource)?.Groups);
    }

    private static bool MoveNext(IAsyncEnumerator<TradeRecord> enumerator)
    {
        var next = enumerator.MoveNextAsync();
        return next.IsCompletedSuccessfully ? next.Result : next.AsTask().GetAwaiter().GetResult();
    }

    // Where the parts start and end: at line feeds, after the header; one part for what cannot or need not be split.
    private SplitPlan Plan()
    {
        // A pipe or device (/dev/stdin) is read as it comes: nothing of it is looked at twice.
        var stream = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        if (!stream.CanSeek || Threads == 1)
        {
            return SplitPlan.WholeFile(stream);
        }

        var file = stream.SafeFileHandle;
        var length = RandomAccess.GetLength(file);
        var start = new byte[(int)Math.Min(PeekLength, length)];
        var peeked = RandomAccess.Read(file, start, 0);
        var head = start.AsMemory(0, peeked);
        var whole = SplitPlan.WholeFile(stream);
        if (head.Span is [0x1F, 0x8B, ..] || !_split.CanSplit(head))
        {
            return whole; // gzip, or a document
        }

        var headerEnd = 0L;
        if (_split.HasHeader)
        {
            var end = LineEnd(head.Span, quoted: true);
            if (end < 0)
            {
                return whole; // the header is longer than the bytes looked at: let the reader say what is wrong
            }

            headerEnd = end;
        }

        // Parts of at least 1 MiB (or the size asked for, if smaller): a smaller file is read whole, without the cost of parts.
        var partBytes = Math.Max(Math.Min(_partBytes, 1 << 20), Math.Min(_partBytes, (length - headerEnd + Threads - 1) / Threads));
        var sameGroup = _split.GroupOf?.Invoke(head[..(int)headerEnd]);
        var ranges = new List<FileRange>();
        var from = 0L;
        var buffer = new byte[4096];
        for (var at = headerEnd + partBytes; at < length; at += partBytes)
        {
            var split = NextLineStart(file, Math.Max(at, from + 1), length, buffer);
            if (sameGroup is not null)
            {
                split = GroupEnd(file, split, length, sameGroup);
            }

            if (split >= length)
            {
                break;
            }

            if (split > from && split > headerEnd)
            {
                ranges.Add(new FileRange(from, split));
                from = split;
                at = Math.Max(at, split - 1);
            }
        }

        if (ranges.Count == 0)
        {
            return whole; // no line feed to split at: one part
        }

        ranges.Add(new FileRange(from, length));
        stream.Dispose();
        return new SplitPlan(length, head.Span[..(int)headerEnd].ToArray(), headerEnd > 0 ? 1 : 0, ranges, null);
    }

    // The offset just after the first line feed at or after a position (the file's length when there is none).
    private static long NextLineStart(Microsoft.Win32.SafeHandles.SafeFileHandle file, long position, long length, byte[] buffer)
    {
        while (position < length)
        {
            var read = RandomAccess.Read(file, buffer, position);
            if (read == 0)
            {
                return length;
            }

            var feed = buffer.AsSpan(0, read).IndexOf((byte)'\n');
            if (feed >= 0)
            {
                return position + feed + 1;
            }

            position += read;
        }

        return length;
    }

    // The first line start at or after a split that does not cut a group: lines are compared with the one before the
    // split while they are of its group, within a window; a group longer than the window is cut (its check then sees two groups).
    private static long GroupEnd(Microsoft.Win32.SafeHandles.SafeFileHandle file, long split, long length, SameGroup sameGroup)
    {
        const int Window = 1 << 16;
        const long MostLines = 1 << 20;
        if (split >= length)
        {
            return split;
        }

        var before = new byte[(int)Math.Min(Window, split)];
        var read = RandomAccess.Read(file, before, split - before.Length);
        var previousLine = before.AsSpan(0, read);
        previousLine = TrimLineEnd(previousLine);
        previousLine = previousLine[(previousLine.LastIndexOf((byte)'\n') + 1)..];
        var previous = previousLine.ToArray();

        // Lines are taken from a window of the file read once, read again from the next line when it runs out.
        var window = new byte[Window];
        var filled = 0;
        var at = 0;
        for (var lines = 0L; split < length && lines < MostLines; lines++)
        {
            var feed = window.AsSpan(at, filled - at).IndexOf((byte)'\n');
            if (feed < 0)
            {
                filled = RandomAccess.Read(file, window, split);
                at = 0;
                feed = window.AsSpan(0, filled).IndexOf((byte)'\n');
            }

            var rest = window.AsSpan(at, filled - at);
            var line = TrimLineEnd(feed < 0 ? rest : rest[..feed]);
            if (!sameGroup(previous, line))
            {
                return split;
            }

            if (feed < 0)
            {
                return filled < Window ? length : split; // the last line, or one longer than the window: split here
            }

            split += feed + 1;
            at += feed + 1;
        }

        return split;
    }

    private static Span<byte> TrimLineEnd(Span<byte> line)
    {
        if (line is [.., (byte)'\n'])
        {
            line = line[..^1];
        }

        return line is [.., (byte)'\r'] ? line[..^1] : line;
    }

    // The length of the first line with its line feed, quotes followed (a header's quoted name may hold one); -1 if none.
    private static int LineEnd(ReadOnlySpan<byte> bytes, bool quoted)
    {
        var inQuotes = false;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (quoted && bytes[i] == (byte)'"')
            {
                inQuotes = !inQuotes;
            }
            else if (bytes[i] == (byte)'\n' && !inQuotes)
            {
                return i + 1;
            }
        }

        return -1;
    }

    private readonly record struct FileRange(long Start, long End);

    // Either parts of the file, or the whole file to read as one stream (Whole).
    private sealed record SplitPlan(long Length, byte[] Prefix, int PrefixLineFeeds, IReadOnlyList<FileRange> Ranges, Stream? Whole)
    {
        public static SplitPlan WholeFile(Stream stream) => new(0, [], 0, [], stream);

        // The line a part's reader gives the part's first line: 1, or 2 after a header line.
        public long FirstLineOf(FileRange range) => range.Start == 0 ? 1 : 1 + PrefixLineFeeds;
    }

    private sealed record PartResult(IPartSink Sink, TradeSourceSummary Summary, Exception? Failure, long LineFeeds, long Quotes, IReadOnlyList<(int Group, long Line)>? Groups);

    // Where a part's reader puts its records: a list to hand out in file order, or a cube builder of the part's own.
    private interface IPartSink
    {
        void Add(in TradeRecord record, long line);
    }

    private sealed class RecordList(int capacity) : IPartSink
    {
        public List<TradeRecord> Records { get; } = new(capacity);

        public List<long> Lines { get; } = new(capacity);

        public void Add(in TradeRecord record, long line)
        {
            Records.Add(record);
            Lines.Add(line);
        }
    }

    private sealed class CubePart(TradeCubeBuilder builder) : IPartSink
    {
        public TradeCubeBuilder Builder => builder;

        public void Add(in TradeRecord record, long line) => builder.Add(in record);
    }
}
