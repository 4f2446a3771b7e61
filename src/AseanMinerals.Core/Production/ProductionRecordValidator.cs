using System.Globalization;
using AseanMinerals.Core.Validation;

namespace AseanMinerals.Core.Production;

/// <summary>Checks production figures against the <see cref="ProductionRules"/> that apply to figures already read: no negative amount (AMC7006), no two figures of one release with one key (AMC7007).</summary>
public static class ProductionRecordValidator
{
    /// <summary>Checks figures, returning every issue located by source and line where the figures carry them.</summary>
    /// <param name="figures">The figures.</param>
    /// <returns>The result.</returns>
    public static ValidationResult Validate(IEnumerable<ProductionRecord> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var issues = new List<ValidationIssue>();
        var seen = new Dictionary<(string, string, ProductionFigureKind, string, ProductionAreaRole, Countries.AreaCode, string, string?, int), long?>();
        var index = 0;
        foreach (var figure in figures)
        {
            var path = $"[{index.ToString(CultureInfo.InvariantCulture)}]";
            if (figure.Amount < 0)
            {
                issues.Add(ProductionRules.NegativeAmount.At(path, $"The amount {figure.Amount.Value.ToString(CultureInfo.InvariantCulture)} of {figure.AreaName} is negative.").InFile(figure.Source, figure.Line));
            }

            var key = (figure.Release, figure.Commodity.Id, figure.Kind, figure.Measure, figure.Role, figure.Area, figure.AreaName, figure.Qualifier, figure.Year);
            if (seen.TryGetValue(key, out var line))
            {
                issues.Add(ProductionRules.DuplicateFigure.At(path, $"{figure} has the same key as the figure at line {line?.ToString(CultureInfo.InvariantCulture) ?? "?"} (release, commodity, kind, measure, area, year).").InFile(figure.Source, figure.Line));
            }
            else
            {
                seen[key] = figure.Line;
            }

            index++;
        }

        return new ValidationResult(issues);
    }
}
