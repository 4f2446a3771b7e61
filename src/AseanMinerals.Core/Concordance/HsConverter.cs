using System.Runtime.CompilerServices;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Concordance;

/// <summary>
/// Converts trade records to one HS edition (HS 1992 to HS 2022) at their own level (6, 4 or 2 digits), through HS 2022
/// where neither edition is HS 2022, so that a series compares like with like. The value of a record is shared among
/// the target codes of its connected group of codes (<see cref="HsSplitMode"/>); the parts of a value add up to it
/// exactly (the part with the largest weight takes the rounding remainder), so every total is kept. A record already in
/// the target edition, a <c>TOTAL</c> record, or a code its edition does not have is passed through unchanged, and the
/// last two are reported. A converter caches a plan per distinct code for all its conversions; it is not thread-safe:
/// one conversion at a time (a converter per thread otherwise).
/// </summary>
public sealed class HsConverter
{
    /// <summary>Parts are rounded to this many decimal places before the remainder goes to the largest part.</summary>
    public const int PartDecimals = 6;

    private readonly HsCorrelationTables _tables;
    // One plan per distinct code and edition, keyed by both packed in an int (code number, digits, edition).
    private readonly Dictionary<int, Plan?> _plans = [];

    /// <summary>Creates a converter.</summary>
    /// <param name="target">The edition to convert to, HS 1992 (H0) to HS 2022 (H6).</param>
    /// <param name="mode">How values are shared among target codes.</param>
    /// <param name="tables">The correlation tables; by default the embedded UNSD tables.</param>
    /// <exception cref="ArgumentException">The target is not HS 1992 to HS 2022.</exception>
    public HsConverter(HsRevision target, HsSplitMode mode = HsSplitMode.Unsd, HsCorrelationTables? tables = null)
    {
        if (target is < HsRevision.Hs1992 or > HsRevision.Hs2022)
        {
            throw new ArgumentException($"Records convert to HS 1992 (H0) to HS 2022 (H6), not {target}.", nameof(target));
        }

        Target = target;
        Mode = mode;
        _tables = tables ?? HsCorrelationTables.Default;
    }

    /// <summary>The edition records are converted to.</summary>
    public HsRevision Target { get; }

    /// <summary>How values are shared among target codes.</summary>
    public HsSplitMode Mode { get; }

    /// <summary>Converts records to <see cref="Target"/>, all at once: the whole output in a list.</summary>
    /// <param name="records">The records, in any editions (for <see cref="HsSplitMode.TradeWeighted"/>, read twice: the weights first).</param>
    /// <returns>The converted records, what moved, and the codes that could not be converted.</returns>
    public HsConversionResult Convert(IEnumerable<TradeRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var input = records as IReadOnlyList<TradeRecord> ?? [.. records];
        var weights = Mode == HsSplitMode.TradeWeighted ? HsTradeWeights.From(input, Target) : null;
        var tally = new HsConversionTally();
        var output = new List<ConvertedTradeRecord>(input.Count);
        output.AddRange(ConvertEach(input, tally, weights));
        return new HsConversionResult(Target, Mode, output, checked((int)tally.ConvertedRecords), tally.ValueMovedBetweenCodes, tally.Issues);
    }

    /// <summary>
    /// Converts records to <see cref="Target"/> as they are read, one at a time, holding nothing but a plan per distinct
    /// code (cached) and the weights: memory proportional to the distinct codes, not to the records. The parts of a
    /// record come together, in input order; <paramref name="tally"/> is complete once the result has been read to the end.
    /// </summary>
    /// <param name="records">The records, in any editions; read once, lazily.</param>
    /// <param name="tally">Counts what the conversion did, and the codes it could not convert (<see cref="HsConversionTally.Issues"/>).</param>
    /// <param name="weights">
    /// For <see cref="HsSplitMode.TradeWeighted"/> only, and then required: the reporters' trade in the target edition,
    /// from a pass over the data first (<see cref="HsTradeWeights.From"/>) or from the user's own data in that edition.
    /// </param>
    /// <returns>The converted records.</returns>
    /// <exception cref="ArgumentException">Weights missing in trade-weighted mode, given in another mode, or for another edition.</exception>
    public IEnumerable<ConvertedTradeRecord> ConvertEach(IEnumerable<TradeRecord> records, HsConversionTally tally, HsTradeWeights? weights = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        return Stream(records, StartPass(tally, weights));
    }

