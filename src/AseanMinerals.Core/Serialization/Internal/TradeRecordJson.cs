using System.Text.Json;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Internal;
using AseanMinerals.Core.Trade;
using AseanMinerals.Core.Validation;

namespace AseanMinerals.Core.Serialization.Internal;

/// <summary>
/// Reads and writes one trade record as a JSON object, by hand over <see cref="Utf8JsonReader"/> and
/// <see cref="Utf8JsonWriter"/>: the hot path of JSON Lines and of trade datasets, with no reflection and no allocation
/// per record. The format is the one the source-generated metadata of <see cref="TradeRecord"/> describes (the schema is
/// generated from that metadata; a test holds the two to the same bytes). Reading is strict: unknown and duplicate
/// members, wrong JSON types, missing required members, numbers out of range and malformed codes are each a
/// <see cref="RecordError"/> naming the member and the token.
/// </summary>
internal static class TradeRecordJson
{
    /// <summary>The members every trade record has; the others may be left out (nulls and defaults are).</summary>
    public static readonly string[] RequiredMembers = ["period", "reporter", "partner", "flow", "commodity", "value"];

    /// <summary>The members every breakdown has.</summary>
    public static readonly string[] RequiredBreakdownMembers = ["secondPartner", "customsProcedure", "transportMode"];

    /// <summary>The customs procedure numbers: C00 to C99.</summary>
    public const int MaxCustomsProcedure = 99;

    private const int MaxCodeBytes = 32;

    private static readonly JsonEncodedText PeriodName = JsonEncodedText.Encode("period");
    private static readonly JsonEncodedText ReporterName = JsonEncodedText.Encode("reporter");
    private static readonly JsonEncodedText PartnerName = JsonEncodedText.Encode("partner");
    private static readonly JsonEncodedText FlowName = JsonEncodedText.Encode("flow");
    private static readonly JsonEncodedText CommodityName = JsonEncodedText.Encode("commodity");
    private static readonly JsonEncodedText RevisionName = JsonEncodedText.Encode("revision");
    private static readonly JsonEncodedText ValueName = JsonEncodedText.Encode("value");
    private static readonly JsonEncodedText NetWeightKgName = JsonEncodedText.Encode("netWeightKg");
    private static readonly JsonEncodedText QuantityName = JsonEncodedText.Encode("quantity");
    private static readonly JsonEncodedText QuantityUnitCodeName = JsonEncodedText.Encode("quantityUnitCode");
    private static readonly JsonEncodedText FlagsName = JsonEncodedText.Encode("flags");
    private static readonly JsonEncodedText BreakdownName = JsonEncodedText.Encode("breakdown");
    private static readonly JsonEncodedText SecondPartnerName = JsonEncodedText.Encode("secondPartner");
    private static readonly JsonEncodedText CustomsProcedureName = JsonEncodedText.Encode("customsProcedure");
    private static readonly JsonEncodedText TransportModeName = JsonEncodedText.Encode("transportMode");

    private static readonly JsonEncodedText[] FlowNames = [.. Enum.GetValues<TradeFlow>().Select(static f => JsonEncodedText.Encode(f.ToName()))];
    private static readonly JsonEncodedText[] RevisionNames = [.. Enum.GetValues<HsRevision>().Select(static r => JsonEncodedText.Encode(r.ToComtradeCode()))];
    private static readonly (TradeRecordFlags Flag, JsonEncodedText Name)[] FlagNames =
    [
        .. Enum.GetValues<TradeRecordFlags>().Where(static f => f != TradeRecordFlags.None)
            .Select(static f => (f, JsonEncodedText.Encode(JsonNamingPolicy.CamelCase.ConvertName(f.ToString())))),
    ];

    private static readonly TradeRecordFlags AllFlags = FlagNames.Aggregate(TradeRecordFlags.None, static (all, f) => all | f.Flag);

    [Flags]
    private enum Field : ushort
    {
        None = 0,
        Period = 1 << 0,
        Reporter = 1 << 1,
        Partner = 1 << 2,
        Flow = 1 << 3,
        Commodity = 1 << 4,
        Revision = 1 << 5,
        Value = 1 << 6,
        NetWeightKg = 1 << 7,
        Quantity = 1 << 8,
        QuantityUnitCode = 1 << 9,
        Flags = 1 << 10,
        Breakdown = 1 << 11,
        Required = Period | Reporter | Partner | Flow | Commodity | Value,
    }

