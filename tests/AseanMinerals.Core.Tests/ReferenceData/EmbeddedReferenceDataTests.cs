using AseanMinerals.Core.Provenance;
using AseanMinerals.Core.ReferenceData;
using NodaTime;

namespace AseanMinerals.Core.Tests.ReferenceData;

public class EmbeddedReferenceDataTests
{
    private static readonly ReferenceDataSet Data = AseanReferenceData.Default;

    [Fact]
    public void The_embedded_dataset_validates_today_with_no_error_no_warning_and_only_the_notes_of_its_unconfirmed_records()
    {
        var today = SystemClock.Instance.GetCurrentInstant().InUtc().Date;

        var result = Data.Validate(today);

        // The only issues are the AMC1011 information notes of the records deliberately carried as unconfirmed (the five
        // accession days FACTS.md marks UNCONFIRMED and AMCAP-IV); anything else is a defect of the seeds.
        result.Issues.Where(i => i.Code != ReferenceDataRules.UnconfirmedRecord.Code).Should().BeEmpty(
            "every seed record cites its sources and resolves its references; issues found:{0}{1}",
            Environment.NewLine,
            result);
        result.Issues.Select(i => i.Path).Should().BeEquivalentTo(
            "memberStates[5].confidence", "memberStates[6].confidence", "memberStates[7].confidence", "memberStates[8].confidence",
            "memberStates[9].confidence", "actionPlans[4].confidence");
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
    public void The_records_carried_as_unconfirmed_are_the_five_unconfirmed_accession_days_and_AMCAP_IV_each_explained()
    {
        // FACTS.md section 1a: the days of Brunei Darussalam, Viet Nam, Lao PDR, Myanmar and Cambodia are UNCONFIRMED;
        // section 3: AMCAP-IV's adoption, years and content are UNCONFIRMED.
        var unconfirmed = Data.MemberStates.Where(m => m.Confidence == Confidence.Unconfirmed).Select(m => m.Alpha3)
            .Concat(Data.ActionPlans.Where(p => p.Confidence == Confidence.Unconfirmed).Select(p => p.Id));

        unconfirmed.Should().Equal("BRN", "VNM", "LAO", "MMR", "KHM", "AMCAP-IV");
        Data.MemberStates.Where(m => m.Confidence == Confidence.Unconfirmed).Should().OnlyContain(m => m.IsAccessionDayUnconfirmed && m.Note!.Contains("unconfirmed"));
    }
}
