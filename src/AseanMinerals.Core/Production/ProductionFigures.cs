using System.Globalization;
using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;
using AseanMinerals.Core.Validation;

namespace AseanMinerals.Core.Production;

/// <summary>
/// Figures over production statistics: a group's share of world production (against the published world total and
/// against the sum of rows), producers' ranks, concentration (HHI) and reserves-to-production years. Everything is
/// computed within one <see cref="ProductionSeries"/> (one release, measure and year), in one unit; amounts whose units
/// do not convert are refused (AMC7008), never added. Give it the figures of one release, or
/// <see cref="ProductionVintages.Latest"/> of several.
/// </summary>
public sealed class ProductionFigures
{
    private readonly ProductionRecord[] _figures;
    private readonly ProductionSeries[] _seriesOf;

    /// <summary>
    /// Creates the figures over a set of production figures (every role: countries, world totals, residuals). A row whose
    /// measure is worded differently from its table's (MCS2025 writes "Mine production, estimated" for the United States
    /// in the cobalt table of "Mine production, cobalt content, estimated") belongs to that table when its commodity, kind,
    /// stage, year and release have exactly one table with a world total and its own wording has none.
    /// </summary>
    /// <param name="figures">The figures.</param>
    /// <exception cref="ValidationException">Two figures share a key (AMC7007: the same file read twice would count every row twice) or an amount is negative (AMC7006).</exception>
    public ProductionFigures(IEnumerable<ProductionRecord> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        _figures = [.. figures];
        ProductionRecordValidator.Validate(_figures).ThrowIfInvalid();
        var own = _figures.Select(static f => new ProductionSeries(f.Commodity, f.Kind, f.Stage, f.Measure, f.Year, f.Release)).ToArray();
        var withTotal = own.Where((s, i) => _figures[i].Role == ProductionAreaRole.WorldTotal).ToHashSet();
        var tableOf = withTotal
            .GroupBy(static s => (s.Commodity.Id, s.Kind, s.Stage, s.Year, s.Release))
            .Where(static g => g.Count() == 1)
            .ToDictionary(static g => g.Key, static g => g.Single());
        _seriesOf = [.. own.Select(s => !withTotal.Contains(s) && tableOf.TryGetValue((s.Commodity.Id, s.Kind, s.Stage, s.Year, s.Release), out var table) ? table : s)];
    }

    /// <summary>Every figure.</summary>
    public IReadOnlyList<ProductionRecord> All => _figures;

    /// <summary>The series present, optionally only those of a commodity, kind, stage and year, in commodity, year and measure order.</summary>
    /// <param name="commodity">The commodity, or null for all.</param>
    /// <param name="kind">The kind, or null for all.</param>
    /// <param name="stage">The stage, or null for all.</param>
    /// <param name="year">The year, or null for all.</param>
    /// <returns>The series.</returns>
    public IReadOnlyList<ProductionSeries> Series(MineralCommodity? commodity = null, ProductionFigureKind? kind = null, ProductionStage? stage = null, int? year = null) =>
        [.. _seriesOf
            .Where(s => (commodity is null || s.Commodity == commodity) && (kind is null || s.Kind == kind) && (stage is null || s.Stage == stage) && (year is null || s.Year == year))
            .Distinct()
            .OrderBy(static s => s.Commodity.Id, StringComparer.Ordinal).ThenBy(static s => s.Year).ThenBy(static s => s.Kind).ThenBy(static s => s.Measure, StringComparer.Ordinal)];

    /// <summary>A group's share of world production in a series (see <see cref="ProductionShare"/>).</summary>
    /// <param name="series">The series.</param>
    /// <param name="group">The group, for example <see cref="AreaGroup.Asean"/>: its members for the series' year.</param>
    /// <returns>The share against both bases, with the members covered and notes.</returns>
    /// <exception cref="ValidationException">The rows of the series are in units that do not convert (AMC7008).</exception>
    public ProductionShare Share(ProductionSeries series, AreaGroup group)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(group);
        var rows = RowsOf(series, out var unit);
        var members = group.MembersFor(TradePeriod.Annual(series.Year));
        var memberRows = rows.Where(f => f.Role == ProductionAreaRole.Country && members.Contains(f.Area)).ToList();
        var withNumber = memberRows.Where(static f => f.Amount is not null).Select(static f => f.Area).Distinct().Order().ToList();
        var withoutNumber = memberRows.Where(static f => f.Amount is null).Select(static f => f.Area).Distinct().Where(a => !withNumber.Contains(a)).Order().ToList();
        decimal? groupAmount = withNumber.Count == 0 ? null : Sum(memberRows, unit);
        var notes = new List<string>();

