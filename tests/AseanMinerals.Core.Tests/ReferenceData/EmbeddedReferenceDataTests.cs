using AseanMinerals.Core.Provenance;
using AseanMinerals.Core.ReferenceData;
using NodaTime;

namespace AseanMinerals.Core.Tests.ReferenceData;

public class EmbeddedReferenceDataTests
{
    private static readonly ReferenceDataSet Data = AseanReferenceData.Default;

    [Fact]
    public void The_embedded_dataset_validates_today_with_no_error_and_no_warning()
    {
        var today = SystemClock.Instance.GetCurrentInstant().InUtc().Date;

        var result = Data.Validate(today);

        result.Issues.Should().BeEmpty(
            "every seed record cites its sources and resolves its references; issues found:{0}{1}",
            Environment.NewLine,
            result);
    }

    [Fact]
    public void The_cooperation_seed_files_are_embedded_beside_the_member_states_and_trade_areas()
    {
        AseanReferenceData.EmbeddedFileNames.Should().Contain(
        [
            "action-plans.json", "bodies.json", "indicators.json", "initiatives.json", "member-states.json",
            "ministerial-meetings.json", "objectives.json", "partners.json", "thematic-areas.json", "trade-areas.json",
        ]);
    }

    [Fact]
    public void Every_partner_meeting_plan_and_initiative_cites_a_source_with_a_web_address()
    {
        var records = Data.Partners.Select(p => (Name: $"partner {p.Id}", Record: (ISourced)p))
            .Concat(Data.MinisterialMeetings.Select(m => (Name: m.Name, Record: (ISourced)m)))
            .Concat(Data.ActionPlans.Select(p => (Name: $"plan {p.Id}", Record: (ISourced)p)))
            .Concat(Data.Initiatives.Select(i => (Name: $"initiative {i.Id}", Record: (ISourced)i)))
            .ToList();

        records.Should().NotBeEmpty();
        foreach (var (name, record) in records)
        {
            record.Sources.Should().NotBeEmpty($"{name} must cite a source");
            record.Sources.Should().OnlyContain(
                s => !string.IsNullOrWhiteSpace(s.Title) && (s.Url.Scheme == Uri.UriSchemeHttps || s.Url.Scheme == Uri.UriSchemeHttp),
                $"every source of {name} has a title and an http(s) address");
        }
    }

    [Fact]
    public void No_record_is_carried_as_unconfirmed()
    {
        var sourced = Data.MemberStates.Cast<ISourced>()
            .Concat(Data.Partners).Concat(Data.Objectives).Concat(Data.MinisterialMeetings).Concat(Data.Bodies)
            .Concat(Data.ActionPlans).Concat(Data.Initiatives).Concat(Data.Indicators);

        sourced.Should().NotContain(r => r.Confidence == Confidence.Unconfirmed, "facts no source confirms are left out of the seeds");
    }
}
