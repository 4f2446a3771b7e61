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
using AseanMinerals.Core.Time;
using AseanMinerals.Core.Trade;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace AseanMinerals.Core.Tests.Serialization;

/// <summary>
/// Generators of valid model values for the round-trip properties: every value a user can build and the reader accepts,
/// including strings that need escaping, codes with leading zeros, dates at every precision, decimals with up to 28
/// decimals, and finite doubles.
/// </summary>
public static class ModelGenerators
{
    // Letters, digits, JSON's special characters, control characters, and text outside ASCII (a surrogate pair included).
    private static readonly string[] Pieces =
        ["a", "Z", "0", "9", " ", "-", "\"", "\\", "/", "\n", "\t", "\u0001", "é", "ổ", "ภ", "中", "€", "😀", "<", "&", "'"];

    public static Gen<string> Text { get; } =
        Gen.Elements(Pieces).ListOf().Select(static pieces => string.Concat(pieces)).Resize(12);

    public static Gen<string> NonBlankText { get; } = Text.Where(static t => !string.IsNullOrWhiteSpace(t));

    public static Gen<string?> OptionalText { get; } = Gen.Frequency((1, Gen.Constant<string?>(null)), (3, NonBlankText.Select(static t => (string?)t)));

    public static Gen<AreaCode> AreaCodes { get; } = Gen.Choose(0, 999).Select(static n => new AreaCode(n));

    public static Gen<HsCode> HsCodes { get; } = Gen.OneOf(
        Gen.Constant(HsCode.Total),
        Gen.Choose(1, 99).Select(static c => HsCode.FromChapter(c)),
        Gen.Choose(100, 9999).Select(static n => HsCode.Parse(n.ToString("D4", System.Globalization.CultureInfo.InvariantCulture))),
        Gen.Choose(10000, 999999).Select(static n => HsCode.Parse(n.ToString("D6", System.Globalization.CultureInfo.InvariantCulture))));

    public static Gen<TradePeriod> TradePeriods { get; } = Gen.OneOf(
        Gen.Choose(1, 9999).Select(static y => TradePeriod.Annual(y)),
        Gen.Zip(Gen.Choose(1, 9999), Gen.Choose(1, 12)).Select(static p => TradePeriod.Monthly(p.Item1, p.Item2)));

    public static Gen<LocalDate> LocalDates { get; } =
        Zip3(Gen.Choose(1, 9999), Gen.Choose(1, 12), Gen.Choose(1, 31))
            .Select(static p => new LocalDate(p.Item1, p.Item2, Math.Min(p.Item3, CalendarSystem.Iso.GetDaysInMonth(p.Item1, p.Item2))));

    public static Gen<PartialDate> PartialDates { get; } = Gen.OneOf(
        Gen.Choose(1, 9999).Select(static y => PartialDate.FromYear(y)),
        Gen.Zip(Gen.Choose(1, 9999), Gen.Choose(1, 12)).Select(static p => PartialDate.FromYearMonth(p.Item1, p.Item2)),
        LocalDates.Select(static d => PartialDate.FromDate(d)));

    public static Gen<PartialDateRange> PartialDateRanges { get; } = Gen.OneOf(
        PartialDates.Select(static d => PartialDateRange.Single(d)),
        PartialDates.Select(static d => PartialDateRange.OpenFrom(d)),
        Gen.Zip(PartialDates, PartialDates).Select(static p => Between(p.Item1, p.Item2)));

    // Any decimal: a 96-bit mantissa, a sign and a scale of 0 to 28.
    public static Gen<decimal> Decimals { get; } = Gen.OneOf(
        Gen.Zip(Gen.Choose(0, int.MaxValue), Gen.Choose(0, 99)).Select(static p => p.Item1 + (p.Item2 / 100m)),
        Zip3(Zip3(Gen.Choose(int.MinValue, int.MaxValue), Gen.Choose(int.MinValue, int.MaxValue), Gen.Choose(int.MinValue, int.MaxValue)), Gen.Elements(true, false), Gen.Choose(0, 28))
            .Select(static p => new decimal(p.Item1.Item1, p.Item1.Item2, p.Item1.Item3, p.Item2, (byte)p.Item3)));

