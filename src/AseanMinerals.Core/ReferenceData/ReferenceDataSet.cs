using AseanMinerals.Core.CapacityBuilding;
using AseanMinerals.Core.Cooperation;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Indicators;
using AseanMinerals.Core.Internal;
using AseanMinerals.Core.Membership;
using AseanMinerals.Core.Partners;
using AseanMinerals.Core.Provenance;
using AseanMinerals.Core.Serialization;
using AseanMinerals.Core.Validation;
using NodaTime;

namespace AseanMinerals.Core.ReferenceData;

/// <summary>
/// A reference-data document: the member states, trade areas, partners, objectives, meetings, bodies, action plans,
/// thematic areas, capacity-building initiatives and published indicators of ASEAN minerals cooperation.
/// <see cref="AseanReferenceData.Default"/> is the library's own, built from the cited files in <c>seeds/</c>.
/// </summary>
public sealed record ReferenceDataSet : ExtensibleRecord
{
    /// <summary>The schema version this library writes and fully understands.</summary>
    public const string CurrentSchemaVersion = "1.0";

    /// <summary>The version of the schema the document follows, <c>MAJOR.MINOR</c>.</summary>
    public string SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>The ASEAN Member States, with their accession dates.</summary>
    public IReadOnlyList<MemberState> MemberStates { get; init => field = ValueList.From(value); } = ValueList.From<MemberState>(null);

    /// <summary>The reporter and partner areas of trade statistics, by their Comtrade codes.</summary>
    public IReadOnlyList<TradeArea> TradeAreas { get; init => field = ValueList.From(value); } = ValueList.From<TradeArea>(null);

    /// <summary>The Dialogue Partners and partner organisations.</summary>
    public IReadOnlyList<Partner> Partners { get; init => field = ValueList.From(value); } = ValueList.From<Partner>(null);

    /// <summary>The objectives of the 2005 Ministerial Understanding.</summary>
    public IReadOnlyList<CooperationObjective> Objectives { get; init => field = ValueList.From(value); } = ValueList.From<CooperationObjective>(null);

    /// <summary>The ASEAN Ministerial Meetings on Minerals (AMMin).</summary>
    public IReadOnlyList<MinisterialMeeting> MinisterialMeetings { get; init => field = ValueList.From(value); } = ValueList.From<MinisterialMeeting>(null);

    /// <summary>The bodies: AMMin, ASOMM, ASOMM+3, the working groups and task forces.</summary>
    public IReadOnlyList<CooperationBody> Bodies { get; init => field = ValueList.From(value); } = ValueList.From<CooperationBody>(null);

    /// <summary>The action plans and interim scorecards.</summary>
    public IReadOnlyList<ActionPlan> ActionPlans { get; init => field = ValueList.From(value); } = ValueList.From<ActionPlan>(null);

    /// <summary>The thematic areas that capacity-building initiatives refer to.</summary>
    public IReadOnlyList<ThematicArea> ThematicAreas { get; init => field = ValueList.From(value); } = ValueList.From<ThematicArea>(null);

    /// <summary>The capacity-building initiatives.</summary>
    public IReadOnlyList<CapacityBuildingInitiative> Initiatives { get; init => field = ValueList.From(value); } = ValueList.From<CapacityBuildingInitiative>(null);

    /// <summary>Published figures on ASEAN's minerals and total trade.</summary>
    public IReadOnlyList<PublishedIndicator> Indicators { get; init => field = ValueList.From(value); } = ValueList.From<PublishedIndicator>(null);

    /// <summary>Makes the time-aware membership from <see cref="MemberStates"/>; create it once and keep it.</summary>
    /// <returns>The membership.</returns>
    /// <exception cref="ArgumentException">Two member states share a code (<see cref="Validate()"/> reports it first).</exception>
    public AseanMembership CreateMembership() => new(MemberStates);

    /// <summary>Indexes <see cref="TradeAreas"/> by code; create it once and keep it.</summary>
    /// <returns>The catalogue (where two areas share a code, the first wins; <see cref="Validate()"/> reports it).</returns>
    public TradeAreaCatalog CreateTradeAreaCatalog() => new(TradeAreas);

    /// <summary>Puts two documents together: every list of <paramref name="other"/> follows this one's.</summary>
    /// <param name="other">The other document, of the same schema major version.</param>
    /// <returns>The merged document (validate it: merging can bring duplicates).</returns>
    public ReferenceDataSet Merge(ReferenceDataSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return this with
        {
            MemberStates = [.. MemberStates, .. other.MemberStates],
            TradeAreas = [.. TradeAreas, .. other.TradeAreas],
            Partners = [.. Partners, .. other.Partners],
            Objectives = [.. Objectives, .. other.Objectives],
            MinisterialMeetings = [.. MinisterialMeetings, .. other.MinisterialMeetings],
            Bodies = [.. Bodies, .. other.Bodies],
            ActionPlans = [.. ActionPlans, .. other.ActionPlans],
            ThematicAreas = [.. ThematicAreas, .. other.ThematicAreas],
            Initiatives = [.. Initiatives, .. other.Initiatives],
            Indicators = [.. Indicators, .. other.Indicators],
        };
    }

