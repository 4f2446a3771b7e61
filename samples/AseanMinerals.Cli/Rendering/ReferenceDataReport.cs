using System.Globalization;
using AseanMinerals.Core.Cooperation;
using AseanMinerals.Core.Indicators;
using AseanMinerals.Core.Provenance;
using AseanMinerals.Core.ReferenceData;
using Spectre.Console;

namespace AseanMinerals.Cli.Rendering;

/// <summary>Renders a reference-data document section by section, as tables.</summary>
internal sealed class ReferenceDataReport(ReferenceDataSet data, CliEnvironment environment)
{
    private readonly IAnsiConsole _console = environment.CreateConsole();

    public void Render()
    {
        Heading("ASEAN cooperation in minerals: reference data");
        MemberStates();
        Objectives();
        Meetings();
        WorkingGroups();
        ActionPlans();
        InitiativesByArea();
        InitiativesBySupporter();
        Indicators();
        _console.WriteLine();
        _console.WriteLine("Confidence: confirmed = an official or primary source, or several agree; secondary = one secondary source; unconfirmed = no source found; inferred = the library's own reading, explained in the note.");
        _console.WriteLine("Every record cites its sources: see seeds/reference/*.json or `asean-minerals validate` for the full data.");
    }

    private void MemberStates()
    {
        var table = NewTable("ASEAN Member States", "Member state", "ISO", "Numeric", "Joined ASEAN", "Confidence");
        foreach (var member in data.CreateMembership().All)
        {
            table.AddRow(
                Cell(member.ShortName),
                member.Alpha3,
                member.IsoNumeric.ToString(),
                member.AccessionDate.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) + (member.IsFounder ? " (founder)" : member.IsAccessionDayUnconfirmed ? $" (only {member.ConfirmedAccession} confirmed)" : string.Empty),
                Confidence(member.Confidence));
        }