    // Any trade value a reader takes: a decimal that is not negative (every trade reader refuses a negative one, AMC2001).
    public static Gen<decimal> TradeValues { get; } = Decimals.Select(static d => Math.Abs(d));

    public static Gen<double> FiniteDoubles { get; } = Gen.OneOf(
        Gen.Elements(0.0, -0.0, 1.0, double.MaxValue, double.MinValue, double.Epsilon, 0.1, 1e-300),
        Gen.Zip(Gen.Choose(int.MinValue, int.MaxValue), Gen.Choose(-300, 300)).Select(static p => p.Item1 * Math.Pow(10, p.Item2)).Where(double.IsFinite));

    public static Gen<Source> Sources { get; } =
        Gen.Zip(NonBlankText, Zip3(Gen.Elements("http", "https"), Gen.Elements("asean.org", "comtrade.un.org", "example.org"), Gen.Elements("", "a", "b/c", "x-y_z/1.html", "q?year=2018")))
            .Select(static p => new Source(p.Item1, new Uri($"{p.Item2.Item1}://{p.Item2.Item2}/{p.Item2.Item3}")));

    public static Gen<TradeBreakdown> Breakdowns { get; } = Gen.OneOf(
        Gen.Constant(TradeBreakdown.Total),
        Zip3(AreaCodes, Gen.Choose(0, 99), Gen.Choose(0, ushort.MaxValue)).Select(static p => new TradeBreakdown(p.Item1, (ushort)p.Item2, (ushort)p.Item3)));

    // Shares from 0 to 1, a third among them (28 digits: the most a decimal keeps).
    public static Gen<HsConversion> Conversions { get; } =
        from source in HsCodes
        from revision in Gen.Elements(Enum.GetValues<HsRevision>())
        from weight in Gen.OneOf(Gen.Choose(0, 1_000_000).Select(static n => n / 1_000_000m), Gen.Elements(1m / 3m, 1m, 0m))
        select new HsConversion(source, revision, weight);

    public static Gen<TradeRecord> TradeRecords { get; } =
        from key in Zip3(TradePeriods, AreaCodes, AreaCodes)
        from flow in Gen.Elements(Enum.GetValues<TradeFlow>())
        from commodity in HsCodes
        from revision in Gen.Elements(Enum.GetValues<HsRevision>())
        from value in TradeValues
        from netWeight in Optional(FiniteDoubles)
        from quantity in Optional(FiniteDoubles)
        from unit in Optional(Gen.Choose(short.MinValue, short.MaxValue))
        from flags in Gen.Choose(0, 15)
        from breakdown in Breakdowns
        from conversion in Optional(Conversions)
        select new TradeRecord(key.Item1, key.Item2, key.Item3, flow, commodity, value)
        {
            Revision = revision,
            NetWeightKg = netWeight,
            Quantity = quantity,
            QuantityUnitCode = unit,
            Flags = (TradeRecordFlags)flags,
            Breakdown = breakdown,
            Conversion = conversion,
        };

    public static Gen<MemberState> MemberStates { get; } =
        from names in Zip3(NonBlankText, NonBlankText, NonBlankText)
        from codes in Zip3(AreaCodes, AreaCodes, Gen.Elements("ID", "MY", "TL"))
        from accession in LocalDates
        from confirmedAccession in Optional(PartialDates)
        from regions in Gen.Zip(Optional(AreaCodes), Optional(AreaCodes))
        from provenance in Provenance
        select provenance.Apply(new MemberState
        {
            Alpha2 = codes.Item3,
            Alpha3 = names.Item1,
            IsoNumeric = codes.Item1,
            M49 = codes.Item2,
            ShortName = names.Item2,
            IsoName = names.Item3,
            AccessionDate = accession,
            ConfirmedAccession = confirmedAccession,
            M49Region = regions.Item1,
            M49SubRegion = regions.Item2,
            Sources = [],
            Confidence = Confidence.Confirmed,
        });

