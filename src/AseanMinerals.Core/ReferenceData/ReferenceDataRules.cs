using AseanMinerals.Core.Validation;

namespace AseanMinerals.Core.ReferenceData;

/// <summary>The rules a reference-data document is checked against (codes <c>AMC1xxx</c>).</summary>
public static class ReferenceDataRules
{
    /// <summary>AMC1001: a required member is present and not blank.</summary>
    public static ValidationRule RequiredMember { get; } = new("AMC1001", ValidationSeverity.Error, "A required member is present and not blank.");

    /// <summary>AMC1002: identifiers are unique within their list.</summary>
    public static ValidationRule DuplicateIdentifier { get; } = new("AMC1002", ValidationSeverity.Error, "Identifiers are unique within their list.");

    /// <summary>AMC1003: a reference to another record resolves.</summary>
    public static ValidationRule UnresolvedReference { get; } = new("AMC1003", ValidationSeverity.Error, "A reference to another record resolves.");

    /// <summary>AMC1004: a code is well formed (alpha-2, alpha-3, numeric, M49).</summary>
    public static ValidationRule MalformedCode { get; } = new("AMC1004", ValidationSeverity.Error, "A code is well formed.");

    /// <summary>AMC1005: a period lies inside the period of what contains it (a phase inside its plan).</summary>
    public static ValidationRule PeriodOutsideParent { get; } = new("AMC1005", ValidationSeverity.Error, "A period lies inside the period of what contains it.");

    /// <summary>AMC1006: a date that has happened is not in the future (accession dates, meetings).</summary>
    public static ValidationRule DateInFuture { get; } = new("AMC1006", ValidationSeverity.Error, "A date that has happened is not in the future.");

    /// <summary>AMC1007: every record cites at least one source.</summary>
    public static ValidationRule MissingSource { get; } = new("AMC1007", ValidationSeverity.Error, "Every record cites at least one source.");

    /// <summary>AMC1008: a number lies in its range (a percentage from 0 to 100, a positive meeting number, a plausible year).</summary>
    public static ValidationRule ValueOutOfRange { get; } = new("AMC1008", ValidationSeverity.Error, "A number lies in its range.");

    /// <summary>AMC1009: periods in a list are ordered and do not overlap (phases of a plan, action plans of one kind).</summary>
    public static ValidationRule PeriodsOutOfOrder { get; } = new("AMC1009", ValidationSeverity.Error, "Periods in a list are ordered and do not overlap.");

    /// <summary>AMC1010: a record's kind agrees with its members (a Dialogue Partner has the year it became one; a strategic area's lead is a working group).</summary>
    public static ValidationRule InconsistentKind { get; } = new("AMC1010", ValidationSeverity.Error, "A record's kind agrees with its members.");

    /// <summary>AMC1011: a record carried with confidence Unconfirmed (information: it is no confirmed fact).</summary>
    public static ValidationRule UnconfirmedRecord { get; } = new("AMC1011", ValidationSeverity.Information, "A record is carried with confidence Unconfirmed.");

    /// <summary>AMC1012: an initiative linked to an action plan ran while the plan was in force.</summary>
    public static ValidationRule InitiativeOutsidePlan { get; } = new("AMC1012", ValidationSeverity.Warning, "An initiative linked to an action plan ran while the plan was in force.");

    /// <summary>
    /// AMC1013: a record carried as <see cref="Provenance.Confidence.Inferred"/> or <see cref="Provenance.Confidence.Unconfirmed"/>,
    /// or one that lists inferred members, says why in its note, and each inferred member it lists is one of its members.
    /// </summary>
    public static ValidationRule UnexplainedInference { get; } = new("AMC1013", ValidationSeverity.Error, "An inference or an unconfirmed record is explained in its note and names members the record has.");

    /// <summary>
    /// AMC1014: a chain of references ends: no body is its own parent or ancestor, no action plan succeeds itself or a
    /// plan that (through others) succeeds it.
    /// </summary>
    public static ValidationRule ReferenceCycle { get; } = new("AMC1014", ValidationSeverity.Error, "A chain of parent bodies or plan successions ends; no record is its own ancestor.");

    /// <summary>Every reference-data rule.</summary>
    public static IReadOnlyList<ValidationRule> All { get; } =
    [
        RequiredMember, DuplicateIdentifier, UnresolvedReference, MalformedCode, PeriodOutsideParent, DateInFuture,
        MissingSource, ValueOutOfRange, PeriodsOutOfOrder, InconsistentKind, UnconfirmedRecord, InitiativeOutsidePlan,
        UnexplainedInference, ReferenceCycle,
    ];
}
