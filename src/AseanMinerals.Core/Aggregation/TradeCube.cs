using System.Runtime.InteropServices;
using AseanMinerals.Core.Classification;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Serialization;
using AseanMinerals.Core.Trade;
using AseanMinerals.Core.TradeSources;
using AseanMinerals.Core.Validation;

namespace AseanMinerals.Core.Aggregation;

/// <summary>
/// The aggregate of trade records that every figure is a query on: exact sums of US dollar values keyed by period,
/// reporter, partner, flow and commodity cell (a group of the classification, or <c>TOTAL</c>), built in one pass.
/// Immutable. Cubes of disjoint batches merge into the cube of their union (associative and commutative), so the same
/// code serves a sequence, an async stream, parallel partitions and partial results computed elsewhere.
/// </summary>
/// <remarks>
/// What a total includes: only the flows <see cref="TradeFlow.Import"/> and <see cref="TradeFlow.Export"/>; subset flows
/// (re-exports, re-imports, domestic exports, foreign imports, processing flows) are kept in cells of their own and never
/// added to them. Breakdown records (<see cref="TradeRecord.IsBreakdown"/>) are set aside and counted, never added.
/// Over partners, a total is either the World rows or the sum of the partners (<see cref="PartnerBasis"/>); over
/// commodities, either the <c>TOTAL</c> rows or the sum of the commodity rows at one HS level (<see cref="TotalBasis"/>);
/// the two are never added together, and every result says which it used.
/// </remarks>
public sealed partial class TradeCube : IEquatable<TradeCube>
{
    // The cells, grouped by period and reporter (a bucket each, in key order of the two): see TradeCube.Index.cs.
    private readonly ulong[] _keys;
    private readonly CellSum[] _sums;
    private readonly int[] _records;
    private readonly HsCodeLevels[] _levels;
    private readonly Dictionary<int, ExactTotal> _spilledSums = []; // by cell position: the sums beyond 96 bits
    private readonly Dictionary<int, (int First, int Count)> _periods = []; // the buckets of each period
    private readonly int[] _bucketReporters;
    private readonly int[] _bucketStarts; // one more than the buckets: bucket b is [_bucketStarts[b], _bucketStarts[b + 1])
    private readonly BucketIndex?[] _bucketIndexes;
    private readonly TradeCubeFilter.Compiled? _filter;

    internal TradeCube(CommodityClassifier classifier, IReadOnlyList<CubeTable> tables, TradeCubeStatistics statistics, TradeCubeFilter.Compiled? filter = null)
    {
        Classifier = classifier;
        _filter = filter;
        var n = tables.Sum(static t => t.Count);
        Statistics = statistics with { Cells = n };

        // A counting sort of the cells straight from the tables into place, by period and reporter, so that a query reads
        // only its own reporters' cells of its period. First each cell's bucket, in table order, then the bucket starts.
        var bucketOfCell = new int[n];
        var ordinals = new Dictionary<int, int>();
        var counts = new List<int>();
        var c = 0;
        foreach (var table in tables)
        {
            for (var slot = 0; slot < table.Capacity; slot++)
            {
                if (table.TryGetKey(slot, out var key))
                {
                    ref var ordinal = ref CollectionsMarshal.GetValueRefOrAddDefault(ordinals, BucketOf(key), out var exists);
                    if (!exists)
                    {
                        ordinal = counts.Count;
                        counts.Add(0);
                    }

                    CollectionsMarshal.AsSpan(counts)[ordinal]++;
                    bucketOfCell[c++] = ordinal;
                }
            }
        }

        var buckets = ordinals.Keys.Order().ToArray();
        var next = new int[buckets.Length];
        _bucketReporters = new int[buckets.Length];
        _bucketStarts = new int[buckets.Length + 1];
        _bucketIndexes = new BucketIndex?[buckets.Length];
        var start = 0;
        for (var b = 0; b < buckets.Length; b++)
        {
            var ordinal = ordinals[buckets[b]];
            (_bucketReporters[b], _bucketStarts[b], next[ordinal]) = (buckets[b] & 0x3FF, start, start);
            start += counts[ordinal];
            ref var period = ref CollectionsMarshal.GetValueRefOrAddDefault(_periods, buckets[b] >> 10, out var seen);
            period = seen ? (period.First, period.Count + 1) : (b, 1);
        }

        _bucketStarts[buckets.Length] = n;
        _keys = new ulong[n];
        _sums = new CellSum[n];
        _records = new int[n];
        _levels = new HsCodeLevels[n];
        c = 0;
        foreach (var table in tables)
        {
            for (var slot = 0; slot < table.Capacity; slot++)
            {
                if (table.TryGetKey(slot, out var key))
                {
                    var at = next[bucketOfCell[c++]]++;
                    _keys[at] = key;
                    _sums[at] = table.Read(slot, out _records[at], out _levels[at], out var spilled);
                    if (_sums[at].IsSpilled)
                    {
                        _spilledSums[at] = spilled;
                    }
                }
            }
        }
    }

