using System.Text.Json;
using System.Text.Json.Serialization;
using AseanMinerals.Core.Serialization.Internal;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Serialization.Converters;

/// <summary>
/// Reads and writes the records of a trade dataset: each by hand (see <see cref="TradeRecordJson"/>), into a
/// <see cref="TradeRecordList"/> that keeps, when reading a newer minor schema version, the members this library does not know.
/// </summary>
/// <param name="keepUnknownMembers">True to keep unknown members of records; false to refuse them.</param>
internal sealed class TradeRecordListConverter(bool keepUnknownMembers) : JsonConverter<IReadOnlyList<TradeRecord>>, IValidatingJsonConverter
{
    public override IReadOnlyList<TradeRecord> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonReadFailure(JsonRules.WrongType, $"Expected an array of trade records, found {RecordError.Describe(reader.TokenType)}.", string.Empty, reader.TokenStartIndex);
        }

        var records = new List<TradeRecord>();
        var sink = keepUnknownMembers ? new UnknownMemberSink() : null;
        Dictionary<int, RecordUnknownMembers>? unknown = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (!TradeRecordJson.TryRead(ref reader, sink, out var record, out var error))
            {
                throw new JsonReadFailure(error.Rule, error.Message, $"[{records.Count}]{error.RelativePath}", error.TokenStart);
            }

            if (sink?.Take() is { } members)
            {
                (unknown ??= [])[records.Count] = members;
            }

            records.Add(record);
        }

        return TradeRecordList.Create([.. records], unknown);
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<TradeRecord> value, JsonSerializerOptions options)
    {
        var list = value as TradeRecordList;
        writer.WriteStartArray();
        for (var i = 0; i < value.Count; i++)
        {
            TradeRecordJson.Write(writer, value[i], list?.UnknownMembersAt(i));
        }

        writer.WriteEndArray();
    }
}