    public static Gen<TradeArea> TradeAreas { get; } =
        from code in AreaCodes
        from iso3 in OptionalText
        from name in NonBlankText
        from kind in Gen.Elements(Enum.GetValues<TradeAreaKind>())
        from isoNumeric in Optional(AreaCodes)
        from provenance in Provenance
        select provenance.Apply(new TradeArea { Code = code, Iso3 = iso3, Name = name, Kind = kind, IsoNumeric = isoNumeric, Sources = [], Confidence = Confidence.Confirmed });

    public static Gen<Partner> Partners { get; } =
        from id in NonBlankText
        from name in NonBlankText
        from kind in Gen.Elements(Enum.GetValues<PartnerKind>())
        from since in Optional(Gen.Choose(1967, 2030))
        from country in OptionalText
        from provenance in Provenance
        select provenance.Apply(new Partner { Id = id, Name = name, Kind = kind, DialoguePartnerSince = since, Country = country, Sources = [], Confidence = Confidence.Confirmed });

    public static Gen<CooperationObjective> Objectives { get; } =
        from id in NonBlankText
        from number in Gen.Choose(int.MinValue, int.MaxValue)
        from title in NonBlankText
        from provenance in Provenance
        select provenance.Apply(new CooperationObjective { Id = id, Number = number, Title = title, Sources = [], Confidence = Confidence.Confirmed });

    public static Gen<MinisterialMeeting> Meetings { get; } =
        from number in Gen.Choose(1, 40)
        from date in PartialDates
        from place in Zip3(NonBlankText, NonBlankText, Gen.Elements(true, false))
        from chair in OptionalText
        from outcomes in Few(NonBlankText, 3)
        from provenance in Provenance
        select provenance.Apply(new MinisterialMeeting { Number = number, Date = date, City = place.Item1, HostCountry = place.Item2, IsVirtual = place.Item3, Chair = chair, Outcomes = outcomes, Sources = [], Confidence = Confidence.Confirmed });

    public static Gen<CooperationBody> Bodies { get; } =
        from names in Zip3(NonBlankText, NonBlankText, OptionalText)
        from kind in Gen.Elements(Enum.GetValues<CooperationBodyKind>())
        from parent in OptionalText
        from formerNames in Few(NonBlankText, 2)
        from established in Optional(PartialDates)
        from more in Gen.Zip(OptionalText, OptionalText)
        from provenance in Provenance
        select provenance.Apply(new CooperationBody
        {
            Id = names.Item1, Name = names.Item2, Abbreviation = names.Item3, Kind = kind, ParentId = parent, FormerNames = formerNames,
            Established = established, Coordinator = more.Item1, Description = more.Item2, Sources = [], Confidence = Confidence.Confirmed,
        });

    public static Gen<ActionPlanPhase> Phases { get; } =
        from names in Gen.Zip(NonBlankText, NonBlankText)
        from period in PartialDateRanges
        from adopted in Optional(Gen.Choose(1, 30))
        from focus in Few(NonBlankText, 2)
        select new ActionPlanPhase { Id = names.Item1, Name = names.Item2, Period = period, AdoptedAtMeeting = adopted, Focus = focus };

    public static Gen<StrategicArea> StrategicAreas { get; } =
        from id in NonBlankText
        from number in Gen.Choose(1, 10)
        from title in NonBlankText
        from objectives in Few(NonBlankText, 2)
        from lead in OptionalText
        select new StrategicArea { Id = id, Number = number, Title = title, ObjectiveIds = objectives, LeadWorkingGroupId = lead };

    public static Gen<ActionPlan> ActionPlans { get; } =
        from names in Zip3(NonBlankText, NonBlankText, Gen.Elements(Enum.GetValues<ActionPlanKind>()))
        from period in PartialDateRanges
        from numbers in Gen.Zip(Optional(Gen.Choose(1, 30)), Optional(Gen.Choose(0, 500)))
        from texts in Gen.Zip(OptionalText, OptionalText)
        from phases in Few(Phases, 2)
        from areas in Few(StrategicAreas, 2)
        from themes in Few(NonBlankText, 2)
        from provenance in Provenance
        select provenance.Apply(new ActionPlan
        {
            Id = names.Item1, Name = names.Item2, Kind = names.Item3, Period = period, AdoptedAtMeeting = numbers.Item1, ActionCount = numbers.Item2,
            SucceedsId = texts.Item1, Vision = texts.Item2, Phases = phases, StrategicAreas = areas, Themes = themes, Sources = [], Confidence = Confidence.Confirmed,
        });