    /// <summary>The classifier whose cells key the commodities.</summary>
    public CommodityClassifier Classifier { get; }

    /// <summary>How the input was accounted for.</summary>
    public TradeCubeStatistics Statistics { get; }

    /// <summary>The question the cube was built for (its figures outside it are absent, with the reason); null for a whole cube.</summary>
    public TradeCubeFilter? BuiltFor => _filter?.Filter;

    /// <summary>The periods the cube holds, in order.</summary>
    public IReadOnlyList<TradePeriod> Periods => [.. _periods.Keys.Order().Select(CubeKey.PeriodOf)];

    /// <summary>
    /// The reporters with rows in a period, in code order: which areas report, without reading a value (a cell's sum
    /// beyond a decimal's range cannot be given as a <see cref="TradeCubeCell"/>, yet its reporter is known).
    /// </summary>
    /// <param name="period">The period.</param>
    /// <returns>The reporters.</returns>
    public IReadOnlyList<AreaCode> ReportersIn(TradePeriod period) => AreasIn(period, static k => CubeKey.Reporter(k));

    /// <summary>The partners (the World included) of rows in a period, in code order, without reading a value.</summary>
    /// <param name="period">The period.</param>
    /// <returns>The partners.</returns>
    public IReadOnlyList<AreaCode> PartnersIn(TradePeriod period) => AreasIn(period, static k => CubeKey.Partner(k));

    /// <summary>Every cell, ordered by period, reporter, partner, flow and commodity cell.</summary>
    /// <exception cref="ValidationException">
    /// A cell's sum is beyond a decimal's range (AMC4007, naming the cell): the cube holds it exactly, but a
    /// <see cref="TradeCubeCell"/> gives its value as a decimal.
    /// </exception>
    public IEnumerable<TradeCubeCell> Cells =>
        Enumerable.Range(0, _keys.Length).OrderBy(i => _keys[i]).Select(i => new TradeCubeCell(
            CubeKey.PeriodOf(CubeKey.Period(_keys[i])),
            new AreaCode(CubeKey.Reporter(_keys[i])),
            new AreaCode(CubeKey.Partner(_keys[i])),
            (TradeFlow)CubeKey.Flow(_keys[i]),
            CubeKey.Cell(_keys[i]),
            SumAt(i).TryToDecimal(out var value) ? value : throw CellBeyondRange(i),
            _records[i],
            _levels[i]));

    // A cell whose exact sum no decimal holds: a user's data (values near 7.9e28 added up), not a fault of the library.
    private ValidationException CellBeyondRange(int i)
    {
        var key = _keys[i];
        var cell = $"{CubeKey.PeriodOf(CubeKey.Period(key))} {new AreaCode(CubeKey.Reporter(key))}->{new AreaCode(CubeKey.Partner(key))} {(TradeFlow)CubeKey.Flow(key)} {Classifier.Cells[CubeKey.Cell(key)]}";
        return new ValidationException(new ValidationResult([JsonRules.ValueOutOfRange.At(
            "value", $"The cell {cell} sums to {SumAt(i)}, beyond the range of a decimal number (about 7.9e28): a cell is given as a decimal, so this cube cannot be written or listed cell by cell; its figures are absent with that reason.")]));
    }

