using AseanMinerals.Core.Validation;

namespace AseanMinerals.Core.Production.Usgs;

/// <summary>Counts what became of every row while files are read, and keeps the figures.</summary>
internal sealed class UsgsTally(string source)
{
    private readonly List<ProductionRecord> _figures = [];
    private readonly Dictionary<UsgsSetAsideReason, long> _setAside = [];
    private readonly Dictionary<string, long> _rejected = new(StringComparer.Ordinal);
    private readonly List<ValidationIssue> _issues = [];
    private readonly List<string> _unknownNames = [];
    private readonly SortedSet<string> _releases = new(StringComparer.Ordinal);
    private long _countryRows;

    public int Files { get; set; }

    public long RowsRead { get; set; }

    public void SetAsideFor(UsgsSetAsideReason reason) => _setAside[reason] = _setAside.GetValueOrDefault(reason) + 1;

    public void Reject(ValidationIssue issue)
    {
        _rejected[issue.Code] = _rejected.GetValueOrDefault(issue.Code) + 1;
        _issues.Add(issue);
    }

    public void Accept(List<ProductionRecord> figures, UsgsCountryName area, string file, long line)
    {
        _figures.AddRange(figures);
        foreach (var figure in figures)
        {
            _releases.Add(figure.Release);
        }

        if (figures.Count == 0)
        {
            SetAsideFor(UsgsSetAsideReason.NoFigures);
            return;
        }

        switch (area.Role)
        {
            case ProductionAreaRole.Country:
                _countryRows++;
                break;
            case ProductionAreaRole.WorldTotal:
                SetAsideFor(UsgsSetAsideReason.WorldTotal);
                break;
            case ProductionAreaRole.OtherCountries:
                SetAsideFor(UsgsSetAsideReason.OtherCountries);
                break;
            default:
                SetAsideFor(UsgsSetAsideReason.UnknownCountry);
                if (!_unknownNames.Contains(area.Name))
                {
                    _unknownNames.Add(area.Name);
                }

                _issues.Add(ProductionRules.UnknownCountry.At("country", $"'{area.Name}' is not in the country crosswalk; its figures are kept apart with area 000.").InFile(file, line));
                break;
        }
    }

    public UsgsReadResult ToResult() =>
        new(
            _figures,
            new UsgsReadSummary
            {
                Source = source,
                Releases = [.. _releases],
                Files = Files,
                RowsRead = RowsRead,
                CountryRows = _countryRows,
                Figures = _figures.Count,
                SetAside = _setAside.Values.Sum(),
                SetAsideByReason = _setAside,
                Rejected = _rejected.Values.Sum(),
                RejectedByRule = _rejected,
                UnknownCountryNames = _unknownNames,
                Issues = new ValidationResult(_issues),
            });
}