    public static Gen<ThematicArea> ThematicAreas { get; } =
        from names in Gen.Zip(NonBlankText, NonBlankText)
        from provenance in Provenance
        select provenance.Apply(new ThematicArea { Id = names.Item1, Name = names.Item2, Sources = [], Confidence = Confidence.Confirmed });

    public static Gen<Funding> Fundings { get; } =
        from funder in NonBlankText
        from amount in Optional(Decimals)
        from currency in Gen.Elements<string?>(null, "USD", "KRW")
        select new Funding { Funder = funder, Amount = amount, Currency = currency };

    public static Gen<CapacityBuildingInitiative> Initiatives { get; } =
        from names in Gen.Zip(NonBlankText, NonBlankText)
        from period in PartialDateRanges
        from ids in Zip3(Few(NonBlankText, 3).Where(static l => l.Count > 0), Few(NonBlankText, 2), Few(NonBlankText, 2))
        from places in Zip3(OptionalText, OptionalText, Optional(Gen.Choose(0, 5000)))
        from links in Zip3(OptionalText, OptionalText, OptionalText)
        from funding in Gen.OneOf(Gen.Constant<Funding?>(null), Fundings.Select(static f => (Funding?)f))
        from provenance in Provenance
        select provenance.Apply(new CapacityBuildingInitiative
        {
            Id = names.Item1, Title = names.Item2, Period = period, ThematicAreaIds = ids.Item1, SupporterIds = ids.Item2, ParticipantIds = ids.Item3,
            Host = places.Item1, HostCountry = places.Item2, ParticipantCount = places.Item3, ActionPlanId = links.Item1, StrategicAreaId = links.Item2,
            Description = links.Item3, Funding = funding, Sources = [], Confidence = Confidence.Confirmed,
        });

    public static Gen<PublishedIndicator> Indicators { get; } =
        from id in NonBlankText
        from kinds in Zip3(Gen.Elements(Enum.GetValues<IndicatorMeasure>()), Gen.Elements(Enum.GetValues<IndicatorUnit>()), Gen.Elements(Enum.GetValues<IndicatorQualifier>()))
        from year in Gen.Choose(1967, 2030)
        from value in Decimals
        from quote in OptionalText
        from provenance in Provenance
        select provenance.Apply(new PublishedIndicator { Id = id, Measure = kinds.Item1, Unit = kinds.Item2, Qualifier = kinds.Item3, Year = year, Value = value, Quote = quote, Sources = [], Confidence = Confidence.Confirmed });

    public static Gen<ReferenceDataSet> ReferenceDataSets { get; } =
        from people in Zip3(Few(MemberStates, 2), Few(TradeAreas, 2), Few(Partners, 2))
        from cooperation in Zip3(Few(Objectives, 2), Few(Meetings, 2), Few(Bodies, 2))
        from plans in Zip3(Few(ActionPlans, 2), Few(ThematicAreas, 2), Few(Initiatives, 2))
        from indicators in Few(Indicators, 2)
        select new ReferenceDataSet
        {
            MemberStates = people.Item1, TradeAreas = people.Item2, Partners = people.Item3,
            Objectives = cooperation.Item1, MinisterialMeetings = cooperation.Item2, Bodies = cooperation.Item3,
            ActionPlans = plans.Item1, ThematicAreas = plans.Item2, Initiatives = plans.Item3, Indicators = indicators,
        };

    public static Gen<TradeDataset> TradeDatasets { get; } =
        from title in OptionalText
        from sources in Few(Sources, 2)
        from retrieved in Optional(LocalDates)
        from note in OptionalText
        from records in Few(TradeRecords, 6)
        select new TradeDataset { Title = title, Sources = sources, RetrievedOn = retrieved, Note = note, Records = records };

