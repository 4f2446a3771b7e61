using System.Runtime.CompilerServices;
using AseanMinerals.Core.Classification;
using AseanMinerals.Core.Internal;
using AseanMinerals.Core.Serialization;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Aggregation;

/// <summary>
/// A partial cube: the cells of a <see cref="TradeCube"/> built from part of the records (on another machine, from one
/// file or one partition), with what it read (its <see cref="Coverage"/>) and how the records were accounted for. Parts
/// are written to JSON (<see cref="AseanMineralsJson.Serialize(TradeCubePart)"/>) or Parquet (AseanMinerals.Parquet),
/// merged (<see cref="Merge"/>), and queried as a cube (<see cref="ToCube"/>): the merge of the parts of a record set is
/// the cube of the whole set, to the cent.
/// </summary>
/// <remarks>
/// <para>
/// The same trade is never added twice. Within a part, <see cref="Build"/> applies the duplicate rule with the library's
/// <see cref="DuplicateTradeGuard"/>. Across parts, cells cannot tell: a cell adds up the records of many trade keys (every
/// code of a group, every record of a partner), so a trade in two parts and two different trades look alike. What a merge
/// can see is the coverage: every trade key falls in one (period, reporter, partner, flow), so parts whose coverage is
/// disjoint cannot share a trade, and <see cref="Merge"/> refuses parts whose coverage overlaps
/// (<see cref="TradeCubePartOverlapException"/>). Split the records along those four columns (the Parquet partitions by
/// year and reporter do) and any split merges; a split inside one (period, reporter, partner, flow) is refused even when
/// its records differ, because that cannot be told from cells.
/// </para>
/// </remarks>
public sealed record TradeCubePart : ExtensibleRecord
{
    /// <summary>The schema version this library writes and fully understands.</summary>
    public const string CurrentSchemaVersion = "1.0";

    /// <summary>The version of the schema the document follows, <c>MAJOR.MINOR</c>.</summary>
    public string SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>The id of the commodity classification whose cells key the commodities (<see cref="CommodityClassification.Id"/>).</summary>
    public required string Classification { get; init; }

    /// <summary>The names of the parts merged into this one (a machine, a file), in merge order; one name for a part built from records.</summary>
    public required IReadOnlyList<string> Parts { get; init => field = ValueList.From(value); }

    /// <summary>How the records were accounted for: read = aggregated + breakdown rows set aside (duplicates left out are not read).</summary>
    public required TradeCubeStatistics Statistics { get; init; }

    /// <summary>Records left out as duplicates under <see cref="DuplicateTradeRule.KeepFirst"/>.</summary>
    public long DuplicatesLeftOut { get; init; }

    /// <summary>What the part read: each period, reporter, partner and flow with its number of records, in order.</summary>
    public required IReadOnlyList<TradeCubeCoverage> Coverage { get; init => field = ValueList.From(value); }

    /// <summary>The cells, ordered by period, reporter, partner, flow and commodity cell, each with its exact sum.</summary>
    public required IReadOnlyList<TradeCubeCell> Cells { get; init => field = ValueList.From(value); }

    /// <summary>Builds the part of some records: their cube's cells and their coverage, applying the duplicate rule among them.</summary>
    /// <param name="name">The part's name in messages (a machine, a file).</param>
    /// <param name="records">The records.</param>
    /// <param name="classifier">The classifier; the library's minerals classification when null.</param>
    /// <param name="duplicates">What to do with a record whose trade key an earlier one has.</param>
    /// <returns>The part.</returns>
    /// <exception cref="DuplicateTradeException">Two records have one key and <paramref name="duplicates"/> is <see cref="DuplicateTradeRule.Refuse"/>.</exception>
    public static TradeCubePart Build(string name, IEnumerable<TradeRecord> records, CommodityClassifier? classifier = null, DuplicateTradeRule duplicates = DuplicateTradeRule.Refuse)
    {
        ArgumentNullException.ThrowIfNull(records);
        var reading = new Reading(name, duplicates);
        return reading.ToPart(TradeCube.Build(reading.Admit(records), classifier ?? MineralsClassification.DefaultClassifier));
    }

