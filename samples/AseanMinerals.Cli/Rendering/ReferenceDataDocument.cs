using System.Globalization;
using AseanMinerals.Cli.Rendering.Documents;
using AseanMinerals.Core.Cooperation;
using AseanMinerals.Core.Indicators;
using AseanMinerals.Core.Provenance;
using AseanMinerals.Core.ReferenceData;

namespace AseanMinerals.Cli.Rendering;

/// <summary>
/// The reference data as a <see cref="TextDocument"/>, section by section (member states, objectives, meetings, bodies,
/// action plans, initiatives, indicators), and the sources the records cite (<c>report --sources</c>).
/// </summary>
internal static class ReferenceDataDocument
{
    public const string Title = "ASEAN cooperation in minerals: reference data";

    private const string Explanation =
        "Confidence: confirmed = an official or primary source, or several agree; secondary = one secondary source; unconfirmed = no source found; inferred = the library's own reading, explained in the note.";

    private const string SourcesHint =
        "Every record cites its sources: `asean-minerals report --sources` lists them with the records that cite each; `asean-minerals report --sources ID` prints the sources of one record (a member state's ISO code such as IDN, a plan such as AMCAP-III, a body such as ASOMM, ammin-N for the Nth AMMin).";

    public static TextDocument Build(ReferenceDataSet data)
    {
        var document = new TextDocument(Title);
        document.Lead.Add("The embedded reference data of AseanMinerals.Core: each record with its sources and a confidence.");
        document.Lead.Add(Explanation);

        var members = document.Table(new DocumentTable("ASEAN Member States", new("Member state"), new("ISO"), new("Numeric"), new("Joined ASEAN"), new("Confidence")) { ShortName = "Member states" });
        foreach (var member in data.CreateMembership().All)
        {
            members.Add(
                member.ShortName,
                member.Alpha3,
                member.IsoNumeric.ToString(),
                member.AccessionDate.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) + (member.IsFounder ? " (founder)" : member.IsAccessionDayUnconfirmed ? $" (only {member.ConfirmedAccession} confirmed)" : string.Empty),
                Confidence(member.Confidence));
        }

        var objectives = document.Table(new DocumentTable("Objectives of the 2005 Ministerial Understanding", new("#", ColumnKind.Count), new("Objective")) { ShortName = "Objectives" });
        foreach (var objective in data.Objectives.OrderBy(static o => o.Number))
        {
            objectives.Add(DocumentCell.Of(objective.Number), objective.Title);
        }

        var meetings = document.Table(new DocumentTable("ASEAN Ministerial Meetings on Minerals (AMMin)", new("Meeting"), new("Date"), new("Host"), new("Outcomes"), new("Confidence")) { ShortName = "Meetings" });
        foreach (var meeting in data.MinisterialMeetings)
        {
            meetings.Add(
                meeting.Name,
                meeting.Date.ToString(),
                $"{meeting.City}, {meeting.HostCountry}{(meeting.IsVirtual ? " (virtual)" : string.Empty)}",
                string.Join("\n", meeting.Outcomes),
                Confidence(meeting.Confidence));
        }

        var bodies = document.Table(new DocumentTable("Bodies: AMMin, ASOMM and its working groups", new("Body"), new("Name"), new("Kind"), new("Formerly")) { ShortName = "Bodies" });
        foreach (var body in data.Bodies)
        {
            bodies.Add(body.Abbreviation ?? body.Id, body.Name, DisplayText.Of(body.Kind), string.Join("; ", body.FormerNames));
        }

        var plans = document.Table(new DocumentTable("Action plans", new("Plan"), new("Period"), new("Adopted"), new("Phases"), new("Strategic areas (lead working group)")) { ShortName = "Action plans" });
        foreach (var plan in data.ActionPlans)
        {
            var areas = plan.StrategicAreas.Count > 0
                ? string.Join("\n", plan.StrategicAreas.Select(static a => $"{a.Number}. {a.Title}{(a.LeadWorkingGroupId is null ? string.Empty : $" ({a.LeadWorkingGroupId})")}"))
                : plan.Themes.Count > 0 ? "themes: " + string.Join("; ", plan.Themes) : string.Empty;
            plans.Add(
                $"{plan.Id}{(plan.Kind == ActionPlanKind.Scorecard ? " (scorecard)" : string.Empty)}{(plan.Confidence == Core.Provenance.Confidence.Unconfirmed ? " (unconfirmed)" : string.Empty)}",
                plan.Period.ToString(),
                plan.AdoptedAtMeeting is { } number ? $"AMMin {number}{(plan.IsInferred("adoptedAtMeeting") ? " (inferred)" : string.Empty)}" : string.Empty,
                string.Join("\n", plan.Phases.Select(static p => $"{p.Name} {p.Period}")),
                areas);
        }

        var byArea = document.Table(new DocumentTable("Capacity-building initiatives by thematic area", new("Thematic area"), new("Initiatives")) { ShortName = "Initiatives by area" });
        foreach (var area in data.ThematicAreas)
        {
            var initiatives = data.InitiativesInArea(area.Id).OrderBy(static i => i.Period.FirstDay).ToList();
            if (initiatives.Count > 0)
            {
                byArea.Add(area.Name, string.Join("\n", initiatives.Select(static i => $"{i.Period}  {i.Title}")));
            }
        }