    public static Gen<CommodityGroup> CommodityGroups { get; } =
        from names in Gen.Zip(NonBlankText, NonBlankText)
        from prefixes in Few(HsCodes, 4)
        from note in OptionalText
        select new CommodityGroup { Id = names.Item1, Name = names.Item2, Prefixes = prefixes, Note = note };

    public static Gen<ClassificationScope> ClassificationScopes { get; } =
        from names in Gen.Zip(NonBlankText, NonBlankText)
        from description in OptionalText
        from lists in Zip3(Few(NonBlankText, 3), Few(HsCodes, 2), Few(HsCodes, 2))
        select new ClassificationScope
        {
            Id = names.Item1, Name = names.Item2, Description = description, Groups = lists.Item1, IncludePrefixes = lists.Item2, ExcludePrefixes = lists.Item3,
        };

    // Documents as the reader takes them, valid or not under the classification rules (which Validate checks, not the reader).
    public static Gen<CommodityClassification> Classifications { get; } =
        from names in Zip3(NonBlankText, NonBlankText, NonBlankText)
        from note in OptionalText
        from sources in Few(Sources, 2)
        from groups in Few(CommodityGroups, 3)
        from scopes in Few(ClassificationScopes, 2)
        select new CommodityClassification
        {
            Id = names.Item1, Name = names.Item2, DefaultScope = names.Item3, Note = note, Sources = sources, Groups = groups, Scopes = scopes,
        };

    /// <summary>JSON values a newer version might add: scalars, arrays and objects, nested a little.</summary>
    public static Gen<JsonNode?> UnknownValues { get; } = Gen.Sized(static size => UnknownValue(Math.Min(size, 3)));

    private static Gen<ProvenanceParts> Provenance { get; } =
        from sources in Few(Sources, 3)
        from confidence in Gen.Elements(Enum.GetValues<Confidence>())
        from note in OptionalText
        from inferred in Few(NonBlankText, 2)
        select new ProvenanceParts(sources, confidence, note, inferred);

    private static Gen<T?> Optional<T>(Gen<T> gen)
        where T : struct =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (3, gen.Select(static v => (T?)v)));

    private static Gen<IReadOnlyList<T>> Few<T>(Gen<T> gen, int max) =>
        Gen.Choose(0, max).SelectMany(n => gen.ListOf(n)).Select(static l => (IReadOnlyList<T>)[.. l]);

    private static Gen<(TA, TB, TC)> Zip3<TA, TB, TC>(Gen<TA> a, Gen<TB> b, Gen<TC> c) =>
        from x in a
        from y in b
        from z in c
        select (x, y, z);

    private static PartialDateRange Between(PartialDate a, PartialDate b)
    {
        var (start, end) = a.FirstDay <= b.FirstDay ? (a, b) : (b, a);
        return end.LastDay >= start.LastDay ? PartialDateRange.Between(start, end) : PartialDateRange.Single(start);
    }

    private static Gen<JsonNode?> UnknownValue(int depth)
    {
        var scalars = Gen.OneOf(
            Gen.Constant<JsonNode?>(null),
            Gen.Elements(true, false).Select(static b => (JsonNode?)JsonValue.Create(b)),
            Decimals.Select(static d => (JsonNode?)JsonValue.Create(d)),
            Text.Select(static t => (JsonNode?)JsonValue.Create(t)));
        if (depth <= 0)
        {
            return scalars;
        }

        var array = Few(UnknownValue(depth - 1), 3).Select(static items => (JsonNode?)new JsonArray([.. items]));
        var obj = Few(UnknownValue(depth - 1), 3).Select(static items => (JsonNode?)new JsonObject(items.Select(static (v, i) => KeyValuePair.Create($"k{i}", v))));
        return Gen.OneOf(scalars, array, obj);
    }

    private sealed record ProvenanceParts(IReadOnlyList<Source> Sources, Confidence Confidence, string? Note, IReadOnlyList<string> InferredMembers)
    {
        public T Apply<T>(T record)
            where T : SourcedRecord => record with { Sources = Sources, Confidence = Confidence, Note = Note, InferredMembers = InferredMembers };
    }
}