    [Flags]
    private enum BreakdownField : byte
    {
        None = 0,
        SecondPartner = 1,
        CustomsProcedure = 2,
        TransportMode = 4,
        Required = SecondPartner | CustomsProcedure | TransportMode,
    }

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
        record = default;
        error = default;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            error = RecordError.WrongType("an object (a trade record)", ref reader, string.Empty);
            return false;
        }

        var recordStart = reader.TokenStartIndex;
        var seen = Field.None;
        TradePeriod period = default;
        AreaCode reporter = default, partner = default;
        TradeFlow flow = default;
        HsCode commodity = default;
        HsRevision revision = default;
        decimal value = default;
        double? netWeightKg = null, quantity = null;
        int? quantityUnitCode = null;
        TradeRecordFlags flags = default;
        TradeBreakdown breakdown = default;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var nameStart = reader.TokenStartIndex;
            var field = Match(ref reader);
            if (field == Field.None)
            {
                var name = reader.GetString()!;
                if (unknownMembers is null)
                {
                    error = new RecordError(JsonRules.UnknownMember, $"'{QuotedText.Cut(name)}' is not a member of a trade record.", Member(QuotedText.Cut(name)), nameStart);
                    return false;
                }

                reader.Read();
                if (!unknownMembers.TryAdd(name, JsonElement.ParseValue(ref reader)))
                {
                    error = new RecordError(JsonRules.DuplicateMember, $"The member '{QuotedText.Cut(name)}' appears more than once in the trade record.", Member(QuotedText.Cut(name)), nameStart);
                    return false;
                }

                continue;
            }

            if ((seen & field) != 0)
            {
                error = new RecordError(JsonRules.DuplicateMember, $"The member '{NameOf(field)}' appears more than once in the trade record.", "." + NameOf(field), nameStart);
                return false;
            }

            seen |= field;
            reader.Read();
            var ok = field switch
            {
                Field.Period => ReadPeriod(ref reader, out period, out error),
                Field.Reporter => ReadArea(ref reader, ".reporter", out reporter, out error),
                Field.Partner => ReadArea(ref reader, ".partner", out partner, out error),
                Field.Flow => ReadFlow(ref reader, out flow, out error),
                Field.Commodity => ReadCommodity(ref reader, out commodity, out error),
                Field.Revision => ReadRevision(ref reader, out revision, out error),
                Field.Value => ReadValue(ref reader, out value, out error),
                Field.NetWeightKg => ReadMeasure(ref reader, ".netWeightKg", out netWeightKg, out error),
                Field.Quantity => ReadMeasure(ref reader, ".quantity", out quantity, out error),
                Field.QuantityUnitCode => ReadUnit(ref reader, out quantityUnitCode, out error),
                Field.Flags => ReadFlags(ref reader, out flags, out error),
                _ => ReadBreakdown(ref reader, unknownMembers, out breakdown, out error),
            };
            if (!ok)
            {
                return false;
            }
        }

        if ((seen & Field.Required) != Field.Required)
        {
            error = new RecordError(JsonRules.MissingMember, $"The trade record lacks its required member(s) {Missing(seen)}.", string.Empty, recordStart);
            return false;
        }

        record = new TradeRecord(period, reporter, partner, flow, commodity, value)
        {
            Revision = revision,
            NetWeightKg = netWeightKg,
            Quantity = quantity,
            QuantityUnitCode = quantityUnitCode,
            Flags = flags,
            Breakdown = breakdown,
        };
        return true;
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

        Span<byte> buffer = stackalloc byte[8];
        writer.WriteStartObject();
        writer.WriteString(PeriodName, Utf8(record.Period, buffer));
        writer.WriteString(ReporterName, Utf8(record.Reporter, buffer));
        writer.WriteString(PartnerName, Utf8(record.Partner, buffer));
        writer.WriteString(FlowName, Named(FlowNames, (int)record.Flow, nameof(record.Flow)));
        writer.WriteString(CommodityName, Utf8(record.Commodity, buffer));
        if (record.Revision != HsRevision.AsReported)
        {
            writer.WriteString(RevisionName, Named(RevisionNames, (int)record.Revision, nameof(record.Revision)));
        }

        writer.WriteNumber(ValueName, record.Value);
        if (record.NetWeightKg is { } netWeightKg)
        {
            writer.WriteNumber(NetWeightKgName, netWeightKg);
        }

        if (record.Quantity is { } quantity)
        {
            writer.WriteNumber(QuantityName, quantity);
        }

        if (record.QuantityUnitCode is { } unit)
        {
            writer.WriteNumber(QuantityUnitCodeName, unit);
        }

        if (record.Flags != TradeRecordFlags.None)
        {
            writer.WriteString(FlagsName, FormatFlags(record.Flags));
        }

        var breakdownMembers = unknownMembers?.Breakdown.View;
        if (record.Breakdown != default || breakdownMembers is { Count: > 0 })
        {
            writer.WriteStartObject(BreakdownName);
            writer.WriteString(SecondPartnerName, Utf8(record.Breakdown.SecondPartner, buffer));
            writer.WriteNumber(CustomsProcedureName, record.Breakdown.CustomsProcedure);
            writer.WriteNumber(TransportModeName, record.Breakdown.TransportMode);
            WriteMembers(writer, breakdownMembers);
            writer.WriteEndObject();
        }

        WriteMembers(writer, unknownMembers?.Record.View);
        writer.WriteEndObject();
    }

    private static void WriteMembers(Utf8JsonWriter writer, IReadOnlyDictionary<string, JsonElement>? members)
    {
        if (members is null)
        {
            return;
        }

        foreach (var (name, member) in members)
        {
            writer.WritePropertyName(name);
            member.WriteTo(writer);
        }
    }

    // Apart from TryRead so that the lambda's capture costs nothing on the hot path.
    private static string Missing(Field seen) =>
        string.Join(", ", Enum.GetValues<Field>().Where(f => f is not (Field.None or Field.Required) && (Field.Required & f) == f && (seen & f) == 0).Select(f => $"'{NameOf(f)}'"));

    private static Field Match(ref Utf8JsonReader reader)
    {
        var name = Bytes(ref reader);
        return name.Length switch
        {
            4 when name.SequenceEqual("flow"u8) => Field.Flow,
            5 when name.SequenceEqual("value"u8) => Field.Value,
            5 when name.SequenceEqual("flags"u8) => Field.Flags,
            6 when name.SequenceEqual("period"u8) => Field.Period,
            7 when name.SequenceEqual("partner"u8) => Field.Partner,
            8 when name.SequenceEqual("reporter"u8) => Field.Reporter,
            8 when name.SequenceEqual("revision"u8) => Field.Revision,
            8 when name.SequenceEqual("quantity"u8) => Field.Quantity,
            9 when name.SequenceEqual("commodity"u8) => Field.Commodity,
            9 when name.SequenceEqual("breakdown"u8) => Field.Breakdown,
            11 when name.SequenceEqual("netWeightKg"u8) => Field.NetWeightKg,
            16 when name.SequenceEqual("quantityUnitCode"u8) => Field.QuantityUnitCode,
            _ => Field.None,
        };
    }

    private static string NameOf(Field field) => field switch
    {
        Field.Period => "period",
        Field.Reporter => "reporter",
        Field.Partner => "partner",
        Field.Flow => "flow",
        Field.Commodity => "commodity",
        Field.Revision => "revision",
        Field.Value => "value",
        Field.NetWeightKg => "netWeightKg",
        Field.Quantity => "quantity",
        Field.QuantityUnitCode => "quantityUnitCode",
        Field.Flags => "flags",
        _ => "breakdown",
    };

    private static bool ReadPeriod(ref Utf8JsonReader reader, out TradePeriod period, out RecordError error)
    {
        period = default;
        if (!ReadCode(ref reader, ".period", "a trade period such as \"2018\" or \"2018-06\"", out error))
        {
            return false;
        }

        var text = Bytes(ref reader);
        if (TradePeriod.TryParse(text, out period))
        {
            return true;
        }

        error = RecordError.Invalid(TradePeriod.FormatDescription, text, ".period", reader.TokenStartIndex);
        return false;
    }

    private static bool ReadArea(ref Utf8JsonReader reader, string path, out AreaCode area, out RecordError error)
    {
        area = default;
        if (!ReadCode(ref reader, path, AreaCode.CanonicalFormatDescription, out error))
        {
            return false;
        }

        var text = Bytes(ref reader);
        if (AreaCode.TryParseCanonical(text, out area))
        {
            return true;
        }

        error = RecordError.Invalid(AreaCode.CanonicalFormatDescription, text, path, reader.TokenStartIndex);
        return false;
    }

    private static bool ReadFlow(ref Utf8JsonReader reader, out TradeFlow flow, out RecordError error)
    {
        flow = default;
        if (!ReadCode(ref reader, ".flow", TradeFlows.FormatDescription, out error))
        {
            return false;
        }

        var text = Bytes(ref reader);
        if (TradeFlows.TryParseName(text, out flow))
        {
            return true;
        }

        error = RecordError.Invalid(TradeFlows.FormatDescription, text, ".flow", reader.TokenStartIndex);
        return false;
    }

    private static bool ReadRevision(ref Utf8JsonReader reader, out HsRevision revision, out RecordError error)
    {
        const string Expected = "an HS edition code (HS, H0, H1, H2, H3, H4, H5 or H6)";
        revision = default;
        if (!ReadCode(ref reader, ".revision", Expected, out error))
        {
            return false;
        }

        var text = Bytes(ref reader);
        if (HsRevisions.TryParseComtradeCode(text, out revision)) // the one edition mapping, H0-H6
        {
            return true;
        }

        error = RecordError.Invalid(Expected, text, ".revision", reader.TokenStartIndex);
        return false;
    }

    private static bool ReadCommodity(ref Utf8JsonReader reader, out HsCode commodity, out RecordError error)
    {
        commodity = default;
        if (!ReadCode(ref reader, ".commodity", HsCode.FormatDescription, out error))
        {
            return false;
        }

        var text = Bytes(ref reader);
        if (HsCode.TryParse(text, out commodity))
        {
            return true;
        }

        error = RecordError.Invalid(HsCode.FormatDescription, text, ".commodity", reader.TokenStartIndex);
        return false;
    }

    private static bool ReadValue(ref Utf8JsonReader reader, out decimal value, out RecordError error)
    {
        value = default;
        if (reader.TokenType != JsonTokenType.Number)
        {
            error = RecordError.WrongType("a number (US dollars)", ref reader, ".value");
            return false;
        }

        if (TryParsePlainDecimal(reader.ValueSpan, out value) || (reader.TryGetDecimal(out value) && ExactDecimal.IsExact(reader.ValueSpan, value)))
        {
            error = default;
            return true;
        }

        error = new RecordError(JsonRules.ValueOutOfRange, "The value does not fit a decimal (at most 28 to 29 significant digits, below 7.9e28).", ".value", reader.TokenStartIndex);
        return false;
    }

    private static bool ReadMeasure(ref Utf8JsonReader reader, string path, out double? measure, out RecordError error)
    {
        measure = null;
        error = default;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.Number)
        {
            error = RecordError.WrongType("a number or null", ref reader, path);
            return false;
        }

        if (TryParseSmallWholeNumber(reader.ValueSpan, out var number) || (reader.TryGetDouble(out number) && double.IsFinite(number)))
        {
            measure = number;
            return true;
        }

        error = new RecordError(JsonRules.ValueOutOfRange, "The number is beyond the range of a double.", path, reader.TokenStartIndex);
        return false;
    }

    private static bool ReadUnit(ref Utf8JsonReader reader, out int? unit, out RecordError error)
    {
        unit = null;
        error = default;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (!ReadInteger(ref reader, short.MinValue, short.MaxValue, ".quantityUnitCode", "a Comtrade quantity unit code", out var number, out error))
        {
            return false;
        }

        unit = number;
        return true;
    }

    private static bool ReadFlags(ref Utf8JsonReader reader, out TradeRecordFlags flags, out RecordError error)
    {
        flags = default;
        const string Expected = "flag names separated by commas (quantityEstimated, netWeightEstimated, notReported, aggregated) or \"none\"";
        if (reader.TokenType != JsonTokenType.String)
        {
            error = RecordError.WrongType("a string", ref reader, ".flags");
            return false;
        }

        var text = reader.GetString()!;
        if (text.Length is 0 or > 200)
        {
            error = RecordError.Invalid(Expected, text, ".flags", reader.TokenStartIndex);
            return false;
        }

        foreach (var part in text.Split(','))
        {
            if (!TryParseFlag(part.Trim(' '), out var flag))
            {
                error = RecordError.Invalid(Expected, text, ".flags", reader.TokenStartIndex);
                return false;
            }

            flags |= flag;
        }

        error = default;
        return true;
    }

    private static bool TryParseFlag(string name, out TradeRecordFlags flag)
    {
        flag = TradeRecordFlags.None;
        if (name == "none")
        {
            return true;
        }

        foreach (var (candidate, candidateName) in FlagNames)
        {
            if (candidateName.Value == name)
            {
                flag = candidate;
                return true;
            }
        }

        return false;
    }

    private static bool ReadBreakdown(ref Utf8JsonReader reader, UnknownMemberSink? unknownMembers, out TradeBreakdown breakdown, out RecordError error)
    {
        breakdown = default;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            error = RecordError.WrongType("an object (secondPartner, customsProcedure, transportMode)", ref reader, ".breakdown");
            return false;
        }

        var start = reader.TokenStartIndex;
        var seen = BreakdownField.None;
        AreaCode secondPartner = default;
        int customsProcedure = 0, transportMode = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var nameStart = reader.TokenStartIndex;
            var field = reader.ValueTextEquals("secondPartner"u8) ? BreakdownField.SecondPartner
                : reader.ValueTextEquals("customsProcedure"u8) ? BreakdownField.CustomsProcedure
                : reader.ValueTextEquals("transportMode"u8) ? BreakdownField.TransportMode
                : BreakdownField.None;
            if (field == BreakdownField.None)
            {
                var name = reader.GetString()!;
                if (unknownMembers is null)
                {
                    error = new RecordError(JsonRules.UnknownMember, $"'{QuotedText.Cut(name)}' is not a member of a trade breakdown.", ".breakdown" + Member(QuotedText.Cut(name)), nameStart);
                    return false;
                }

                reader.Read();
                if (!unknownMembers.TryAddToBreakdown(name, JsonElement.ParseValue(ref reader)))
                {
                    error = new RecordError(JsonRules.DuplicateMember, $"The member '{QuotedText.Cut(name)}' appears more than once in the breakdown.", ".breakdown" + Member(QuotedText.Cut(name)), nameStart);
                    return false;
                }

                continue;
            }

            var path = ".breakdown." + field switch
            {
                BreakdownField.SecondPartner => "secondPartner",
                BreakdownField.CustomsProcedure => "customsProcedure",
                _ => "transportMode",
            };
            if ((seen & field) != 0)
            {
                error = new RecordError(JsonRules.DuplicateMember, $"The member '{path[11..]}' appears more than once in the breakdown.", path, nameStart);
                return false;
            }

            seen |= field;
            reader.Read();
            var ok = field switch
            {
                BreakdownField.SecondPartner => ReadArea(ref reader, path, out secondPartner, out error),
                BreakdownField.CustomsProcedure => ReadInteger(ref reader, 0, MaxCustomsProcedure, path, "a customs procedure number (C00 to C99 as 0 to 99)", out customsProcedure, out error),
                _ => ReadInteger(ref reader, 0, ushort.MaxValue, path, "a mode of transport code", out transportMode, out error),
            };
            if (!ok)
            {
                return false;
            }
        }

        if (seen != BreakdownField.Required)
        {
            error = new RecordError(JsonRules.MissingMember, $"A breakdown has all of {string.Join(", ", RequiredBreakdownMembers.Select(static m => $"'{m}'"))}.", ".breakdown", start);
            return false;
        }

        breakdown = new TradeBreakdown(secondPartner, (ushort)customsProcedure, (ushort)transportMode);
        error = default;
        return true;
    }

    private static bool ReadInteger(ref Utf8JsonReader reader, int min, int max, string path, string what, out int number, out RecordError error)
    {
        number = 0;
        if (reader.TokenType != JsonTokenType.Number)
        {
            error = RecordError.WrongType($"a number ({what})", ref reader, path);
            return false;
        }

        if (reader.TryGetInt32(out number) && number >= min && number <= max)
        {
            error = default;
            return true;
        }

        error = new RecordError(JsonRules.ValueOutOfRange, $"Expected {what}, a whole number from {min} to {max}.", path, reader.TokenStartIndex);
        return false;
    }

    // A short string value (a code); anything else is a wrong type or an invalid value.
    private static bool ReadCode(ref Utf8JsonReader reader, string path, string expected, out RecordError error)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            error = RecordError.WrongType($"a string ({expected})", ref reader, path);
            return false;
        }

        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length > MaxCodeBytes && (!reader.ValueIsEscaped || Bytes(ref reader).Length > MaxCodeBytes))
        {
            error = RecordError.Invalid(expected, reader.GetString()!, path, reader.TokenStartIndex);
            return false;
        }

        error = default;
        return true;
    }

    // The unescaped UTF-8 bytes of the current string or name: the input itself unless escaped (rare).
    private static ReadOnlySpan<byte> Bytes(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            return reader.ValueSpan;
        }

        var buffer = new byte[reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length];
        return buffer.AsSpan(0, reader.CopyString(buffer));
    }

    // The common case, parsed directly: a non-negative number without exponent and with at most 19 digits, such as
    // 1588852981506.719. The scale is the number of decimals written, as the general parser keeps it ("1.50" is 1.50).
    // Anything else goes to the general parser. The reader has already checked the token is a valid JSON number.
    private static bool TryParsePlainDecimal(ReadOnlySpan<byte> text, out decimal value)
    {
        value = default;
        if (text.IsEmpty || text.Length > 20)
        {
            return false;
        }

        ulong mantissa = 0;
        var digits = 0;
        var scale = -1;
        foreach (var b in text)
        {
            var digit = b - (byte)'0';
            if ((uint)digit <= 9)
            {
                mantissa = (mantissa * 10) + (uint)digit;
                digits++;
                if (scale >= 0)
                {
                    scale++;
                }
            }
            else if (b == (byte)'.' && scale < 0)
            {
                scale = 0;
            }
            else
            {
                return false; // a sign or an exponent
            }
        }

        if (digits > 19)
        {
            return false;
        }

        value = new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, isNegative: false, (byte)Math.Max(scale, 0));
        return true;
    }

    // Weights and quantities are mostly whole numbers; up to 15 digits they convert to a double exactly.
    private static bool TryParseSmallWholeNumber(ReadOnlySpan<byte> text, out double value)
    {
        value = 0;
        if (text.IsEmpty || text.Length > 15)
        {
            return false;
        }

        long number = 0;
        foreach (var b in text)
        {
            var digit = b - (byte)'0';
            if ((uint)digit > 9)
            {
                return false;
            }

            number = (number * 10) + digit;
        }

        value = number;
        return true;
    }

    // A value type's one UTF-8 form, written into a small buffer (every code here fits eight bytes).
    private static ReadOnlySpan<byte> Utf8<T>(T value, Span<byte> buffer)
        where T : IUtf8SpanFormattable
    {
        value.TryFormat(buffer, out var written, default, null);
        return buffer[..written];
    }

    private static string FormatFlags(TradeRecordFlags flags)
    {
        if ((flags & ~AllFlags) != 0)
        {
            throw new ArgumentException($"The trade record flags {(int)flags} include undefined bits.", nameof(flags));
        }

        return string.Join(", ", FlagNames.Where(f => (flags & f.Flag) != 0).Select(static f => f.Name.Value));
    }

    private static JsonEncodedText Named(JsonEncodedText[] names, int index, string what) =>
        (uint)index < (uint)names.Length ? names[index] : throw new ArgumentException($"{index} is not a defined {what} value.", what);

    private static string Member(string name)
    {
        var path = new System.Text.StringBuilder();
        JsonPath.AppendMember(path, name);
        return path.ToString();
    }
}
