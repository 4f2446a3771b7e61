using AseanMinerals.Core.Validation;

namespace AseanMinerals.Core.Production.Usgs;

/// <summary>
/// What a read of USGS world data found and what became of every row: <see cref="RowsRead"/> = <see cref="CountryRows"/>
/// + <see cref="SetAside"/> + <see cref="Rejected"/> (<see cref="IsReconciled"/>), with reasons and rule codes counted.
/// </summary>
public sealed record UsgsReadSummary
{
    /// <summary>The file, folder or stream read.</summary>
    public required string Source { get; init; }

    /// <summary>The releases met, for example <c>MCS2025</c>.</summary>
    public IReadOnlyList<string> Releases { get; init; } = [];

    /// <summary>Files read.</summary>
    public int Files { get; init; }

    /// <summary>Data rows read (the header is not a row; a row of empty cells is).</summary>
    public long RowsRead { get; init; }

    /// <summary>Rows that gave country figures.</summary>
    public long CountryRows { get; init; }

    /// <summary>Figures yielded (a row gives one per filled figure column: two years of production, capacity, reserves), every role.</summary>
    public long Figures { get; init; }

    /// <summary>Rows read well that gave no country figures.</summary>
    public long SetAside { get; init; }

    /// <summary>Of <see cref="SetAside"/>, how many for each reason.</summary>
    public IReadOnlyDictionary<UsgsSetAsideReason, long> SetAsideByReason { get; init; } = new Dictionary<UsgsSetAsideReason, long>();

    /// <summary>Rows that could not be read, each listed in <see cref="Issues"/> with its file, line and rule.</summary>
    public long Rejected { get; init; }

    /// <summary>Of <see cref="Rejected"/>, how many for each rule code.</summary>
    public IReadOnlyDictionary<string, long> RejectedByRule { get; init; } = new Dictionary<string, long>();

    /// <summary>Country names the crosswalk did not know, as written (cleaned), in the order met.</summary>
    public IReadOnlyList<string> UnknownCountryNames { get; init; } = [];

    /// <summary>Every issue, located by file and line: rejected rows (errors) and unknown names (warnings); the same type as a trade source's <c>TradeSourceSummary.Issues</c>.</summary>
    public ValidationResult Issues { get; init; } = ValidationResult.Success;

    /// <summary>True when every row read is accounted for: country rows + set aside + rejected = rows read.</summary>
    public bool IsReconciled => CountryRows + SetAside + Rejected == RowsRead;

    /// <inheritdoc />
    public override string ToString() =>
        $"{Source}: {RowsRead} rows read = {CountryRows} with country figures + {SetAside} set aside " +
        $"({string.Join(", ", SetAsideByReason.Where(static p => p.Value > 0).Select(static p => $"{p.Key} {p.Value}"))}) + {Rejected} rejected" +
        (RejectedByRule.Count == 0 ? "" : $" ({string.Join(", ", RejectedByRule.Select(static p => $"{p.Key} {p.Value}"))})") +
        $"; {Figures} figures";
}
