using System.Text.Json;
using AseanMinerals.Core.Trade;
using Conversions = AseanMinerals.Core.Serialization.Internal.JsonMembers<AseanMinerals.Core.Trade.HsConversion>;
using Breakdowns = AseanMinerals.Core.Serialization.Internal.JsonMembers<AseanMinerals.Core.Trade.TradeBreakdown>;
using Records = AseanMinerals.Core.Serialization.Internal.JsonMembers<AseanMinerals.Core.Trade.TradeRecord>;

namespace AseanMinerals.Core.Serialization.Internal;

/// <summary>
/// The JSON form of a trade record: one table of its members (<see cref="Record"/>, with <see cref="Breakdown"/> for the
/// nested breakdown) from which the reader, the writer and the schema's required list all run, over
/// <see cref="Utf8JsonReader"/> and <see cref="Utf8JsonWriter"/>: the hot path of JSON Lines and of trade datasets, with no
/// reflection and no allocation per record. The format is the one the source-generated metadata of <see cref="TradeRecord"/>
/// describes (the schema is generated from that metadata; a test holds the two to the same bytes). Reading is strict:
/// unknown and duplicate members, wrong JSON types, missing required members, numbers out of range and malformed codes are
/// each a <see cref="RecordError"/> naming the member and the token. To add a member to <see cref="TradeRecord"/>, add one
/// entry to <see cref="Record"/> (see CONTRIBUTING.md).
/// </summary>
internal static class TradeRecordJson
{
    /// <summary>The customs procedure numbers: C00 to C99.</summary>
    public const int MaxCustomsProcedure = 99;

    /// <summary>The members of a breakdown, all required.</summary>
    public static readonly JsonMemberTable<TradeBreakdown> Breakdown = new(
        "trade breakdown",
        UnknownMemberPlace.Breakdown,
        Breakdowns.Required("secondPartner", default(CodeFormat<Countries.AreaCode, CanonicalAreaCode>), static (in b) => b.SecondPartner, static (ref b, v) => b = b with { SecondPartner = v }),
        Breakdowns.Required("customsProcedure", new IntegerFormat(0, MaxCustomsProcedure, "a customs procedure number (C00 to C99 as 0 to 99)"), static (in b) => (int)b.CustomsProcedure, static (ref b, v) => b = b with { CustomsProcedure = (ushort)v }),
        Breakdowns.Required("transportMode", new IntegerFormat(0, ushort.MaxValue, "a mode of transport code"), static (in b) => (int)b.TransportMode, static (ref b, v) => b = b with { TransportMode = (ushort)v }));

    /// <summary>The members of a record's conversion from another HS edition, all required.</summary>
    public static readonly JsonMemberTable<HsConversion> Conversion = new(
        "conversion",
        UnknownMemberPlace.Conversion,
        Conversions.Required("sourceCommodity", default(CodeFormat<HsCode, CommodityCode>), static (in c) => c.SourceCommodity, static (ref c, v) => c = c with { SourceCommodity = v }),
        Conversions.Required("sourceRevision", default(CodeFormat<HsRevision, RevisionCode>), static (in c) => c.SourceRevision, static (ref c, v) => c = c with { SourceRevision = v }),
        Conversions.Required("weight", default(ShareFormat), static (in c) => c.Weight, static (ref c, v) => c = c with { Weight = v }));

