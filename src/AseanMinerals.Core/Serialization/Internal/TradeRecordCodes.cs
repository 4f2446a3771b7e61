using System.Text.Json;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Serialization.Internal;

/// <summary>A trade period as JSON writes it: "2018" or "2018-06".</summary>
internal readonly struct PeriodCode : IUtf8Code<TradePeriod>
{
    public static string Description => TradePeriod.FormatDescription;

    public static int MaxBytes => 32;

    public static bool TryParse(ReadOnlySpan<byte> utf8, out TradePeriod value) => TradePeriod.TryParse(utf8, out value);

    public static void Write(Utf8JsonWriter writer, JsonEncodedText name, TradePeriod value) => Utf8Form.Write(writer, name, value);
}

/// <summary>An area code as trade records hold it: always three digits ("096").</summary>
internal readonly struct CanonicalAreaCode : IUtf8Code<AreaCode>
{
    public static string Description => AreaCode.CanonicalFormatDescription;

    public static int MaxBytes => 32;

    public static bool TryParse(ReadOnlySpan<byte> utf8, out AreaCode value) => AreaCode.TryParseCanonical(utf8, out value);

    public static void Write(Utf8JsonWriter writer, JsonEncodedText name, AreaCode value) => Utf8Form.Write(writer, name, value);
}

/// <summary>An HS code: "TOTAL" or 2, 4 or 6 digits.</summary>
internal readonly struct CommodityCode : IUtf8Code<HsCode>
{
    public static string Description => HsCode.FormatDescription;

    public static int MaxBytes => 32;

    public static bool TryParse(ReadOnlySpan<byte> utf8, out HsCode value) => HsCode.TryParse(utf8, out value);

    public static void Write(Utf8JsonWriter writer, JsonEncodedText name, HsCode value) => Utf8Form.Write(writer, name, value);
}

/// <summary>A trade flow by its name ("import", "reExport").</summary>
internal readonly struct FlowName : IUtf8Code<TradeFlow>
{
    private static readonly JsonEncodedText[] Names = [.. Enum.GetValues<TradeFlow>().Select(static f => JsonEncodedText.Encode(f.ToName()))];

    public static string Description => TradeFlows.FormatDescription;

    public static int MaxBytes => 32;

    public static bool TryParse(ReadOnlySpan<byte> utf8, out TradeFlow value) => TradeFlows.TryParseName(utf8, out value);

    public static void Write(Utf8JsonWriter writer, JsonEncodedText name, TradeFlow value) =>
        writer.WriteString(name, Utf8Form.Named(Names, (int)value, nameof(TradeRecord.Flow)));
}

/// <summary>An HS edition by its Comtrade code (the one H0-H6 mapping is <see cref="HsRevisions"/>).</summary>
internal readonly struct RevisionCode : IUtf8Code<HsRevision>
{
    private static readonly JsonEncodedText[] Names = [.. Enum.GetValues<HsRevision>().Select(static r => JsonEncodedText.Encode(r.ToComtradeCode()))];

    public static string Description { get; } = $"an HS edition code ({string.Join(", ", Names[..^1].Select(static n => n.Value))} or {Names[^1].Value})";

    public static int MaxBytes => 32;

    public static bool TryParse(ReadOnlySpan<byte> utf8, out HsRevision value) => HsRevisions.TryParseComtradeCode(utf8, out value);

    public static void Write(Utf8JsonWriter writer, JsonEncodedText name, HsRevision value) =>
        writer.WriteString(name, Utf8Form.Named(Names, (int)value, nameof(TradeRecord.Revision)));
}

/// <summary>Trade record flags: names separated by commas ("quantityEstimated, aggregated"), or "none".</summary>
internal readonly struct FlagNames : IUtf8Code<TradeRecordFlags>
{
    private static readonly (TradeRecordFlags Flag, JsonEncodedText Name)[] Names =
    [
        .. Enum.GetValues<TradeRecordFlags>().Where(static f => f != TradeRecordFlags.None)
            .Select(static f => (f, JsonEncodedText.Encode(JsonNamingPolicy.CamelCase.ConvertName(f.ToString())))),
    ];

    private static readonly TradeRecordFlags AllFlags = Names.Aggregate(TradeRecordFlags.None, static (all, f) => all | f.Flag);

    public static string Description { get; } = $"flag names separated by commas ({string.Join(", ", Names.Select(static f => f.Name.Value))}) or \"none\"";

    public static int MaxBytes => 200;

    public static bool TryParse(ReadOnlySpan<byte> utf8, out TradeRecordFlags value)
    {
        value = TradeRecordFlags.None;
        if (utf8.IsEmpty)
        {
            return false;
        }

        foreach (var range in utf8.Split((byte)','))
        {
            var part = utf8[range].Trim((byte)' ');
            if (part.SequenceEqual("none"u8))
            {
                continue;
            }

            var found = false;
            foreach (var (flag, name) in Names)
            {
                if (part.SequenceEqual(name.EncodedUtf8Bytes))
                {
                    value |= flag;
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    public static void Write(Utf8JsonWriter writer, JsonEncodedText name, TradeRecordFlags value)
    {
        if ((value & ~AllFlags) != 0)
        {
            throw new ArgumentException($"The trade record flags {(int)value} include undefined bits.", nameof(value));
        }

        writer.WriteString(name, string.Join(", ", Names.Where(f => (value & f.Flag) != 0).Select(static f => f.Name.Value)));
    }
}

/// <summary>Writes a value type's one UTF-8 form.</summary>
internal static class Utf8Form
{
    /// <summary>Writes the member with the value's UTF-8 form (every code here fits 16 bytes).</summary>
    public static void Write<T>(Utf8JsonWriter writer, JsonEncodedText name, T value)
        where T : IUtf8SpanFormattable
    {
        Span<byte> buffer = stackalloc byte[16];
        value.TryFormat(buffer, out var written, default, null);
        writer.WriteString(name, buffer[..written]);
    }

    /// <summary>The name of an enum value, or an exception for an undefined one (which no reader would accept).</summary>
    public static JsonEncodedText Named(JsonEncodedText[] names, int index, string what) =>
        (uint)index < (uint)names.Length ? names[index] : throw new ArgumentException($"{index} is not a defined {what} value.", what);
}