    private List<AreaCode> AreasIn(TradePeriod period, Func<ulong, int> area)
    {
        var code = CubeKey.PeriodCode(period);
        return [.. _keys.Where(k => CubeKey.Period(k) == code).Select(area).Distinct().Order().Select(static a => new AreaCode(a))];
    }

    /// <summary>Builds the cube of a sequence of records in one pass, with the library's minerals classification.</summary>
    /// <param name="records">The records.</param>
    /// <returns>The cube.</returns>
    /// <exception cref="Validation.ValidationException">A record has a negative value (AMC2001: a cube adds trade values).</exception>
    public static TradeCube Build(IEnumerable<TradeRecord> records) => Build(records, MineralsClassification.DefaultClassifier);

    /// <summary>Builds the cube of a sequence of records in one pass.</summary>
    /// <param name="records">The records.</param>
    /// <param name="classifier">The classifier whose cells key the commodities.</param>
    /// <returns>The cube.</returns>
    /// <exception cref="Validation.ValidationException">A record has a negative value (AMC2001: a cube adds trade values).</exception>
    public static TradeCube Build(IEnumerable<TradeRecord> records, CommodityClassifier classifier)
    {
        var builder = new TradeCubeBuilder(classifier);
        builder.AddRange(records);
        return builder.ToCube();
    }

    /// <summary>Builds the cube of records in memory in one pass.</summary>
    /// <param name="records">The records.</param>
    /// <param name="classifier">The classifier (<see cref="MineralsClassification.DefaultClassifier"/> for the library's).</param>
    /// <returns>The cube.</returns>
    /// <exception cref="Validation.ValidationException">A record has a negative value (AMC2001: a cube adds trade values).</exception>
    public static TradeCube Build(ReadOnlySpan<TradeRecord> records, CommodityClassifier classifier)
    {
        var builder = new TradeCubeBuilder(classifier);
        builder.AddRange(records);
        return builder.ToCube();
    }

    /// <summary>Builds the cube of the records in memory that one question needs (the question-first path), in one pass.</summary>
    /// <param name="records">The records.</param>
    /// <param name="classifier">The classifier (<see cref="MineralsClassification.DefaultClassifier"/> for the library's).</param>
    /// <param name="filter">The records kept; the others are counted and dropped before they are hashed.</param>
    /// <returns>The cube, whose figures inside the filter equal the whole cube's.</returns>
    /// <exception cref="Validation.ValidationException">A record has a negative value (AMC2001: a cube adds trade values).</exception>
    public static TradeCube Build(ReadOnlySpan<TradeRecord> records, CommodityClassifier classifier, TradeCubeFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var builder = new TradeCubeBuilder(classifier) { Filter = filter };
        builder.AddRange(records);
        return builder.ToCube();
    }

    /// <summary>
    /// Builds the cube of an asynchronous stream of records, equal to the one-pass cube whatever the number of threads. The
    /// stream is read in order on the calling thread (so whatever it does as it goes, such as a duplicate guard naming
    /// places, sees the records in order). With one thread (the default) the records are added there too; with more, they
    /// are added in batches by builders on other threads: without a filter each keeps its own part of the key space, as
    /// <see cref="BuildParallel"/> does; with one, the small builders are merged.
    /// </summary>
    /// <param name="records">The records.</param>
    /// <param name="classifier">The classifier; the library's minerals classification when null.</param>
    /// <param name="filter">The records kept (see <see cref="TradeCubeFilter"/>); every record when null.</param>
    /// <param name="threads">How many threads add records: 1 (the default) adds them on the calling thread; 0 uses the processor count.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The cube.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The number of threads is negative.</exception>
    /// <exception cref="Validation.ValidationException">A record has a negative value (AMC2001: a cube adds trade values).</exception>
    public static Task<TradeCube> BuildAsync(
        IAsyncEnumerable<TradeRecord> records, CommodityClassifier? classifier = null, TradeCubeFilter? filter = null, int threads = 1, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentOutOfRangeException.ThrowIfNegative(threads);
        return StreamedParallelBuild.BuildAsync(
            records, classifier ?? MineralsClassification.DefaultClassifier, filter, threads > 0 ? threads : Environment.ProcessorCount, cancellationToken);
    }

