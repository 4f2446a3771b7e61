using System.Globalization;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;
using AseanMinerals.Core.Validation;

namespace AseanMinerals.Core.Concordance;

/// <summary>
/// Converts trade records to one HS edition (HS 1992 to HS 2022) at their own level (6, 4 or 2 digits), through HS 2022
/// where neither edition is HS 2022, so that a series compares like with like. The value of a record is shared among
/// the target codes of its connected group of codes (<see cref="HsSplitMode"/>); the parts of a value add up to it
/// exactly (the part with the largest weight takes the rounding remainder), so every total is kept. A record already in
/// the target edition, a <c>TOTAL</c> record, or a code its edition does not have is passed through unchanged, and the
/// last two are reported.
/// </summary>
public sealed class HsConverter
{
    /// <summary>Parts are rounded to this many decimal places before the remainder goes to the largest part.</summary>
    public const int PartDecimals = 6;

    private readonly HsCorrelationTables _tables;
    private readonly Dictionary<(HsCode Code, HsRevision Revision), Plan?> _plans = [];
    private decimal[] _parts = new decimal[16];

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

    /// <summary>Converts records to <see cref="Target"/>.</summary>
    /// <param name="records">The records, in any editions.</param>
    /// <returns>The converted records, what moved, and the codes that could not be converted.</returns>
    public HsConversionResult Convert(IEnumerable<TradeRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var input = records as IReadOnlyList<TradeRecord> ?? [.. records];
        var weights = Mode == HsSplitMode.TradeWeighted ? TradeWeights(input) : null;
        var output = new List<ConvertedTradeRecord>(input.Count);
        var unknown = new Dictionary<(HsCode Code, HsRevision Revision), (int Count, decimal Value)>();
        var converted = 0;
        var moved = 0m;
        foreach (var record in input)
        {
            if (record.Commodity.IsTotal || record.Revision == Target)
            {
                output.Add(new ConvertedTradeRecord(record, record.Commodity, record.Revision, 1m, false));
                continue;
            }

            var plan = PlanFor(record.Commodity, record.Revision);
            if (plan is null)
            {
                var key = (record.Commodity, record.Revision);
                var (count, value) = unknown.GetValueOrDefault(key);
                unknown[key] = (count + 1, value + record.Value);
                output.Add(new ConvertedTradeRecord(record, record.Commodity, record.Revision, 1m, false));
                continue;
            }

            converted++;
            var fractions = plan.Fractions;
            if (weights is not null && plan.Targets.Length > 1)
            {
                fractions = plan.WeightedFractions(weights, record.Reporter, record.Flow);
            }

            // Parts rounded, the largest taking what rounding left, then emitted in target order.
            var largest = Largest(fractions);
            var parts = _parts.Length >= fractions.Length ? _parts : _parts = new decimal[fractions.Length];
            var remainder = record.Value;
            for (var i = 0; i < fractions.Length; i++)
            {
                parts[i] = i == largest ? 0m : Math.Round(record.Value * fractions[i], PartDecimals, MidpointRounding.ToEven);
                remainder -= parts[i];
            }

            parts[largest] = remainder;
            for (var i = 0; i < fractions.Length; i++)
            {
                moved += Emit(output, record, plan.Targets[i], parts[i], fractions[i]);
            }
        }

        var issues = unknown.OrderBy(static u => u.Key.Revision).ThenBy(static u => u.Key.Code).Select(static u => TradeRules.HsCodeNotInEdition.At(
            "commodity",
            u.Key.Revision == HsRevision.AsReported
                ? string.Create(CultureInfo.InvariantCulture, $"The HS code {u.Key.Code} has no stated edition: {u.Value.Count} record(s), US${u.Value.Value}, kept unconverted.")
                : string.Create(CultureInfo.InvariantCulture, $"The HS code {u.Key.Code} is not a code of {u.Key.Revision.ToComtradeCode()}: {u.Value.Count} record(s), US${u.Value.Value}, kept unconverted."))).ToList();
        return new HsConversionResult(Target, Mode, output, converted, moved, issues);
    }

    // Adds one part; returns the value that left its code.
    private decimal Emit(List<ConvertedTradeRecord> output, TradeRecord record, HsCode target, decimal part, decimal fraction)
    {
        var share = (double)fraction;
        output.Add(new ConvertedTradeRecord(
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
            true));
        return target == record.Commodity ? 0m : part;
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
        if (_plans.TryGetValue((code, revision), out var plan))
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

        _plans.Add((code, revision), plan);
        return plan;
    }

    // The reporter's own trade per flow and code, from the records already in the target edition.
    private Dictionary<(AreaCode Reporter, TradeFlow Flow, HsCode Code), decimal> TradeWeights(IReadOnlyList<TradeRecord> records)
    {
        var weights = new Dictionary<(AreaCode, TradeFlow, HsCode), decimal>();
        foreach (var record in records)
        {
            if (record.Revision == Target && !record.Commodity.IsTotal && !record.IsBreakdown && record.Value > 0)
            {
                var key = (record.Reporter, record.Flow, record.Commodity);
                weights[key] = weights.GetValueOrDefault(key) + record.Value;
            }
        }

        return weights;
    }

    // The target codes of one source code, with equal fractions; trade-weighted fractions are cached per reporter and flow.
    private sealed class Plan(HsCode[] targets)
    {
        private Dictionary<(AreaCode, TradeFlow), decimal[]>? _weighted;

        public HsCode[] Targets { get; } = targets;

        public decimal[] Fractions { get; } = EqualFractions(targets.Length);

        public decimal[] WeightedFractions(Dictionary<(AreaCode Reporter, TradeFlow Flow, HsCode Code), decimal> weights, AreaCode reporter, TradeFlow flow)
        {
            _weighted ??= [];
            if (_weighted.TryGetValue((reporter, flow), out var cached))
            {
                return cached;
            }

            var values = Targets.Select(t => weights.GetValueOrDefault((reporter, flow, t))).ToArray();
            var total = values.Sum();
            var fractions = total > 0 ? [.. values.Select(v => v / total)] : Fractions;
            _weighted.Add((reporter, flow), fractions);
            return fractions;
        }

        private static decimal[] EqualFractions(int count) => [.. Enumerable.Repeat(1m / count, count)];
    }
}