    /// <summary>Checks the whole document against every reference-data rule, as of today (UTC).</summary>
    /// <returns>Every issue found.</returns>
    public ValidationResult Validate() => Validate(SystemClock.Instance.GetCurrentInstant().InUtc().Date);

    /// <summary>Checks the whole document against every reference-data rule (<see cref="ReferenceDataRules"/>).</summary>
    /// <param name="today">The day against which "not in the future" is judged.</param>
    /// <returns>Every issue found, each with its code and the path to the offending member.</returns>
    public ValidationResult Validate(LocalDate today) => new ReferenceDataValidator(this, today).Run();

    /// <summary>The initiatives with a thematic area.</summary>
    /// <param name="thematicAreaId">The thematic area's identifier.</param>
    /// <returns>The initiatives, in document order.</returns>
    public IEnumerable<CapacityBuildingInitiative> InitiativesInArea(string thematicAreaId) =>
        Initiatives.Where(i => i.ThematicAreaIds.Contains(thematicAreaId, StringComparer.Ordinal));

    /// <summary>
    /// The initiatives a partner or member state supported: those naming it, and, for a country, those naming one of its
    /// national or academic institutions (KIGAM counts for the Republic of Korea).
    /// </summary>
    /// <param name="supporterId">A partner identifier (<c>KOR</c>, <c>CCOP</c>) or a member state's alpha-3 code.</param>
    /// <returns>The initiatives, in document order.</returns>
    public IEnumerable<CapacityBuildingInitiative> InitiativesSupportedBy(string supporterId)
    {
        ArgumentNullException.ThrowIfNull(supporterId);
        var supporters = Partners
            .Where(p => string.Equals(p.Country, supporterId, StringComparison.Ordinal))
            .Select(static p => p.Id)
            .Append(supporterId)
            .ToHashSet(StringComparer.Ordinal);
        return Initiatives.Where(i => i.SupporterIds.Any(supporters.Contains));
    }

    /// <summary>The initiatives a member state is known to have taken part in or hosted.</summary>
    /// <param name="alpha3">The member state's alpha-3 code.</param>
    /// <returns>The initiatives, in document order.</returns>
    public IEnumerable<CapacityBuildingInitiative> InitiativesWithMemberState(string alpha3) =>
        Initiatives.Where(i =>
            i.ParticipantIds.Contains(alpha3, StringComparer.Ordinal) || string.Equals(i.HostCountry, alpha3, StringComparison.Ordinal));

    /// <summary>The initiatives under an action plan.</summary>
    /// <param name="actionPlanId">The plan's identifier.</param>
    /// <returns>The initiatives, in document order.</returns>
    public IEnumerable<CapacityBuildingInitiative> InitiativesUnderPlan(string actionPlanId) =>
        Initiatives.Where(i => string.Equals(i.ActionPlanId, actionPlanId, StringComparison.Ordinal));

    /// <summary>The initiatives that may have run on at least one day of an interval (judged at their stated precision).</summary>
    /// <param name="interval">The interval.</param>
    /// <returns>The initiatives, in document order.</returns>
    public IEnumerable<CapacityBuildingInitiative> InitiativesDuring(DateInterval interval)
    {
        ArgumentNullException.ThrowIfNull(interval);
        return Initiatives.Where(i => i.Period.Overlaps(interval));
    }

    /// <summary>
    /// The action plan in force on a day: a plan (not a scorecard) whose period holds the day, if any. A plan carried as
    /// unconfirmed (one being prepared, such as AMCAP-IV) is never in force.
    /// </summary>
    /// <param name="date">The day.</param>
    /// <returns>The plan, or null.</returns>
    public ActionPlan? ActionPlanOn(LocalDate date) =>
        ActionPlans.FirstOrDefault(p => p.Kind == ActionPlanKind.ActionPlan && p.Confidence != Confidence.Unconfirmed && p.Period.Contains(date));

    /// <inheritdoc />
    public override string ToString() =>
        $"Reference data {SchemaVersion}: {MemberStates.Count} member states, {Partners.Count} partners, {ActionPlans.Count} action plans, {Initiatives.Count} initiatives, {Indicators.Count} indicators";
}
