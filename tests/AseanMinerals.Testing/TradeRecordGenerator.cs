using AseanMinerals.Core.Countries;
using AseanMinerals.Core.ReferenceData;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Testing;

/// <summary>
/// A deterministic source of realistic trade records for benchmarks and property tests: the 11 ASEAN members as
/// reporters, about 240 partner countries, 1,000 HS6 codes (weighted towards the minerals chapters), 20 years
/// (2005-2024), imports and exports, values with a heavy tail and cents. The same seed gives the same records, and
/// no two records share a key (period, reporter, partner, flow, commodity) up to <see cref="KeySpace"/> records.
/// Memory is constant: records are computed from their index, not stored.
/// </summary>
public sealed class TradeRecordGenerator
{
    /// <summary>The first year generated.</summary>
    public const int FirstYear = 2005;

    /// <summary>The number of years generated.</summary>
    public const int Years = 20;

    private static readonly int[] MineralChapters = [25, 26, 27, 68, 69, 70, 71, 72, 73, 74, 75, 76, 78, 79, 80, 81, 82, 83];

    private readonly ulong _seed;
    private readonly ulong _multiplier;
    private readonly int[] _reporterPositions;

    /// <summary>Creates a generator.</summary>
    /// <param name="seed">The seed; the same seed gives the same records.</param>
    public TradeRecordGenerator(int seed = 2018)
    {
        _seed = (ulong)seed;
        var data = AseanReferenceData.Default;
        Reporters = [.. data.MemberStates.Select(static m => m.IsoNumeric)];
        Partners = [.. data.TradeAreas.Where(static a => a.Kind == TradeAreaKind.Country).Select(static a => a.Code)];
        Commodities = MakeCommodities(seed);
        KeySpace = (long)Reporters.Count * (Partners.Count - 1) * Commodities.Count * Years * 2;
        _reporterPositions = [.. Reporters.Select(r => Partners.ToList().IndexOf(r))];
        _multiplier = FindMultiplier((ulong)KeySpace, Mix(_seed) | 1);
    }

    /// <summary>The reporters: the member states' numeric codes.</summary>
    public IReadOnlyList<AreaCode> Reporters { get; }

    /// <summary>The partner countries (trade areas of kind country).</summary>
    public IReadOnlyList<AreaCode> Partners { get; }

    /// <summary>The 1,000 HS6 codes, about 40% in the minerals chapters 25-27 and 68-83.</summary>
    public IReadOnlyList<HsCode> Commodities { get; }

    /// <summary>How many records can be generated before keys would repeat.</summary>
    public long KeySpace { get; }

    /// <summary>The records 0 to <paramref name="count"/> - 1, in a scrambled but fixed order.</summary>
    /// <param name="count">How many records.</param>
    /// <returns>The records, computed as they are enumerated.</returns>
    public IEnumerable<TradeRecord> Generate(long count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, KeySpace);
        for (long i = 0; i < count; i++)
        {
            yield return RecordAt(i);
        }
    }

    /// <summary>The record at an index; the same index always gives the same record.</summary>
    /// <param name="index">The index, 0 to <see cref="KeySpace"/> - 1.</param>
    /// <returns>The record.</returns>
    public TradeRecord RecordAt(long index)
    {
        // A multiplicative permutation of the key space: distinct indexes give distinct keys.
        var key = (ulong)(((UInt128)(ulong)index * _multiplier) % (ulong)KeySpace);
        var flow = (TradeFlow)(int)(key % 2);
        key /= 2;
        var year = FirstYear + (int)(key % Years);
        key /= Years;
        var commodity = Commodities[(int)(key % (ulong)Commodities.Count)];
        key /= (ulong)Commodities.Count;
        var reporterIndex = (int)(key % (ulong)Reporters.Count);
        key /= (ulong)Reporters.Count;
        var reporter = Reporters[reporterIndex];
        var partnerIndex = (int)key;
        var reporterPosition = _reporterPositions[reporterIndex];
        if (reporterPosition >= 0 && partnerIndex >= reporterPosition)
        {
            partnerIndex++; // skip the reporter itself, keeping the map one-to-one
        }

        var partner = Partners[partnerIndex];

        var random = Mix(_seed ^ (ulong)index);
        return new TradeRecord(TradePeriod.Annual(year), reporter, partner, flow, commodity, Value(random))
        {
            Revision = RevisionFor(year),
            NetWeightKg = (random & 7) == 0 ? null : Math.Round((double)(random >> 40), 0),
        };
    }

    /// <summary>The HS edition a reporter would have used in a year.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The edition.</returns>
    public static HsRevision RevisionFor(int year) => year switch
    {
        < 2007 => HsRevision.Hs2002,
        < 2012 => HsRevision.Hs2007,
        < 2017 => HsRevision.Hs2012,
        < 2022 => HsRevision.Hs2017,
        _ => HsRevision.Hs2022,
    };

    // A heavy tail: most values are thousands to millions of dollars, a few are billions; always with cents.
    private static decimal Value(ulong random)
    {
        var uniform = ((random >> 11) + 1) / (double)(1UL << 53);
        var pareto = 1_000.0 / Math.Pow(uniform, 1 / 0.9);
        var dollars = Math.Min(pareto, 5e10);
        return decimal.Round((decimal)dollars, 2);
    }

    private static HsCode[] MakeCommodities(int seed)
    {
        var random = new Random(seed);
        var codes = new SortedSet<int>();
        var otherChapters = Enumerable.Range(1, 97).Where(c => c != 77 && !MineralChapters.Contains(c)).ToArray();
        while (codes.Count < 1000)
        {
            var chapter = random.NextDouble() < 0.4
                ? MineralChapters[random.Next(MineralChapters.Length)]
                : otherChapters[random.Next(otherChapters.Length)];
            codes.Add((chapter * 10_000) + (random.Next(1, 100) * 100) + random.Next(0, 100));
        }

        return [.. codes.Select(static c => HsCode.Parse(c.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)))];
    }

    private static ulong FindMultiplier(ulong space, ulong start)
    {
        var candidate = start % space;
        while (candidate < 2 || Gcd(candidate, space) != 1)
        {
            candidate = (candidate + 2) % space;
        }

        return candidate;
    }

    private static ulong Gcd(ulong a, ulong b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a;
    }

    private static ulong Mix(ulong x)
    {
        // SplitMix64 finaliser: a cheap, well-spread hash of the index.
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
