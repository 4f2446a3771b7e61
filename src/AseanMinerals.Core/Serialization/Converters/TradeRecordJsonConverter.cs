using System.Text.Json;
using System.Text.Json.Serialization;
using AseanMinerals.Core.Serialization.Internal;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Serialization.Converters;

/// <summary>Reads and writes one <see cref="TradeRecord"/> by hand (see <see cref="TradeRecordJson"/>); a lone record has no schema version, so reading is strict.</summary>
internal sealed class TradeRecordJsonConverter : JsonConverter<TradeRecord>, IValidatingJsonConverter
{
    public override TradeRecord Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        TradeRecordJson.TryRead(ref reader, unknownMembers: null, out var record, out var error)
            ? record
            : throw new JsonReadFailure(error.Rule, error.Message, error.RelativePath, error.TokenStart);

    public override void Write(Utf8JsonWriter writer, TradeRecord value, JsonSerializerOptions options) => TradeRecordJson.Write(writer, value);
}