    /// <summary>Builds the part of an asynchronous stream of records (see <see cref="Build"/>).</summary>
    /// <param name="name">The part's name in messages.</param>
    /// <param name="records">The records.</param>
    /// <param name="classifier">The classifier; the library's minerals classification when null.</param>
    /// <param name="duplicates">What to do with a record whose trade key an earlier one has.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The part.</returns>
    public static async Task<TradeCubePart> BuildAsync(
        string name, IAsyncEnumerable<TradeRecord> records, CommodityClassifier? classifier = null, DuplicateTradeRule duplicates = DuplicateTradeRule.Refuse, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        var reading = new Reading(name, duplicates);
        return reading.ToPart(await TradeCube.BuildAsync(reading.AdmitAsync(records, cancellationToken), classifier, cancellationToken: cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// Merges parts into one: cells with one key are added exactly, coverage and statistics are summed. Parts whose coverage
    /// overlaps are refused (see the remarks of <see cref="TradeCubePart"/>).
    /// </summary>
    /// <param name="parts">The parts, built with one classification.</param>
    /// <param name="classifier">The classifier they were built with; the library's minerals classification when null.</param>
    /// <returns>The merged part.</returns>
    /// <exception cref="TradeCubePartOverlapException">Two parts read records of the same period, reporter, partner and flow.</exception>
    /// <exception cref="ArgumentException">No part is given, a part is of another classification, or a part's cells or coverage are not its own (a commodity cell the classifier does not have, coverage named twice).</exception>
    public static TradeCubePart Merge(IEnumerable<TradeCubePart> parts, CommodityClassifier? classifier = null)
    {
        ArgumentNullException.ThrowIfNull(parts);
        classifier ??= MineralsClassification.DefaultClassifier;
        var list = parts.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("There is no part to merge.", nameof(parts));
        }

        var owners = new Dictionary<(TradePeriod, int, int, TradeFlow), (TradeCubeCoverage Coverage, string Part)>();
        foreach (var part in list)
        {
            ArgumentNullException.ThrowIfNull(part, nameof(parts));
            part.CheckClassification(classifier);
            var name = string.Join("+", part.Parts);
            var own = new HashSet<(TradePeriod, int, int, TradeFlow)>();
            foreach (var coverage in part.Coverage)
            {
                var key = (coverage.Period, coverage.Reporter.Value, coverage.Partner.Value, coverage.Flow);
                if (!own.Add(key))
                {
                    throw new ArgumentException($"The partial cube {name} names {coverage} twice in its coverage.", nameof(parts));
                }

                if (owners.TryGetValue(key, out var first))
                {
                    throw new TradeCubePartOverlapException(coverage, first.Part, name);
                }

                owners[key] = (coverage, name);
            }
        }

        var cube = TradeCube.FromCells(list.SelectMany(static p => p.Cells), classifier);
        var read = list.Sum(static p => p.Statistics.RecordsRead);
        var setAside = list.Sum(static p => p.Statistics.BreakdownRecordsSetAside);
        return new TradeCubePart
        {
            Classification = classifier.Classification.Id,
            Parts = [.. list.SelectMany(static p => p.Parts)],
            Statistics = new TradeCubeStatistics(read, read - setAside, setAside, cube.Statistics.Cells),
            DuplicatesLeftOut = list.Sum(static p => p.DuplicatesLeftOut),
            Coverage = [.. owners.Values.Select(static o => o.Coverage).OrderBy(static c => c.Period).ThenBy(static c => c.Reporter.Value).ThenBy(static c => c.Partner.Value).ThenBy(static c => c.Flow)],
            Cells = [.. cube.Cells],
        };
    }

    /// <summary>The cube of the part's cells, for every figure the cube answers.</summary>
    /// <param name="classifier">The classifier the part was built with; the library's minerals classification when null.</param>
    /// <returns>The cube: its cells are the part's.</returns>
    /// <exception cref="ArgumentException">The part is of another classification, or names a commodity cell the classifier does not have.</exception>
    public TradeCube ToCube(CommodityClassifier? classifier = null)
    {
        classifier ??= MineralsClassification.DefaultClassifier;
        CheckClassification(classifier);
        return TradeCube.FromCells(Cells, classifier);
    }

    /// <inheritdoc />
    public override string ToString() => $"Partial cube {string.Join("+", Parts)}: {Coverage.Count} coverage entries, {Statistics}";

    private void CheckClassification(CommodityClassifier classifier)
    {
        if (!string.Equals(Classification, classifier.Classification.Id, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The partial cube {string.Join("+", Parts)} was built with the classification '{Classification}', not '{classifier.Classification.Id}': its commodity cells are not comparable.", nameof(classifier));
        }
    }

    // One part's reading: the duplicate rule through the library's guard, and the coverage, as the records pass to the cube.
    private sealed class Reading(string name, DuplicateTradeRule rule)
    {
        private readonly string _name = Preconditions.CheckNotBlank(name);
        private readonly DuplicateTradeGuard _guard = new(rule);
        private readonly Dictionary<(TradePeriod Period, int Reporter, int Partner, TradeFlow Flow), long> _coverage = [];
        private long _number;

        public IEnumerable<TradeRecord> Admit(IEnumerable<TradeRecord> records)
        {
            foreach (var record in records)
            {
                if (Admit(record))
                {
                    yield return record;
                }
            }
        }

        public async IAsyncEnumerable<TradeRecord> AdmitAsync(IAsyncEnumerable<TradeRecord> records, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await foreach (var record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                if (Admit(record))
                {
                    yield return record;
                }
            }
        }

        public TradeCubePart ToPart(TradeCube cube) => new()
        {
            Classification = cube.Classifier.Classification.Id,
            Parts = [_name],
            Statistics = cube.Statistics,
            DuplicatesLeftOut = _guard.DuplicatesLeftOut,
            Coverage = [.. _coverage.OrderBy(static c => c.Key.Period).ThenBy(static c => c.Key.Reporter).ThenBy(static c => c.Key.Partner).ThenBy(static c => c.Key.Flow)
                .Select(static c => new TradeCubeCoverage(c.Key.Period, new(c.Key.Reporter), new(c.Key.Partner), c.Key.Flow, c.Value))],
            Cells = [.. cube.Cells],
        };

        private bool Admit(in TradeRecord record)
        {
            if (!_guard.Admit(record, TradePlace.Record(_name, ++_number)))
            {
                return false;
            }

            _coverage[(record.Period, record.Reporter.Value, record.Partner.Value, record.Flow)] = _coverage.GetValueOrDefault((record.Period, record.Reporter.Value, record.Partner.Value, record.Flow)) + 1;
            return true;
        }
    }
}