        var totals = rows.Where(static f => f.Role == ProductionAreaRole.WorldTotal).ToList();
        var listed = rows.Where(static f => f.Role != ProductionAreaRole.WorldTotal).ToList();
        var rowSum = Sum(listed, unit);
        var rowsWithoutNumber = listed.Count(static f => f.Amount is null);
        decimal? published = null;
        if (totals.Count == 1 && totals[0].Amount is { } total)
        {
            published = totals[0].Unit.Convert(total, unit);
            if ((totals[0].Flags & ProductionFlags.GreaterThan) != 0)
            {
                notes.Add("The published world total is a lower bound ('>'): the share of it is an upper bound.");
            }
        }
        else
        {
            notes.Add(totals.Count switch
            {
                0 => "The series has no published world total.",
                1 => $"The published world total has no number ({totals[0].Flags}).",
                _ => $"The series has {totals.Count} world-total rows ({string.Join("; ", totals.Select(static t => t.Qualifier ?? "plain"))}); none is taken.",
            });
        }

        if (rowsWithoutNumber > 0)
        {
            notes.Add($"{rowsWithoutNumber} row(s) have no number (withheld or not available): the row sum is a lower bound.");
        }

        if (memberRows.Count == 0)
        {
            notes.Add($"No member of {group.Name} has a row in this series: the share is not known, not zero.");
        }
        else if (withoutNumber.Count > 0)
        {
            notes.Add($"Members with a row but no number: {string.Join(", ", withoutNumber)}; the group's amount covers {withNumber.Count} of the {withNumber.Count + withoutNumber.Count} members with a row.");
        }