    /// <summary>
    /// <see cref="ConvertEach"/> for records read asynchronously (a file being imported): each record converted as it
    /// arrives, memory proportional to the distinct codes.
    /// </summary>
    /// <param name="records">The records, in any editions; read once.</param>
    /// <param name="tally">Counts what the conversion did; complete once the result has been read to the end.</param>
    /// <param name="weights">For <see cref="HsSplitMode.TradeWeighted"/> only, and then required (see <see cref="ConvertEach"/>).</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The converted records.</returns>
    /// <exception cref="ArgumentException">Weights missing in trade-weighted mode, given in another mode, or for another edition.</exception>
    public IAsyncEnumerable<ConvertedTradeRecord> ConvertEachAsync(
        IAsyncEnumerable<TradeRecord> records, HsConversionTally tally, HsTradeWeights? weights = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        return StreamAsync(records, StartPass(tally, weights), cancellationToken);
    }

    private Pass StartPass(HsConversionTally tally, HsTradeWeights? weights)
    {
        ArgumentNullException.ThrowIfNull(tally);
        if (Mode == HsSplitMode.TradeWeighted && weights is null)
        {
            throw new ArgumentException("A trade-weighted split needs the weights before the first record: build them with HsTradeWeights.From over the data (or the user's own data in the target edition) first.", nameof(weights));
        }

        if (weights is not null && (Mode != HsSplitMode.TradeWeighted || weights.Target != Target))
        {
            throw new ArgumentException($"Trade weights apply to a trade-weighted split to their own edition; this converter is {Mode} to {Target.ToComtradeCode()}, the weights are for {weights.Target.ToComtradeCode()}.", nameof(weights));
        }

        return new Pass(tally, weights);
    }

    private IEnumerable<ConvertedTradeRecord> Stream(IEnumerable<TradeRecord> records, Pass pass)
    {
        // An array is read by index: no enumerator call per record.
        var array = records as TradeRecord[];
        using var enumerator = array is null ? records.GetEnumerator() : null;
        var next = 0;
        while (array is null ? enumerator!.MoveNext() : next < array.Length)
        {
            var count = ConvertOne(array is null ? enumerator!.Current : array[next++], pass, out var whole);
            if (count == 1)
            {
                yield return whole;
                continue;
            }

            for (var i = 0; i < count; i++)
            {
                yield return pass.Output[i];
            }
        }
    }

