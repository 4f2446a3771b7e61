using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Concordance;

/// <summary>
/// The correlation of one edition with another at one level (6, 4 or 2 digits), built once from the HS 2022 tables: the
/// pairs, UNSD's one target per source code, and the connected groups of codes the split modes share values within.
/// </summary>
internal sealed class HsConcordance
{
    private readonly Dictionary<HsCode, HsCode[]> _targets;
    private readonly Dictionary<HsCode, int> _sourcesPerTarget;
    private readonly Dictionary<HsCode, HsCode> _unsd;
    private readonly Dictionary<HsCode, HsCode[]> _groupTargets;

    private HsConcordance(Dictionary<HsCode, HsCode[]> targets, Dictionary<HsCode, HsCode> unsd)
    {
        _targets = targets;
        _unsd = unsd;
        _sourcesPerTarget = targets.Values.SelectMany(static t => t).GroupBy(static t => t).ToDictionary(static g => g.Key, static g => g.Count());

        // Connected groups: union-find over source codes, joined through the targets they share.
        var parent = targets.Keys.ToDictionary(static k => k, static k => k);
        var ownerOfTarget = new Dictionary<HsCode, HsCode>();
        foreach (var (source, list) in targets)
        {
            foreach (var target in list)
            {
                if (ownerOfTarget.TryGetValue(target, out var other))
                {
                    parent[Find(parent, source)] = Find(parent, other);
                }
                else
                {
                    ownerOfTarget.Add(target, source);
                }
            }
        }

        var groups = targets.Keys.GroupBy(k => Find(parent, k))
            .Select(g => (Sources: g.ToArray(), Targets: g.SelectMany(s => targets[s]).Distinct().Order().ToArray()));
        _groupTargets = [];
        foreach (var (sources, groupTargets) in groups)
        {
            foreach (var source in sources)
            {
                _groupTargets.Add(source, groupTargets);
            }
        }
    }

    /// <summary>The source codes the concordance knows.</summary>
    public IReadOnlyCollection<HsCode> Sources => _targets.Keys;

    /// <summary>The target codes of the source code's connected group, in order; null for an unknown code.</summary>
    public HsCode[]? GroupTargets(HsCode source) => _groupTargets.GetValueOrDefault(source);

    /// <summary>UNSD's one target for a source code; null for an unknown code.</summary>
    public HsCode? UnsdTarget(HsCode source) => _unsd.TryGetValue(source, out var target) ? target : null;

    public IReadOnlyList<HsCorrelation> Correlate(HsCode source)
    {
        if (!_targets.TryGetValue(source, out var targets))
        {
            return [];
        }

        var unsd = _unsd[source];
        return
        [
            .. targets.Select(t => new HsCorrelation(source, t, Relationship(_sourcesPerTarget[t], targets.Length), t == unsd)),
        ];
    }

    public static HsConcordance Build(HsCorrelationTables tables, HsRevision from, HsRevision to, int digits)
    {
        // Pairs at 6 digits through HS 2022: a (from) and b (to) pair when one HS 2022 subheading correlates with both.
        var pairs = new HashSet<(HsCode From, HsCode To)>();
        var unsdVotes = new Dictionary<HsCode, Dictionary<HsCode, int>>();
        foreach (var hs2022 in tables.Hs2022Subheadings)
        {
            var sources = tables.FromHs2022(hs2022, from);
            var targets = tables.FromHs2022(hs2022, to);
            foreach (var a in sources)
            {
                foreach (var b in targets)
                {
                    pairs.Add((Cut(a, digits), Cut(b, digits)));
                }
            }

            // UNSD's conversion goes from HS 2022: its first code in each edition. Towards an older source code, the HS 2022
            // subheadings UNSD converts to it vote for their own conversion target; a source code no subheading converts
            // to takes the targets of every subheading it correlates with.
            if (sources.Length > 0 && targets.Length > 0)
            {
                var converted = Cut(sources[0], digits);
                Vote(unsdVotes, converted, Cut(targets[0], digits), 1_000_000);
                foreach (var a in sources.Skip(1))
                {
                    Vote(unsdVotes, Cut(a, digits), Cut(targets[0], digits), 1);
                }
            }
        }

        var byTarget = pairs.GroupBy(static p => p.From).ToDictionary(static g => g.Key, static g => g.Select(static p => p.To).Order().ToArray());
        var unsd = unsdVotes.ToDictionary(
            static kv => kv.Key,
            static kv => kv.Value.OrderByDescending(static v => v.Value).ThenBy(static v => v.Key).First().Key); // most votes, then lowest code
        return new HsConcordance(byTarget, unsd);
    }

    private static void Vote(Dictionary<HsCode, Dictionary<HsCode, int>> votes, HsCode source, HsCode target, int weight)
    {
        if (!votes.TryGetValue(source, out var counts))
        {
            votes[source] = counts = [];
        }

        counts[target] = counts.GetValueOrDefault(target) + weight;
    }

    private static HsCode Cut(HsCode code, int digits) => code.Digits == digits ? code : code.Truncate(digits);

    private static HsRelationship Relationship(int sourcesOfTarget, int targetsOfSource) => (sourcesOfTarget, targetsOfSource) switch
    {
        (1, 1) => HsRelationship.OneToOne,
        (1, _) => HsRelationship.OneToMany,
        (_, 1) => HsRelationship.ManyToOne,
        _ => HsRelationship.ManyToMany,
    };

    private static HsCode Find(Dictionary<HsCode, HsCode> parent, HsCode code)
    {
        while (parent[code] != code)
        {
            parent[code] = parent[parent[code]];
            code = parent[code];
        }

        return code;
    }
}