    /// <summary>
    /// Builds the cube a question needs straight from a trade source (the question-first path): the records outside the
    /// question are dropped before they are hashed, and a <see cref="ParallelTradeSource"/> reads its parts on every thread,
    /// each part's reader given the question (a row outside it is set aside as soon as its period, reporter and flow are
    /// read) and feeding a filtered builder of its own; the builders are then merged. No list of the records is made.
    /// The source's <see cref="ITradeRecordSource.Summary"/> accounts for every row afterwards, the rows outside the
    /// question among those set aside (<see cref="TradeSetAsideReason.OutsideQuestion"/>).
    /// </summary>
    /// <param name="source">
    /// The source. Open it without a question, or with this one: a source opened with a narrower question than
    /// <paramref name="question"/> would leave out records the cube claims to hold.
    /// </param>
    /// <param name="question">
    /// The records kept (see <see cref="TradeCubeFilter"/>): the cube's figures inside it equal the whole cube's, a figure
    /// outside it is absent (<see cref="FigureAbsenceKind.OutsideFilter"/>); null builds the whole cube (of a
    /// <see cref="ParallelTradeSource"/>, with its own question, if it has one).
    /// </param>
    /// <param name="classifier">The classifier; the library's minerals classification when null.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The cube, built for <paramref name="question"/> (<see cref="BuiltFor"/>).</returns>
    /// <exception cref="ArgumentException">
    /// A <see cref="ParallelTradeSource"/> was opened with another question, or, for a whole cube, any source set rows aside
    /// outside a question it was opened with.
    /// </exception>
    /// <exception cref="Validation.ValidationException">The source stops at an invalid row (every trade reader refuses a negative value, AMC2001).</exception>
    public static async Task<TradeCube> BuildFromSourceAsync(
        ITradeRecordSource source, TradeCubeFilter? question = null, CommodityClassifier? classifier = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        classifier ??= MineralsClassification.DefaultClassifier;
        if (source is ParallelTradeSource parallel)
        {
            if (question is not null && parallel.Question is { } own && !own.Equals(question))
            {
                throw new ArgumentException($"The source '{parallel.SourceName}' was opened for another question ({own}) than the cube's ({question}).", nameof(question));
            }

            question ??= parallel.Question;
            var built = await parallel.BuildAsync(() => new TradeCubeBuilder(classifier) { Filter = question }, question, cancellationToken).ConfigureAwait(false);
            return built.ToCube();
        }

        var builder = new TradeCubeBuilder(classifier) { Filter = question };
        await builder.AddRangeAsync(source, cancellationToken).ConfigureAwait(false);
        if (question is null && source.Summary.SetAsideByReason.GetValueOrDefault(TradeSetAsideReason.OutsideQuestion) is > 0 and var outside)
        {
            // A whole cube of a source that left rows out for a question would give 0 where it cannot tell.
            throw new ArgumentException($"The source '{source.SourceName}' was opened for a question and set aside {outside:N0} rows outside it: build the cube for that question.", nameof(question));
        }

        return builder.ToCube();
    }