        return new ProductionShare
        {
            Series = series,
            Group = group.ToString(),
            Unit = unit,
            Members = members,
            MembersWithFigures = withNumber,
            MembersWithoutNumber = withoutNumber,
            GroupAmount = groupAmount,
            PublishedWorldTotal = published,
            RowSum = rowSum,
            RowsWithoutNumber = rowsWithoutNumber,
            ShareOfPublishedTotal = Ratio(groupAmount, published, "published world total", notes),
            ShareOfRowSum = Ratio(groupAmount, rowSum, "row sum", notes),
            IsEstimated = memberRows.Exists(static f => f.IsEstimated),
            Notes = notes,
        };
    }

    /// <summary>The producers of a series with a number, largest first; equal amounts share a rank.</summary>
    /// <param name="series">The series.</param>
    /// <returns>The ranking.</returns>
    /// <exception cref="ValidationException">The rows of the series are in units that do not convert (AMC7008).</exception>
    public IReadOnlyList<ProductionRank> Ranking(ProductionSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var rows = RowsOf(series, out var unit)
            .Where(static f => f.Role == ProductionAreaRole.Country && f.Amount is not null)
            .Select(f => (Figure: f, Amount: f.Unit.Convert(f.Amount!.Value, unit)))
            .OrderByDescending(static r => r.Amount).ThenBy(static r => r.Figure.Area)
            .ToList();
        var sum = rows.Sum(static r => r.Amount);
        var ranks = new List<ProductionRank>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var rank = i > 0 && rows[i].Amount == rows[i - 1].Amount ? ranks[i - 1].Rank : i + 1;
            var (figure, amount) = rows[i];
            ranks.Add(new ProductionRank(
                rank, figure.Area, figure.Qualifier is null ? figure.AreaName : $"{figure.AreaName} ({figure.Qualifier})", amount, unit,
                sum == 0 ? 0 : amount / sum, figure.IsEstimated));
        }

        return ranks;
    }

    /// <summary>The concentration of producers in a series (see <see cref="ProductionConcentration"/>).</summary>
    /// <param name="series">The series.</param>
    /// <returns>The index, its band and what was left out.</returns>
    /// <exception cref="ValidationException">The rows of the series are in units that do not convert (AMC7008).</exception>
    public ProductionConcentration Concentration(ProductionSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var ranking = Ranking(series);
        var rows = RowsOf(series, out var unit);
        var sum = ranking.Sum(static r => r.Amount);
        decimal? index = sum == 0 ? null : ranking.Sum(r => (r.Amount * 100m / sum) * (r.Amount * 100m / sum));
        return new ProductionConcentration
        {
            Series = series,
            Index = index,
            Band = index switch { null => null, < 1500 => ConcentrationBand.Unconcentrated, <= 2500 => ConcentrationBand.ModeratelyConcentrated, _ => ConcentrationBand.HighlyConcentrated },
            Parts = ranking.Count,
            ResidualLeftOut = Sum(rows.Where(static f => f.Role == ProductionAreaRole.OtherCountries), unit),
            RowsWithoutNumber = rows.Count(static f => f.Role == ProductionAreaRole.Country && f.Amount is null),
        };
    }

    /// <summary>
    /// Reserves-to-production years of every country with a reserves figure of a commodity: reserves over the production
    /// of the same source row in the reserves' year (MCS2025 gives reserves at the end of 2024 beside production in 2024).
    /// </summary>
    /// <param name="commodity">The commodity.</param>
    /// <returns>One entry a reserves figure, in area order.</returns>
    public IReadOnlyList<ReservesToProduction> ReservesToProductionYears(MineralCommodity commodity)
    {
        ArgumentNullException.ThrowIfNull(commodity);
        var production = _figures
            .Where(f => f.Commodity == commodity && f.Kind == ProductionFigureKind.Production && f.Line is not null)
            .GroupBy(static f => (f.Source, f.Line, f.Year))
            .ToDictionary(static g => g.Key, static g => g.First());
        var results = new List<ReservesToProduction>();
        foreach (var reserves in _figures.Where(f => f.Commodity == commodity && f.Kind == ProductionFigureKind.Reserves && f.Role == ProductionAreaRole.Country))
        {
            production.TryGetValue((reserves.Source, reserves.Line, reserves.Year), out var made);
            var hasProduction = made.Commodity is not null;
            decimal? years = null;
            string? note = null;
            if (!hasProduction || made.Amount is null)
            {
                note = $"No production figure of the same row for {reserves.Year.ToString(CultureInfo.InvariantCulture)}.";
            }
            else if (reserves.Amount is null)
            {
                note = $"The reserves have no number ({reserves.Flags}).";
            }
            else if (!made.Unit.ConvertsTo(reserves.Unit))
            {
                note = $"Reserves in {reserves.Unit} and production in {made.Unit} do not convert.";
            }
            else if (made.Amount == 0)
            {
                note = "Production is zero.";
            }
            else
            {
                years = reserves.Amount.Value / made.Unit.Convert(made.Amount.Value, reserves.Unit);
                if ((reserves.Flags & ProductionFlags.GreaterThan) != 0)
                {
                    note = "The reserves are a lower bound ('>'): so are the years.";
                }
            }

            results.Add(new ReservesToProduction(
                commodity, reserves.Area, reserves.AreaName, reserves.Measure, reserves.Year, reserves.Release, reserves,
                hasProduction ? made : null, years, note));
        }

        return [.. results.OrderBy(static r => r.Area)];
    }

    private List<ProductionRecord> RowsOf(ProductionSeries series, out ProductionUnit unit)
    {
        var rows = _figures.Where((f, i) => _seriesOf[i] == series).ToList();
        // The unit of the world total where there is one, else the first row's: every row must convert into it.
        unit = rows.Find(static f => f.Role == ProductionAreaRole.WorldTotal).Unit is { Name: not null } totalUnit ? totalUnit : rows.Count > 0 ? rows[0].Unit : ProductionUnit.MetricTon;
        var target = unit;
        var misfits = rows.Where(f => !f.Unit.ConvertsTo(target)).ToList();
        if (misfits.Count > 0)
        {
            throw new ValidationException(new ValidationResult(misfits.Select(f =>
                ProductionRules.MixedUnits.At("unit", $"{f.AreaName} is in {f.Unit} ({f.Unit.Dimension}), the series in {target} ({target.Dimension}): they are not added.").InFile(f.Source, f.Line))));
        }

        return rows;
    }

    private static decimal Sum(IEnumerable<ProductionRecord> rows, ProductionUnit unit) =>
        rows.Where(static f => f.Amount is not null).Sum(f => f.Unit.Convert(f.Amount!.Value, unit));

    private static decimal? Ratio(decimal? part, decimal? whole, string basis, List<string> notes)
    {
        if (part is null || whole is null)
        {
            return null;
        }

        if (whole == 0)
        {
            notes.Add($"The {basis} is zero: no share.");
            return null;
        }

        if (part > whole)
        {
            // USGS rounds its totals: a group above the rounded total is a rounding artefact, not a share above 100%.
            notes.Add($"The group's amount {part.Value.ToString(CultureInfo.InvariantCulture)} exceeds the {basis} {whole.Value.ToString(CultureInfo.InvariantCulture)}: no share is given.");
            return null;
        }

        return part / whole;
    }
}
