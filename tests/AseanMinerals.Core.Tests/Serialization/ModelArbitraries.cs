using AseanMinerals.Core.CapacityBuilding;
using AseanMinerals.Core.Classification;
using AseanMinerals.Core.Cooperation;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Indicators;
using AseanMinerals.Core.Membership;
using AseanMinerals.Core.Partners;
using AseanMinerals.Core.Provenance;
using AseanMinerals.Core.ReferenceData;
using AseanMinerals.Core.Trade;
using FsCheck;
using FsCheck.Fluent;

namespace AseanMinerals.Core.Tests.Serialization;

/// <summary>The generators as FsCheck arbitraries, for <c>[Property(Arbitrary = [typeof(ModelArbitraries)])]</c>.</summary>
public static class ModelArbitraries
{
    public static Arbitrary<TradeRecord> TradeRecordArbitrary() => ModelGenerators.TradeRecords.ToArbitrary();

    public static Arbitrary<Source> SourceArbitrary() => ModelGenerators.Sources.ToArbitrary();

    public static Arbitrary<MemberState> MemberStateArbitrary() => ModelGenerators.MemberStates.ToArbitrary();

    public static Arbitrary<TradeArea> TradeAreaArbitrary() => ModelGenerators.TradeAreas.ToArbitrary();

    public static Arbitrary<Partner> PartnerArbitrary() => ModelGenerators.Partners.ToArbitrary();

    public static Arbitrary<CooperationObjective> ObjectiveArbitrary() => ModelGenerators.Objectives.ToArbitrary();

    public static Arbitrary<MinisterialMeeting> MeetingArbitrary() => ModelGenerators.Meetings.ToArbitrary();

    public static Arbitrary<CooperationBody> BodyArbitrary() => ModelGenerators.Bodies.ToArbitrary();

    public static Arbitrary<ActionPlan> ActionPlanArbitrary() => ModelGenerators.ActionPlans.ToArbitrary();

    public static Arbitrary<ThematicArea> ThematicAreaArbitrary() => ModelGenerators.ThematicAreas.ToArbitrary();

    public static Arbitrary<CapacityBuildingInitiative> InitiativeArbitrary() => ModelGenerators.Initiatives.ToArbitrary();

    public static Arbitrary<PublishedIndicator> IndicatorArbitrary() => ModelGenerators.Indicators.ToArbitrary();

    public static Arbitrary<ReferenceDataSet> ReferenceDataSetArbitrary() => ModelGenerators.ReferenceDataSets.ToArbitrary();

    public static Arbitrary<TradeDataset> TradeDatasetArbitrary() => ModelGenerators.TradeDatasets.ToArbitrary();

    public static Arbitrary<CommodityClassification> ClassificationArbitrary() => ModelGenerators.Classifications.ToArbitrary();
}
