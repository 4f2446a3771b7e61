using AseanMinerals.Core.Cooperation;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.CapacityBuilding;
using AseanMinerals.Core.Indicators;
using AseanMinerals.Core.Membership;
using AseanMinerals.Core.Partners;
using AseanMinerals.Core.Provenance;
using AseanMinerals.Core.Serialization;
using AseanMinerals.Core.Time;
using AseanMinerals.Core.Validation;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using Rules = AseanMinerals.Core.ReferenceData.ReferenceDataRules;

namespace AseanMinerals.Core.ReferenceData;

/// <summary>Checks a <see cref="ReferenceDataSet"/> against <see cref="ReferenceDataRules"/>, collecting every issue.</summary>
internal sealed class ReferenceDataValidator(ReferenceDataSet data, LocalDate today)
{
    private readonly List<ValidationIssue> _issues = [];

    public ValidationResult Run()
    {
        var memberCodes = CheckMemberStates();
        CheckTradeAreas();
        var partnerIds = CheckPartners();
        var objectiveIds = CheckObjectives();
        var meetingNumbers = CheckMeetings(memberCodes);
        var bodies = CheckBodies(memberCodes);
        var (planIds, areaPlans) = CheckActionPlans(meetingNumbers, objectiveIds, bodies);
        var thematicIds = CheckThematicAreas();
        CheckInitiatives(memberCodes, partnerIds, planIds, areaPlans, thematicIds);
        CheckIndicators();
        return new ValidationResult(_issues);
    }

    private HashSet<string> CheckMemberStates()
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var numerics = new HashSet<int>();
        for (var i = 0; i < data.MemberStates.Count; i++)
        {
            var member = data.MemberStates[i];
            var path = $"memberStates[{i}]";
            CheckSourced(member, path);
            CheckLetters(member.Alpha2, 2, $"{path}.alpha2");
            CheckLetters(member.Alpha3, 3, $"{path}.alpha3");
            Required(member.ShortName, $"{path}.shortName");
            Required(member.IsoName, $"{path}.isoName");
            if (member.M49 != member.IsoNumeric)
            {
                Add(Rules.MalformedCode, $"{path}.m49", $"The UN M49 code {member.M49} of {member.ShortName} differs from its ISO numeric code {member.IsoNumeric}; for a member state they are the same number.");
            }

            if (member.AccessionDate > today)
            {
                Add(Rules.DateInFuture, $"{path}.accessionDate", $"The accession date {member.AccessionDate:uuuu-MM-dd} of {member.ShortName} is after today ({today:uuuu-MM-dd}).");
            }

            if (member.ConfirmedAccession is { } confirmed && !confirmed.Contains(member.AccessionDate))
            {
                Add(Rules.PeriodOutsideParent, $"{path}.accessionDate", $"The accession date {member.AccessionDate:uuuu-MM-dd} of {member.ShortName} lies outside its confirmed accession {confirmed}.");
            }

            if (member.AccessionDate < MemberState.FoundingDate)
            {
                Add(Rules.ValueOutOfRange, $"{path}.accessionDate", $"The accession date {member.AccessionDate:uuuu-MM-dd} of {member.ShortName} is before ASEAN was founded ({MemberState.FoundingDate:uuuu-MM-dd}).");
            }

            Unique(codes, member.Alpha3, $"{path}.alpha3", "member state code");
            Unique(codes, member.Alpha2, $"{path}.alpha2", "member state code");
            if (!numerics.Add(member.IsoNumeric.Value))
            {
                Add(Rules.DuplicateIdentifier, $"{path}.isoNumeric", $"The numeric code {member.IsoNumeric} is used by another member state.");
            }
        }