    private async IAsyncEnumerable<ConvertedTradeRecord> StreamAsync(IAsyncEnumerable<TradeRecord> records, Pass pass, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var count = ConvertOne(record, pass, out var whole);
            if (count == 1)
            {
                yield return whole;
                continue;
            }

            for (var i = 0; i < count; i++)
            {
                yield return pass.Output[i];
            }
        }
    }

    // Converts one record: returns how many parts it makes; one part is in `whole`, several in pass.Output.
    private int ConvertOne(in TradeRecord record, Pass pass, out ConvertedTradeRecord whole)
    {
        if (record.Commodity.IsTotal || record.Revision == Target)
        {
            pass.Tally.PassedThrough();
            whole = new ConvertedTradeRecord(record, record.Commodity, record.Revision, 1m, false);
            return 1;
        }

        var plan = PlanFor(record.Commodity, record.Revision);
        if (plan is null)
        {
            pass.Tally.Unknown(record);
            whole = new ConvertedTradeRecord(record, record.Commodity, record.Revision, 1m, false);
            return 1;
        }

        if (plan.Targets.Length == 1)
        {
            // One target: the whole record, value and measures unchanged (a share of 1), only its code and edition new.
            var target = plan.Targets[0];
            pass.Tally.ConvertedWhole(target == record.Commodity ? null : record.Value);
            var converted = record with { Commodity = target, Revision = Target, Conversion = new HsConversion(record.Commodity, record.Revision, 1m) };
            whole = new ConvertedTradeRecord(converted, record.Commodity, record.Revision, 1m, true);
            return 1;
        }

        var fractions = pass.Weights is null ? plan.Fractions : pass.WeightedFractions(plan, record.Reporter, record.Flow);

        // Parts rounded, the largest taking what rounding left, then emitted in target order.
        var largest = Largest(fractions);
        var parts = pass.Parts(fractions.Length);
        var remainder = record.Value;
        for (var i = 0; i < fractions.Length; i++)
        {
            parts[i] = i == largest ? 0m : Math.Round(record.Value * fractions[i], PartDecimals, MidpointRounding.ToEven);
            remainder -= parts[i];
        }

        parts[largest] = remainder;
        var output = pass.OutputFor(fractions.Length);
        var moved = 0m;
        for (var i = 0; i < fractions.Length; i++)
        {
            output[i] = Part(record, plan.Targets[i], parts[i], fractions[i]);
            moved += plan.Targets[i] == record.Commodity ? 0m : parts[i];
        }

        pass.Tally.Converted(fractions.Length, moved);
        whole = default;
        return fractions.Length;
    }

    private ConvertedTradeRecord Part(in TradeRecord record, HsCode target, decimal part, decimal fraction)
    {
        var share = (double)fraction;
        return new ConvertedTradeRecord(
            record with
            {
                Commodity = target,
                Revision = Target,
                Value = part,
                NetWeightKg = record.NetWeightKg * share,
                Quantity = record.Quantity * share,
                Conversion = new HsConversion(record.Commodity, record.Revision, fraction), // written with the record: where it came from
            },
            record.Commodity,
            record.Revision,
            fraction,
            true);
    }

    private static int Largest(decimal[] fractions)
    {
        var largest = 0;
        for (var i = 1; i < fractions.Length; i++)
        {
            if (fractions[i] > fractions[largest])
            {
                largest = i;
            }
        }

        return largest;
    }

    private Plan? PlanFor(HsCode code, HsRevision revision)
    {
        var key = (((code.Number * 8) + code.Digits) * 16) + (int)revision;
        if (_plans.TryGetValue(key, out var plan))
        {
            return plan;
        }

        plan = null;
        if (revision != HsRevision.AsReported && _tables.Exists(code, revision))
        {
            var concordance = _tables.Concordance(revision, Target, code.Digits);
            if (Mode == HsSplitMode.Unsd)
            {
                plan = concordance.UnsdTarget(code) is { } one ? new Plan([one]) : null;
            }
            else
            {
                plan = concordance.GroupTargets(code) is { } targets ? new Plan(targets) : null;
            }
        }

        _plans.Add(key, plan);
        return plan;
    }

    // The target codes of one source code, with equal fractions.
    private sealed class Plan(HsCode[] targets)
    {
        public HsCode[] Targets { get; } = targets;

        public decimal[] Fractions { get; } = [.. Enumerable.Repeat(1m / targets.Length, targets.Length)];
    }

    // The state of one conversion: its tally and weights, trade-weighted fractions per plan, reporter and flow (cached),
    // and the buffers a split record's parts are built in.
    private sealed class Pass(HsConversionTally tally, HsTradeWeights? weights)
    {
        private Dictionary<(Plan, AreaCode, TradeFlow), decimal[]>? _weighted;
        private decimal[] _parts = new decimal[16];
        private ConvertedTradeRecord[] _output = new ConvertedTradeRecord[16];

        public HsConversionTally Tally { get; } = tally;

        public HsTradeWeights? Weights { get; } = weights;

        public ConvertedTradeRecord[] Output => _output;

        public decimal[] Parts(int count) => _parts.Length >= count ? _parts : _parts = new decimal[count];

        public ConvertedTradeRecord[] OutputFor(int count) => _output.Length >= count ? _output : _output = new ConvertedTradeRecord[count];

        public decimal[] WeightedFractions(Plan plan, AreaCode reporter, TradeFlow flow)
        {
            _weighted ??= [];
            if (_weighted.TryGetValue((plan, reporter, flow), out var cached))
            {
                return cached;
            }

            var values = plan.Targets.Select(t => Weights!.Of(reporter, flow, t)).ToArray();
            var total = values.Sum();
            var fractions = total > 0 ? [.. values.Select(v => v / total)] : plan.Fractions;
            _weighted.Add((plan, reporter, flow), fractions);
            return fractions;
        }
    }
}