    /// <summary>The members of a trade record, in the order they are written; the optional ones are left out at their defaults and nulls.</summary>
    public static readonly JsonMemberTable<TradeRecord> Record = new(
        "trade record",
        UnknownMemberPlace.Record,
        Records.Required("period", default(CodeFormat<TradePeriod, PeriodCode>), static (in r) => r.Period, static (ref r, v) => TradeRecord.InPlace.Period(ref r, v)),
        Records.Required("reporter", default(CodeFormat<Countries.AreaCode, CanonicalAreaCode>), static (in r) => r.Reporter, static (ref r, v) => TradeRecord.InPlace.Reporter(ref r, v)),
        Records.Required("partner", default(CodeFormat<Countries.AreaCode, CanonicalAreaCode>), static (in r) => r.Partner, static (ref r, v) => TradeRecord.InPlace.Partner(ref r, v)),
        Records.Required("flow", default(CodeFormat<TradeFlow, FlowName>), static (in r) => r.Flow, static (ref r, v) => TradeRecord.InPlace.Flow(ref r, v)),
        Records.Required("commodity", default(CodeFormat<HsCode, CommodityCode>), static (in r) => r.Commodity, static (ref r, v) => TradeRecord.InPlace.Commodity(ref r, v)),
        Records.Optional("revision", default(CodeFormat<HsRevision, RevisionCode>), static (in r) => r.Revision, static (ref r, v) => TradeRecord.InPlace.Revision(ref r, v)),
        Records.Required("value", new DecimalFormat("US dollars"), static (in r) => r.Value, static (ref r, v) => TradeRecord.InPlace.Value(ref r, v)),
        Records.Optional("netWeightKg", new OrNull<double, DoubleFormat>(), static (in r) => r.NetWeightKg, static (ref r, v) => TradeRecord.InPlace.NetWeightKg(ref r, v)),
        Records.Optional("quantity", new OrNull<double, DoubleFormat>(), static (in r) => r.Quantity, static (ref r, v) => TradeRecord.InPlace.Quantity(ref r, v)),
        Records.Optional("quantityUnitCode", new OrNull<int, IntegerFormat>(new IntegerFormat(short.MinValue, short.MaxValue, "a Comtrade quantity unit code")), static (in r) => r.QuantityUnitCode, static (ref r, v) => TradeRecord.InPlace.QuantityUnitCode(ref r, v)),
        Records.Optional("flags", default(CodeFormat<TradeRecordFlags, FlagNames>), static (in r) => r.Flags, static (ref r, v) => TradeRecord.InPlace.Flags(ref r, v)),
        Records.Optional("breakdown", new ObjectFormat<TradeBreakdown>(Breakdown), static (in r) => r.Breakdown, static (ref r, v) => TradeRecord.InPlace.Breakdown(ref r, v)),
        Records.Optional("conversion", new OrNull<HsConversion, ObjectFormat<HsConversion>>(new ObjectFormat<HsConversion>(Conversion)), static (in r) => r.Conversion, static (ref r, v) => TradeRecord.InPlace.Conversion(ref r, v)));

    /// <summary>The members a question decides on (<see cref="TradeSources.TradeSourceOptions.Question"/>): period, reporter and flow.</summary>
    public static readonly ulong QuestionMembers = Record.MaskOf("period", "reporter", "flow");

    /// <summary>Reads the record whose start-of-object token the reader is on; leaves the reader on its end-of-object token.</summary>
    /// <param name="reader">The reader, on the record's first token, with the whole record in its buffer.</param>
    /// <param name="unknownMembers">
    /// Null to refuse members a trade record does not have; otherwise where to put them (created on the first one), for a
    /// dataset of a newer minor schema version.
    /// </param>
    /// <param name="record">The record, when read.</param>
    /// <param name="error">What is wrong, when not.</param>
    /// <returns>True when the record was read.</returns>
    public static bool TryRead(ref Utf8JsonReader reader, UnknownMemberSink? unknownMembers, out TradeRecord record, out RecordError error)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            record = default;
            error = RecordError.WrongType("an object (a trade record)", ref reader, string.Empty);
            return false;
        }

        return Record.TryRead(ref reader, unknownMembers, out record, out error);
    }

    /// <summary>
    /// Reads the record whose start-of-object token the reader is on, placing it outside a question as soon as its period,
    /// reporter and flow are read (see <see cref="QuestionMembers"/>): the rest of it is then neither read nor checked.
    /// </summary>
    /// <param name="reader">The reader, on the record's first token, with the whole record in its buffer.</param>
    /// <param name="earlyOut">The test of the question.</param>
    /// <param name="record">The record, when read (its period, reporter, partner and flow only, when outside).</param>
    /// <param name="error">What is wrong, when not read.</param>
    /// <param name="outside">True when the record was placed outside the question.</param>
    /// <returns>True when the record was read or placed outside.</returns>
    public static bool TryRead(ref Utf8JsonReader reader, JsonEarlyOut<TradeRecord> earlyOut, out TradeRecord record, out RecordError error, out bool outside)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            record = default;
            outside = false;
            error = RecordError.WrongType("an object (a trade record)", ref reader, string.Empty);
            return false;
        }

        return Record.TryRead(ref reader, unknownMembers: null, earlyOut, out record, out error, out outside);
    }

    /// <summary>Writes a record as one JSON object, leaving out members at their defaults and nulls.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="record">The record.</param>
    /// <param name="unknownMembers">Members of a newer minor schema version to write back after the known ones, if any.</param>
    /// <exception cref="ArgumentException">The record holds an undefined flow, revision or flag value, or is <c>default(TradeRecord)</c>.</exception>
    public static void Write(Utf8JsonWriter writer, in TradeRecord record, RecordUnknownMembers? unknownMembers = null)
    {
        // A default record has period 0000, which no reader accepts: writing it would make a file the library refuses.
        if (record.Period == default)
        {
            throw new ArgumentException("default(TradeRecord) is no trade record: it has no period (year 0000), so the JSON written would be refused by every reader and the schema. Set its period, reporter, partner, flow and commodity.", nameof(record));
        }

        writer.WriteStartObject();
        Record.WriteMembers(writer, in record, unknownMembers);
        writer.WriteEndObject();
    }
}