    /// <summary>
    /// Builds the cube of records in memory on several threads. Without a filter, each thread reads every record but keeps
    /// only the cells of its own part of the key space, so its table is a fraction of the whole (the build waits on the
    /// table's cache misses far more than on reading records) and the parts need no merging: measured faster than slices
    /// of the records with a merge, whose tables are each as large as the whole. With a filter (the question-first path,
    /// few cells) each thread adds its own slice of the records instead, and the small builders are merged.
    /// </summary>
    /// <param name="records">The records.</param>
    /// <param name="classifier">The classifier; the library's minerals classification when null.</param>
    /// <param name="partitions">How many threads; when 0, the processor count (one for small inputs).</param>
    /// <param name="filter">The records kept (see <see cref="TradeCubeFilter"/>); every record when null.</param>
    /// <returns>The cube, equal to the one-pass cube.</returns>
    /// <exception cref="Validation.ValidationException">A record has a negative value (AMC2001: a cube adds trade values).</exception>
    public static TradeCube BuildParallel(ReadOnlyMemory<TradeRecord> records, CommodityClassifier? classifier = null, int partitions = 0, TradeCubeFilter? filter = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(partitions);
        classifier ??= MineralsClassification.DefaultClassifier;
        var count = partitions > 0 ? partitions : Math.Min(Environment.ProcessorCount, (records.Length / 65_536) + 1);
        var builders = new TradeCubeBuilder[count];
        if (filter is null && count > 1)
        {
            Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = count }, part =>
            {
                var builder = new TradeCubeBuilder(classifier);
                builder.AddPartition(records.Span, part, count);
                builders[part] = builder;
            });

            return TradeCubeBuilder.ToCube(builders);
        }

        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = count }, part =>
        {
            var (start, end) = ((int)((long)records.Length * part / count), (int)((long)records.Length * (part + 1) / count));
            var builder = new TradeCubeBuilder(classifier) { Filter = filter };
            builder.AddRange(records.Span[start..end]);
            builders[part] = builder;
        });

        return count == 1 ? builders[0].ToCube() : TradeCubeBuilder.MergeInParallel(builders);
    }

    /// <summary>Makes a cube from cells computed elsewhere (for example read from JSON).</summary>
    /// <param name="cells">The cells; cells with the same key are added.</param>
    /// <param name="classifier">The classifier the cells were computed with; the library's minerals classification when null.</param>
    /// <returns>The cube.</returns>
    public static TradeCube FromCells(IEnumerable<TradeCubeCell> cells, CommodityClassifier? classifier = null)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var builder = new TradeCubeBuilder(classifier);
        foreach (var cell in cells)
        {
            if (cell.Commodity < 0 || cell.Commodity >= builder.Classifier.Cells.Count)
            {
                throw new ArgumentException($"The cell {cell} names commodity cell {cell.Commodity}; the classifier has {builder.Classifier.Cells.Count}.", nameof(cells));
            }

            builder.AddCell(cell);
        }

        return builder.ToCube();
    }

    /// <summary>The cube of the union of two disjoint batches: this cube's and another's.</summary>
    /// <param name="other">The other cube, built with the same classification.</param>
    /// <returns>The merged cube; neither input changes.</returns>
    /// <exception cref="ArgumentException">The cubes use different classifications or were built for different questions (<see cref="BuiltFor"/>).</exception>
    public TradeCube Merge(TradeCube other)
    {
        var builder = new TradeCubeBuilder(Classifier, _keys.Length + (other?._keys.Length ?? 0)) { Filter = BuiltFor };
        builder.Merge(this);
        builder.Merge(other!);
        return builder.ToCube();
    }

    /// <summary>Whether two cubes hold the same cells with the same sums and accounted for the same input.</summary>
    /// <param name="other">The other cube.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(TradeCube? other)
    {
        if (other is null || Statistics != other.Statistics || !Equals(Classifier.Classification, other.Classifier.Classification) || !Equals(BuiltFor, other.BuiltFor))
        {
            return false;
        }

        var mine = Cells.ToList();
        var theirs = other.Cells.ToList();
        return mine.SequenceEqual(theirs);
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TradeCube);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Statistics, _keys.Length);

    /// <inheritdoc />
    public override string ToString() => $"Trade cube: {Periods.Count} periods, {Statistics}";

    internal void AddTo(CubeTable table)
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            table.Add(_keys[i], SumAt(i), _records[i], _levels[i]);
        }
    }
}