        var bySupporter = document.Table(new DocumentTable("Capacity-building initiatives by supporter", new("Supporter"), new("Kind"), new("Initiatives", ColumnKind.Count)) { ShortName = "Initiatives by supporter" });
        foreach (var partner in data.Partners)
        {
            var count = data.InitiativesSupportedBy(partner.Id).Count();
            if (count > 0)
            {
                bySupporter.Add(partner.Name, DisplayText.Of(partner.Kind), DocumentCell.Of(count));
            }
        }

        foreach (var member in data.MemberStates)
        {
            var count = data.Initiatives.Count(i => i.SupporterIds.Contains(member.Alpha3, StringComparer.Ordinal));
            if (count > 0)
            {
                bySupporter.Add(member.ShortName, "member state", DocumentCell.Of(count));
            }
        }

        // Percentages and US dollars in columns of their own, so that each column has one number format.
        var indicators = document.Table(new DocumentTable(
            "Published trade indicators", new("Indicator"), new("Year", ColumnKind.Year), new("Share", ColumnKind.Percent), new("US$ billion", ColumnKind.Money), new("Qualifier"), new("Source"))
        { ShortName = "Indicators" });
        foreach (var indicator in data.Indicators)
        {
            var percent = indicator.Unit == IndicatorUnit.Percent;
            indicators.Add(
                DisplayText.Of(indicator.Measure),
                DocumentCell.Of(indicator.Year),
                percent ? DocumentCell.Of(indicator.Value / 100) : DocumentCell.Empty,
                percent ? DocumentCell.Empty : DocumentCell.Of(indicator.Value),
                indicator.Qualifier == IndicatorQualifier.Approximately ? "about" : string.Empty,
                indicator.Sources.Count > 0 ? indicator.Sources[0].Title : string.Empty);
        }

        document.Paragraph(SourcesHint);
        return document;
    }

    /// <summary>Every source the records cite, once, with the records that cite it.</summary>
    public static TextDocument Sources(ReferenceDataSet data)
    {
        var document = new TextDocument("ASEAN cooperation in minerals: the sources of the reference data");
        var records = Records(data).ToList();
        document.Lead.Add($"{DisplayText.Count(records.Count, "record")} cite {DisplayText.Count(records.SelectMany(static r => r.Record.Sources).Distinct().Count(), "source")}.");
        var table = document.Table(new DocumentTable("Sources", new("#", ColumnKind.Count), new("Source"), new("Address"), new("Cited by")));
        var number = 0;
        foreach (var source in records.SelectMany(static r => r.Record.Sources).Distinct())
        {
            var citing = records.Where(r => r.Record.Sources.Contains(source)).Select(static r => r.Id);
            table.Add(DocumentCell.Of(++number), source.Title, source.Url.ToString(), string.Join(", ", citing));
        }

        return document;
    }

    /// <summary>The sources of the record with this id (case-insensitive), with its confidence and note; null when no record has the id.</summary>
    public static TextDocument? SourcesOf(ReferenceDataSet data, string id)
    {
        var matches = Records(data).Where(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase)).ToList();
        if (matches.Count == 0)
        {
            return null;
        }

        var document = new TextDocument($"Sources of {id}");
        foreach (var (kind, recordId, name, record) in matches)
        {
            document.Lead.Add($"{kind} {recordId}: {name}; confidence {Confidence(record.Confidence)}{(record.Note is null ? string.Empty : "; " + record.Note)}");
            var table = document.Table(new DocumentTable($"Sources of {kind} {recordId}", new("Source"), new("Address")));
            foreach (var source in record.Sources)
            {
                table.Add(source.Title, source.Url.ToString());
            }
        }

        return document;
    }

    /// <summary>Each sourced record: its kind, its id as the tables show it, and its name.</summary>
    public static IEnumerable<(string Kind, string Id, string Name, ISourced Record)> Records(ReferenceDataSet data)
    {
        foreach (var m in data.MemberStates)
        {
            yield return ("member state", m.Alpha3, m.ShortName, m);
        }

        foreach (var o in data.Objectives)
        {
            yield return ("objective", o.Id, o.Title, o);
        }

        foreach (var m in data.MinisterialMeetings)
        {
            yield return ("meeting", $"ammin-{m.Number}", m.Name, m);
        }

        foreach (var b in data.Bodies)
        {
            yield return ("body", b.Id, b.Name, b);
        }

        foreach (var p in data.ActionPlans)
        {
            yield return ("action plan", p.Id, p.Name, p);
        }

        foreach (var i in data.Initiatives)
        {
            yield return ("initiative", i.Id, i.Title, i);
        }

        foreach (var p in data.Partners)
        {
            yield return ("partner", p.Id, p.Name, p);
        }

        foreach (var i in data.Indicators)
        {
            yield return ("indicator", i.Id, DisplayText.Of(i.Measure) + " " + i.Year.ToString(CultureInfo.InvariantCulture), i);
        }

        foreach (var a in data.TradeAreas)
        {
            yield return ("trade area", a.Code.ToString(), a.Name, a);
        }
    }

    private static string Confidence(Confidence confidence) => DisplayText.Of(confidence);
}
