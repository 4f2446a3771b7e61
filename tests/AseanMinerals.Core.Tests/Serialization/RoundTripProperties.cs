using System.Text.Json;
using System.Text.Json.Nodes;
using AseanMinerals.Core.CapacityBuilding;
using AseanMinerals.Core.Classification;
using AseanMinerals.Core.Cooperation;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Indicators;
using AseanMinerals.Core.Membership;
using AseanMinerals.Core.Partners;
using AseanMinerals.Core.Provenance;
using AseanMinerals.Core.ReferenceData;
using AseanMinerals.Core.Serialization;
using AseanMinerals.Core.Serialization.Internal;
using AseanMinerals.Core.Trade;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using AseanMinerals.Core.TradeSources;

namespace AseanMinerals.Core.Tests.Serialization;

/// <summary>Every model type written to JSON and read back is equal to what was written: exact, property by property.</summary>
[Properties(Arbitrary = [typeof(ModelArbitraries)], MaxTest = 150)]
public class RoundTripProperties
{
    [Property]
    public bool A_trade_record_reads_back_equal(TradeRecord record) =>
        AseanMineralsJson.DeserializeTradeRecord(AseanMineralsJson.Serialize(record)) == record;

    [Property]
    public bool The_hand_written_record_writer_writes_exactly_what_the_schema_metadata_describes(TradeRecord record) =>
        AseanMineralsJson.Serialize(record) == JsonSerializer.Serialize(record, JsonProfile.Schema.Options);

    [Property]
    public bool Trade_records_read_back_from_JSON_Lines_in_order(TradeRecord[] records)
    {
        using var stream = new MemoryStream();
        var written = AseanMineralsJson.WriteTradeRecordLines(stream, records);
        stream.Position = 0;
        var lines = AseanMineralsJson.ReadTradeRecordLines(stream);
        var read = lines.ToList();
        return written == records.Length && read.SequenceEqual(records) && lines.Summary.RowsRead == records.Length;
    }

    [Property]
    public bool A_source_reads_back_equal(Source source) =>
        RoundTrip(new TradeDataset { Sources = [source] }).Sources.Single() == source;

    [Property]
    public bool A_member_state_reads_back_equal(MemberState state) => RoundTrip(new ReferenceDataSet { MemberStates = [state] }).MemberStates.Single() == state;

    [Property]
    public bool A_trade_area_reads_back_equal(TradeArea area) => RoundTrip(new ReferenceDataSet { TradeAreas = [area] }).TradeAreas.Single() == area;

    [Property]
    public bool A_partner_reads_back_equal(Partner partner) => RoundTrip(new ReferenceDataSet { Partners = [partner] }).Partners.Single() == partner;

    [Property]
    public bool An_objective_reads_back_equal(CooperationObjective objective) => RoundTrip(new ReferenceDataSet { Objectives = [objective] }).Objectives.Single() == objective;

    [Property]
    public bool A_ministerial_meeting_reads_back_equal(MinisterialMeeting meeting) =>
        RoundTrip(new ReferenceDataSet { MinisterialMeetings = [meeting] }).MinisterialMeetings.Single() == meeting;

    [Property]
    public bool A_cooperation_body_reads_back_equal(CooperationBody body) => RoundTrip(new ReferenceDataSet { Bodies = [body] }).Bodies.Single() == body;

    [Property]
    public bool An_action_plan_with_its_phases_and_strategic_areas_reads_back_equal(ActionPlan plan) =>
        RoundTrip(new ReferenceDataSet { ActionPlans = [plan] }).ActionPlans.Single() == plan;

    [Property]
    public bool A_thematic_area_reads_back_equal(ThematicArea area) => RoundTrip(new ReferenceDataSet { ThematicAreas = [area] }).ThematicAreas.Single() == area;

    [Property]
    public bool An_initiative_with_its_funding_reads_back_equal(CapacityBuildingInitiative initiative) =>
        RoundTrip(new ReferenceDataSet { Initiatives = [initiative] }).Initiatives.Single() == initiative;

    [Property]
    public bool A_published_indicator_reads_back_equal(PublishedIndicator indicator) =>
        RoundTrip(new ReferenceDataSet { Indicators = [indicator] }).Indicators.Single() == indicator;