        return codes;
    }

    private void CheckTradeAreas()
    {
        var codes = new HashSet<int>();
        for (var i = 0; i < data.TradeAreas.Count; i++)
        {
            var area = data.TradeAreas[i];
            var path = $"tradeAreas[{i}]";
            CheckSourced(area, path);
            Required(area.Name, $"{path}.name");
            if (area.Iso3 is not null && (area.Iso3.Length is < 1 or > 3 || area.Iso3 != area.Iso3.Trim()))
            {
                Add(Rules.MalformedCode, $"{path}.iso3", $"The ISO3 code '{area.Iso3}' of area {area.Code} must be one to three characters with no surrounding spaces.");
            }

            if (!codes.Add(area.Code.Value))
            {
                Add(Rules.DuplicateIdentifier, $"{path}.code", $"The area code {area.Code} appears more than once.");
            }
        }
    }

    private HashSet<string> CheckPartners()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < data.Partners.Count; i++)
        {
            var partner = data.Partners[i];
            var path = $"partners[{i}]";
            CheckSourced(partner, path);
            Required(partner.Name, $"{path}.name");
            if (Required(partner.Id, $"{path}.id"))
            {
                Unique(ids, partner.Id, $"{path}.id", "partner identifier");
            }

            if (partner.Country is not null)
            {
                CheckLetters(partner.Country, 3, $"{path}.country");
            }

            var isDialoguePartner = partner.Kind == PartnerKind.DialoguePartner;
            if (isDialoguePartner != partner.DialoguePartnerSince.HasValue)
            {
                Add(Rules.InconsistentKind, $"{path}.dialoguePartnerSince", isDialoguePartner
                    ? $"{partner.Name} is a Dialogue Partner but has no year it became one."
                    : $"{partner.Name} is not a Dialogue Partner but has a Dialogue Partner year.");
            }
            else if (partner.DialoguePartnerSince is { } since && (since < MemberState.FoundingDate.Year || since > today.Year))
            {
                Add(Rules.ValueOutOfRange, $"{path}.dialoguePartnerSince", $"The year {since} is not between ASEAN's founding ({MemberState.FoundingDate.Year}) and this year ({today.Year}).");
            }
        }

        return ids;
    }

    private HashSet<string> CheckObjectives()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var numbers = new HashSet<int>();
        for (var i = 0; i < data.Objectives.Count; i++)
        {
            var objective = data.Objectives[i];
            var path = $"objectives[{i}]";
            CheckSourced(objective, path);
            Required(objective.Title, $"{path}.title");
            if (Required(objective.Id, $"{path}.id"))
            {
                Unique(ids, objective.Id, $"{path}.id", "objective identifier");
            }

            if (objective.Number < 1)
            {
                Add(Rules.ValueOutOfRange, $"{path}.number", $"An objective's number starts at 1; found {objective.Number}.");
            }
            else if (!numbers.Add(objective.Number))
            {
                Add(Rules.DuplicateIdentifier, $"{path}.number", $"The objective number {objective.Number} appears more than once.");
            }
        }

        return ids;
    }

    private HashSet<int> CheckMeetings(HashSet<string> memberCodes)
    {
        var numbers = new HashSet<int>();
        MinisterialMeeting? previous = null;
        for (var i = 0; i < data.MinisterialMeetings.Count; i++)
        {
            var meeting = data.MinisterialMeetings[i];
            var path = $"ministerialMeetings[{i}]";
            CheckSourced(meeting, path);
            Required(meeting.City, $"{path}.city");
            Reference(memberCodes, meeting.HostCountry, $"{path}.hostCountry", "member state");
            NotInFuture(meeting.Date, $"{path}.date", meeting.Name);
            if (meeting.Number < 1)
            {
                Add(Rules.ValueOutOfRange, $"{path}.number", $"A meeting's number starts at 1; found {meeting.Number}.");
            }
            else if (!numbers.Add(meeting.Number))
            {
                Add(Rules.DuplicateIdentifier, $"{path}.number", $"The meeting number {meeting.Number} appears more than once.");
            }

            if (previous is not null && (meeting.Number <= previous.Number || meeting.Date.FirstDay < previous.Date.LastDay))
            {
                Add(Rules.PeriodsOutOfOrder, $"{path}.date", $"The {meeting.Name} ({meeting.Date}) must follow the {previous.Name} ({previous.Date}) in number and date.");
            }

            previous = meeting;
        }

        return numbers;
    }

    private Dictionary<string, CooperationBody> CheckBodies(HashSet<string> memberCodes)
    {
        var bodies = new Dictionary<string, CooperationBody>(StringComparer.Ordinal);
        for (var i = 0; i < data.Bodies.Count; i++)
        {
            var body = data.Bodies[i];
            var path = $"bodies[{i}]";
            CheckSourced(body, path);
            Required(body.Name, $"{path}.name");
            if (Required(body.Id, $"{path}.id") && !bodies.TryAdd(body.Id, body))
            {
                Add(Rules.DuplicateIdentifier, $"{path}.id", $"The body identifier '{body.Id}' appears more than once.");
            }

            if (body.Coordinator is not null)
            {
                Reference(memberCodes, body.Coordinator, $"{path}.coordinator", "member state");
            }

            if (body.Established is { } established)
            {
                NotInFuture(established, $"{path}.established", body.Name);
            }
        }

        for (var i = 0; i < data.Bodies.Count; i++)
        {
            if (data.Bodies[i].ParentId is { } parent && !bodies.ContainsKey(parent))
            {
                Add(Rules.UnresolvedReference, $"bodies[{i}].parentId", $"The parent body '{parent}' of {data.Bodies[i].Name} is not in the document.");
            }
        }

        CheckChains(data.Bodies, static b => b.Id, static b => b.ParentId, "bodies", "parentId", "parent");

        return bodies;
    }

    private (HashSet<string> PlanIds, Dictionary<string, string> AreaPlans) CheckActionPlans(
        HashSet<int> meetings, HashSet<string> objectiveIds, Dictionary<string, CooperationBody> bodies)
    {
        var planIds = new HashSet<string>(StringComparer.Ordinal);
        var areaPlans = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < data.ActionPlans.Count; i++)
        {
            var plan = data.ActionPlans[i];
            var path = $"actionPlans[{i}]";
            CheckSourced(plan, path);
            Required(plan.Name, $"{path}.name");
            if (Required(plan.Id, $"{path}.id"))
            {
                Unique(planIds, plan.Id, $"{path}.id", "action plan identifier");
            }

            MeetingReference(meetings, plan.AdoptedAtMeeting, $"{path}.adoptedAtMeeting");
            if (plan.ActionCount is < 0)
            {
                Add(Rules.ValueOutOfRange, $"{path}.actionCount", $"A plan cannot hold {plan.ActionCount} actions.");
            }

            CheckPhases(plan, path, meetings);
            for (var j = 0; j < plan.StrategicAreas.Count; j++)
            {
                var area = plan.StrategicAreas[j];
                var areaPath = $"{path}.strategicAreas[{j}]";
                Required(area.Title, $"{areaPath}.title");
                if (Required(area.Id, $"{areaPath}.id") && !areaPlans.TryAdd(area.Id, plan.Id))
                {
                    Add(Rules.DuplicateIdentifier, $"{areaPath}.id", $"The strategic area identifier '{area.Id}' appears more than once.");
                }

                for (var k = 0; k < area.ObjectiveIds.Count; k++)
                {
                    Reference(objectiveIds, area.ObjectiveIds[k], $"{areaPath}.objectiveIds[{k}]", "objective");
                }

                if (area.LeadWorkingGroupId is { } lead)
                {
                    if (!bodies.TryGetValue(lead, out var body))
                    {
                        Add(Rules.UnresolvedReference, $"{areaPath}.leadWorkingGroupId", $"The working group '{lead}' is not in the document.");
                    }
                    else if (body.Kind != CooperationBodyKind.WorkingGroup)
                    {
                        Add(Rules.InconsistentKind, $"{areaPath}.leadWorkingGroupId", $"'{lead}' leads a strategic area but is a {body.Kind}, not a working group.");
                    }
                }
            }
        }

        for (var i = 0; i < data.ActionPlans.Count; i++)
        {
            if (data.ActionPlans[i].SucceedsId is { } succeeds && !planIds.Contains(succeeds))
            {
                Add(Rules.UnresolvedReference, $"actionPlans[{i}].succeedsId", $"The plan '{succeeds}' that {data.ActionPlans[i].Id} follows is not in the document.");
            }
        }

        CheckChains(data.ActionPlans, static p => p.Id, static p => p.SucceedsId, "actionPlans", "succeedsId", "predecessor");

        CheckPlanSequence();
        return (planIds, areaPlans);
    }

    // Follows each record's link (a body's parent, a plan's predecessor) until the chain ends or comes back: a record
    // met again is its own ancestor. Each cycle is reported once, at the link of its first record in document order.
    private void CheckChains<T>(IReadOnlyList<T> records, Func<T, string> idOf, Func<T, string?> linkOf, string list, string member, string what)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < records.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(idOf(records[i])))
            {
                index.TryAdd(idOf(records[i]), i);
            }
        }

        var reported = new HashSet<int>();
        for (var i = 0; i < records.Count; i++)
        {
            var chain = new List<int> { i };
            var current = i;
            while (linkOf(records[current]) is { } link && index.TryGetValue(link, out var next))
            {
                if (next == i)
                {
                    if (chain.TrueForAll(reported.Add))
                    {
                        var names = string.Join(" -> ", chain.Append(i).Select(k => idOf(records[k])));
                        Add(Rules.ReferenceCycle, $"{list}[{i}].{member}", chain.Count == 1
                            ? $"'{idOf(records[i])}' names itself as its {what}."
                            : $"The {what}s of '{idOf(records[i])}' come back to it: {names}.");
                    }

                    break;
                }

                if (chain.Contains(next) || chain.Count > records.Count)
                {
                    break; // a cycle further up the chain, reported from one of its own records
                }

                chain.Add(next);
                current = next;
            }
        }
    }

    private void CheckPhases(ActionPlan plan, string path, HashSet<int> meetings)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var j = 0; j < plan.Phases.Count; j++)
        {
            var phase = plan.Phases[j];
            var phasePath = $"{path}.phases[{j}]";
            if (Required(phase.Id, $"{phasePath}.id"))
            {
                Unique(ids, phase.Id, $"{phasePath}.id", "phase identifier");
            }

            Required(phase.Name, $"{phasePath}.name");
            MeetingReference(meetings, phase.AdoptedAtMeeting, $"{phasePath}.adoptedAtMeeting");
            if (!phase.Period.IsWithin(plan.Period))
            {
                Add(Rules.PeriodOutsideParent, $"{phasePath}.period", $"{plan.Id} {phase.Name} runs {phase.Period}, outside the plan's period {plan.Period}.");
            }

            if (j > 0 && plan.Phases[j - 1].Period.LastDay is { } previousEnd && phase.Period.FirstDay <= previousEnd)
            {
                Add(Rules.PeriodsOutOfOrder, $"{phasePath}.period", $"{plan.Id} {phase.Name} ({phase.Period}) starts before the previous phase ends ({previousEnd:uuuu-MM-dd}).");
            }
        }
    }

    private void CheckPlanSequence()
    {
        ActionPlan? previous = null;
        for (var i = 0; i < data.ActionPlans.Count; i++)
        {
            var plan = data.ActionPlans[i];
            if (plan.Kind != ActionPlanKind.ActionPlan)
            {
                continue;
            }

            if (previous is not null && (previous.Period.LastDay is not { } end || plan.Period.FirstDay <= end))
            {
                Add(Rules.PeriodsOutOfOrder, $"actionPlans[{i}].period", $"{plan.Id} ({plan.Period}) starts before {previous.Id} ({previous.Period}) ends; action plans follow one another.");
            }

            previous = plan;
        }
    }

    private HashSet<string> CheckThematicAreas()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < data.ThematicAreas.Count; i++)
        {
            var area = data.ThematicAreas[i];
            CheckSourced(area, $"thematicAreas[{i}]");
            Required(area.Name, $"thematicAreas[{i}].name");
            if (Required(area.Id, $"thematicAreas[{i}].id"))
            {
                Unique(ids, area.Id, $"thematicAreas[{i}].id", "thematic area identifier");
            }
        }

        return ids;
    }

    private void CheckInitiatives(
        HashSet<string> memberCodes, HashSet<string> partnerIds, HashSet<string> planIds, Dictionary<string, string> areaPlans, HashSet<string> thematicIds)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var plans = data.ActionPlans.Where(p => p.Id is not null).GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        for (var i = 0; i < data.Initiatives.Count; i++)
        {
            var initiative = data.Initiatives[i];
            var path = $"initiatives[{i}]";
            CheckSourced(initiative, path);
            Required(initiative.Title, $"{path}.title");
            if (Required(initiative.Id, $"{path}.id"))
            {
                Unique(ids, initiative.Id, $"{path}.id", "initiative identifier");
            }

            if (initiative.ThematicAreaIds.Count == 0)
            {
                Add(Rules.RequiredMember, $"{path}.thematicAreaIds", $"The initiative '{initiative.Id}' names no thematic area; it needs at least one.");
            }

            for (var j = 0; j < initiative.ThematicAreaIds.Count; j++)
            {
                Reference(thematicIds, initiative.ThematicAreaIds[j], $"{path}.thematicAreaIds[{j}]", "thematic area");
            }

            for (var j = 0; j < initiative.SupporterIds.Count; j++)
            {
                var supporter = initiative.SupporterIds[j];
                if (!partnerIds.Contains(supporter) && !memberCodes.Contains(supporter))
                {
                    Add(Rules.UnresolvedReference, $"{path}.supporterIds[{j}]", $"The supporter '{supporter}' is neither a partner nor a member state in the document.");
                }
            }

            for (var j = 0; j < initiative.ParticipantIds.Count; j++)
            {
                Reference(memberCodes, initiative.ParticipantIds[j], $"{path}.participantIds[{j}]", "member state");
            }

            if (initiative.HostCountry is not null && CheckLetters(initiative.HostCountry, 3, $"{path}.hostCountry") && !IsCountry(initiative.HostCountry, memberCodes, partnerIds))
            {
                Add(Rules.UnresolvedReference, $"{path}.hostCountry", $"The host country '{initiative.HostCountry}' is neither a member state, a partner, nor a country of the trade areas.");
            }

            if (initiative.ParticipantCount is < 0)
            {
                Add(Rules.ValueOutOfRange, $"{path}.participantCount", $"A participant count cannot be {initiative.ParticipantCount}.");
            }

            CheckFunding(initiative.Funding, $"{path}.funding");
            CheckPlanLink(initiative, path, planIds, areaPlans, plans);
        }
    }

    private void CheckPlanLink(
        CapacityBuildingInitiative initiative, string path, HashSet<string> planIds, Dictionary<string, string> areaPlans, Dictionary<string, ActionPlan> plans)
    {
        if (initiative.ActionPlanId is { } planId)
        {
            if (!planIds.Contains(planId))
            {
                Add(Rules.UnresolvedReference, $"{path}.actionPlanId", $"The action plan '{planId}' is not in the document.");
            }
            else if (!initiative.Period.Overlaps(new DateInterval(plans[planId].Period.FirstDay, plans[planId].Period.LastDay ?? LocalDate.MaxIsoValue)))
            {
                Add(Rules.InitiativeOutsidePlan, $"{path}.period", $"The initiative '{initiative.Id}' ({initiative.Period}) did not run while {planId} ({plans[planId].Period}) was in force.");
            }
        }

        if (initiative.StrategicAreaId is { } areaId)
        {
            if (!areaPlans.TryGetValue(areaId, out var areaPlan))
            {
                Add(Rules.UnresolvedReference, $"{path}.strategicAreaId", $"The strategic area '{areaId}' is not in the document.");
            }
            else if (initiative.ActionPlanId is { } linkedPlanId && !string.Equals(linkedPlanId, areaPlan, StringComparison.Ordinal))
            {
                Add(Rules.UnresolvedReference, $"{path}.strategicAreaId", $"The strategic area '{areaId}' belongs to {areaPlan}, not to {linkedPlanId}.");
            }
        }
    }

    private void CheckFunding(Funding? funding, string path)
    {
        if (funding is null)
        {
            return;
        }

        Required(funding.Funder, $"{path}.funder");
        if (funding.Amount is < 0)
        {
            Add(Rules.ValueOutOfRange, $"{path}.amount", $"A funding amount cannot be negative ({funding.Amount}).");
        }

        if (funding.Amount is not null && funding.Currency is null)
        {
            Add(Rules.RequiredMember, $"{path}.currency", "A funding amount needs its currency.");
        }

        if (funding.Currency is not null)
        {
            CheckLetters(funding.Currency, 3, $"{path}.currency");
        }
    }

    private void CheckIndicators()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < data.Indicators.Count; i++)
        {
            var indicator = data.Indicators[i];
            var path = $"indicators[{i}]";
            CheckSourced(indicator, path);
            if (Required(indicator.Id, $"{path}.id"))
            {
                Unique(ids, indicator.Id, $"{path}.id", "indicator identifier");
            }

            if (indicator.Value < 0 || (indicator.Unit == IndicatorUnit.Percent && indicator.Value > 100))
            {
                Add(Rules.ValueOutOfRange, $"{path}.value", $"The value {indicator.Value} is out of range for {indicator.Unit}.");
            }

            if (indicator.Year < MemberState.FoundingDate.Year || indicator.Year > today.Year)
            {
                Add(Rules.ValueOutOfRange, $"{path}.year", $"The year {indicator.Year} is not between {MemberState.FoundingDate.Year} and this year ({today.Year}).");
            }
        }
    }

    private void CheckSourced(SourcedRecord record, string path)
    {
        if (record.Sources is null || record.Sources.Count == 0)
        {
            Add(Rules.MissingSource, $"{path}.sources", "The record cites no source; every fact needs one.");
        }

        if (record.Confidence == Confidence.Unconfirmed)
        {
            Add(Rules.UnconfirmedRecord, $"{path}.confidence", "The record is carried with confidence 'unconfirmed': no source confirms it, or the part of it its note names.");
        }

        var needsReason = record.Confidence is Confidence.Unconfirmed or Confidence.Inferred || record.InferredMembers.Count > 0;
        if (needsReason && string.IsNullOrWhiteSpace(record.Note))
        {
            Add(Rules.UnexplainedInference, $"{path}.note", $"The record is carried as '{record.Confidence}'{(record.InferredMembers.Count > 0 ? " with inferred members" : string.Empty)} but its note does not say why.");
        }

        for (var i = 0; i < record.InferredMembers.Count; i++)
        {
            if (!MemberPathExists(record.GetType(), record.InferredMembers[i]))
            {
                Add(Rules.UnexplainedInference, $"{path}.inferredMembers[{i}]", $"'{record.InferredMembers[i]}' is not a member of a {record.GetType().Name} record.");
            }
        }
    }

    // Walks a dotted JSON member path through the source-generated metadata; a list is stepped through to its items.
    private static bool MemberPathExists(Type type, string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return false;
        }

        foreach (var segment in path.Split('.'))
        {
            var info = AseanMineralsJsonContext.Default.GetTypeInfo(type);
            if (info is { Kind: JsonTypeInfoKind.Enumerable, ElementType: { } element })
            {
                info = AseanMineralsJsonContext.Default.GetTypeInfo(element);
            }

            var property = info is { Kind: JsonTypeInfoKind.Object } ? info.Properties.FirstOrDefault(p => p.Name == segment) : null;
            if (property is null)
            {
                return false;
            }

            type = property.PropertyType;
        }

        return true;
    }

    private void MeetingReference(HashSet<int> meetings, int? number, string path)
    {
        if (number is { } n && !meetings.Contains(n))
        {
            Add(Rules.UnresolvedReference, path, $"No AMMin numbered {n} is in the document.");
        }
    }

    private void NotInFuture(PartialDate date, string path, string what)
    {
        if (date.FirstDay > today)
        {
            Add(Rules.DateInFuture, path, $"The date {date} of {what} is after today ({today:uuuu-MM-dd}).");
        }
    }

    private void Reference(HashSet<string> known, string? id, string path, string what)
    {
        if (id is null || !known.Contains(id))
        {
            Add(Rules.UnresolvedReference, path, $"The {what} '{id}' is not in the document.");
        }
    }

    // A host is a member state or partner of the document, or any country of its trade areas or of the library's catalogue
    // (a document of some sections only has no trade areas of its own).
    private bool IsCountry(string alpha3, HashSet<string> memberCodes, HashSet<string> partnerIds) =>
        memberCodes.Contains(alpha3) || partnerIds.Contains(alpha3)
        || data.TradeAreas.Any(a => string.Equals(a.Iso3, alpha3, StringComparison.Ordinal))
        || TradeAreaCatalog.Default.Any(a => string.Equals(a.Iso3, alpha3, StringComparison.Ordinal));

    private bool Required(string? value, string path)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        Add(Rules.RequiredMember, path, "The member is required and must not be blank.");
        return false;
    }

    private void Unique(HashSet<string> seen, string value, string path, string what)
    {
        if (!seen.Add(value))
        {
            Add(Rules.DuplicateIdentifier, path, $"The {what} '{value}' appears more than once.");
        }
    }

    private bool CheckLetters(string? code, int length, string path)
    {
        if (code is null || code.Length != length || !code.All(char.IsAsciiLetterUpper))
        {
            Add(Rules.MalformedCode, path, $"'{code}' is not a code of {length} capital letters.");
            return false;
        }

        return true;
    }

    private void Add(ValidationRule rule, string path, string message) => _issues.Add(rule.At(path, message));
}