        Write(table, data.MemberStates.Count);
    }

    private void Objectives()
    {
        var table = NewTable("Objectives of the 2005 Ministerial Understanding", "#", "Objective");
        foreach (var objective in data.Objectives.OrderBy(static o => o.Number))
        {
            table.AddRow(objective.Number.ToString(CultureInfo.InvariantCulture), Cell(objective.Title));
        }

        Write(table, data.Objectives.Count);
    }

    private void Meetings()
    {
        var table = NewTable("ASEAN Ministerial Meetings on Minerals (AMMin)", "Meeting", "Date", "Host", "Outcomes", "Confidence");
        foreach (var meeting in data.MinisterialMeetings)
        {
            table.AddRow(
                meeting.Name,
                meeting.Date.ToString(),
                Cell($"{meeting.City}, {meeting.HostCountry}{(meeting.IsVirtual ? " (virtual)" : string.Empty)}"),
                Cell(string.Join("; ", meeting.Outcomes)),
                Confidence(meeting.Confidence));
        }

        Write(table, data.MinisterialMeetings.Count);
    }

    private void WorkingGroups()
    {
        var table = NewTable("Bodies: AMMin, ASOMM and its working groups", "Body", "Name", "Kind", "Formerly");
        foreach (var body in data.Bodies)
        {
            table.AddRow(Cell(body.Abbreviation ?? body.Id), Cell(body.Name), body.Kind.ToString(), Cell(string.Join("; ", body.FormerNames)));
        }

        Write(table, data.Bodies.Count);
    }

    private void ActionPlans()
    {
        var table = NewTable("Action plans", "Plan", "Period", "Adopted", "Phases", "Strategic areas (lead working group)");
        foreach (var plan in data.ActionPlans)
        {
            var phases = string.Join("\n", plan.Phases.Select(static p => $"{p.Name} {p.Period}"));
            var areas = plan.StrategicAreas.Count > 0
                ? string.Join("\n", plan.StrategicAreas.Select(static a => $"{a.Number}. {a.Title}{(a.LeadWorkingGroupId is null ? string.Empty : $" ({a.LeadWorkingGroupId})")}"))
                : plan.Themes.Count > 0 ? "themes: " + string.Join("; ", plan.Themes) : string.Empty;
            table.AddRow(
                Cell($"{plan.Id}{(plan.Kind == ActionPlanKind.Scorecard ? " (scorecard)" : string.Empty)}{(plan.Confidence == Core.Provenance.Confidence.Unconfirmed ? " (unconfirmed)" : string.Empty)}"),
                plan.Period.ToString(),
                plan.AdoptedAtMeeting is { } number ? $"AMMin {number}{(plan.IsInferred("adoptedAtMeeting") ? " (inferred)" : string.Empty)}" : string.Empty,
                Cell(phases),
                Cell(areas));
        }

        Write(table, data.ActionPlans.Count);
    }

    private void InitiativesByArea()
    {
        var table = NewTable("Capacity-building initiatives by thematic area", "Thematic area", "Initiatives");
        foreach (var area in data.ThematicAreas)
        {
            var initiatives = data.InitiativesInArea(area.Id).OrderBy(static i => i.Period.FirstDay).ToList();
            if (initiatives.Count > 0)
            {
                table.AddRow(Cell(area.Name), Cell(string.Join("\n", initiatives.Select(static i => $"{i.Period}  {i.Title}"))));
            }
        }

        Write(table, data.Initiatives.Count);
    }

    private void InitiativesBySupporter()
    {
        var table = NewTable("Capacity-building initiatives by supporter", "Supporter", "Kind", "Initiatives");
        var members = data.MemberStates.ToDictionary(static m => m.Alpha3, static m => m.ShortName, StringComparer.Ordinal);
        foreach (var partner in data.Partners)
        {
            var count = data.InitiativesSupportedBy(partner.Id).Count();
            if (count > 0)
            {
                table.AddRow(Cell(partner.Name), partner.Kind.ToString(), count.ToString(CultureInfo.InvariantCulture));
            }
        }

        foreach (var (alpha3, name) in members)
        {
            var count = data.Initiatives.Count(i => i.SupporterIds.Contains(alpha3, StringComparer.Ordinal));
            if (count > 0)
            {
                table.AddRow(Cell(name), "MemberState", count.ToString(CultureInfo.InvariantCulture));
            }
        }

        Write(table, data.Initiatives.Count);
    }

    private void Indicators()
    {
        var table = NewTable("Published trade indicators", "Indicator", "Year", "Value", "Source");
        foreach (var indicator in data.Indicators)
        {
            var value = indicator.Unit == IndicatorUnit.Percent
                ? string.Create(CultureInfo.InvariantCulture, $"{indicator.Value}%")
                : string.Create(CultureInfo.InvariantCulture, $"US${indicator.Value:#,0.##} billion");
            table.AddRow(
                Cell(indicator.Measure.ToString()),
                indicator.Year.ToString(CultureInfo.InvariantCulture),
                (indicator.Qualifier == IndicatorQualifier.Approximately ? "about " : string.Empty) + value,
                Cell(indicator.Sources.Count > 0 ? indicator.Sources[0].Title : string.Empty));
        }

        Write(table, data.Indicators.Count);
    }

    private void Heading(string text)
    {
        if (environment.IsTerminal)
        {
            _console.Write(new Rule($"[bold]{Markup.Escape(text)}[/]").LeftJustified());
        }
        else
        {
            _console.WriteLine("# " + text);
        }
    }

    private void Write(Table table, int rows)
    {
        _console.WriteLine();
        if (rows == 0)
        {
            _console.WriteLine($"{table.Title?.Text}: none in this data set.");
            return;
        }

        _console.Write(table);
    }

    private Table NewTable(string title, params string[] columns)
    {
        var table = new Table { Border = environment.TableBorder, Title = new TableTitle(title), Expand = false };
        foreach (var column in columns)
        {
            table.AddColumn(column);
        }

        return table;
    }

    private static string Cell(string text) => Markup.Escape(text);

    private static string Confidence(Confidence confidence) => confidence.ToString().ToLowerInvariant();
}