    [Property]
    public bool A_reference_data_document_reads_back_equal_compact_and_indented(ReferenceDataSet document) =>
        AseanMineralsJson.DeserializeReferenceData(AseanMineralsJson.Serialize(document)) == document
        && AseanMineralsJson.DeserializeReferenceData(AseanMineralsJson.SerializeIndented(document)) == document;

    [Property]
    public bool A_trade_dataset_reads_back_equal_compact_and_indented(TradeDataset dataset) =>
        AseanMineralsJson.DeserializeTradeDataset(AseanMineralsJson.Serialize(dataset)) == dataset
        && AseanMineralsJson.DeserializeTradeDataset(AseanMineralsJson.SerializeIndented(dataset)) == dataset;

    [Property]
    public bool A_classification_reads_back_equal_compact_indented_and_through_a_stream(CommodityClassification classification)
    {
        using var stream = new MemoryStream();
        AseanMineralsJson.Serialize(stream, classification);
        stream.Position = 0;
        return AseanMineralsJson.DeserializeClassification(AseanMineralsJson.Serialize(classification)) == classification
            && AseanMineralsJson.DeserializeClassification(AseanMineralsJson.SerializeIndented(classification)) == classification
            && AseanMineralsJson.DeserializeClassification(stream) == classification;
    }

    [Property]
    public Property A_classification_of_a_newer_minor_version_keeps_its_unknown_members_through_a_round_trip() =>
        KeepsUnknownMembers(ModelGenerators.Classifications, AseanMineralsJson.Serialize, AseanMineralsJson.DeserializeClassification);

    [Property]
    public Property A_reference_data_document_of_a_newer_minor_version_keeps_its_unknown_members_through_a_round_trip() =>
        KeepsUnknownMembers(ModelGenerators.ReferenceDataSets, AseanMineralsJson.Serialize, AseanMineralsJson.DeserializeReferenceData);

    [Property]
    public Property A_trade_dataset_of_a_newer_minor_version_keeps_its_unknown_members_through_a_round_trip() =>
        KeepsUnknownMembers(ModelGenerators.TradeDatasets, AseanMineralsJson.Serialize, AseanMineralsJson.DeserializeTradeDataset);

    private static ReferenceDataSet RoundTrip(ReferenceDataSet document) => AseanMineralsJson.DeserializeReferenceData(AseanMineralsJson.Serialize(document));

    private static TradeDataset RoundTrip(TradeDataset document) => AseanMineralsJson.DeserializeTradeDataset(AseanMineralsJson.Serialize(document));

    // Read, written back and read again, a document of a newer minor version keeps every member it came with.
    private static Property KeepsUnknownMembers<T>(Gen<T> documents, Func<T, string> write, Func<string, T> read) =>
        Prop.ForAll(NewerMinor(documents.Select(write)).ToArbitrary(), json =>
        {
            var document = read(json);
            var written = write(document);
            return JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(written)) && Equals(read(written), document);
        });

    // The document as a newer minor version would write it: schemaVersion 1.x (x > 0), and members this version does not
    // know added at the end of some of its objects (the document, records, breakdowns, sources, nested records).
    private static Gen<string> NewerMinor(Gen<string> documents) =>
        from json in documents
        from minor in Gen.Choose(1, 40)
        from picks in Gen.Zip(Gen.Choose(0, 1000), ModelGenerators.UnknownValues).ListOf(4)
        select AddUnknownMembers(json, minor, picks);

    private static string AddUnknownMembers(string json, int minor, IEnumerable<(int Pick, JsonNode? Value)> picks)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        root["schemaVersion"] = $"1.{minor}";
        var objects = Objects(root).ToList();
        var count = 0;
        foreach (var (pick, value) in picks)
        {
            objects[pick % objects.Count][$"future{count++}"] = value?.DeepClone();
        }

        return root.ToJsonString();
    }

    private static IEnumerable<JsonObject> Objects(JsonNode? node) => node switch
    {
        JsonObject obj => obj.Select(static p => p.Value).SelectMany(Objects).Prepend(obj),
        JsonArray array => array.SelectMany(Objects),
        _ => [],
    };
}
