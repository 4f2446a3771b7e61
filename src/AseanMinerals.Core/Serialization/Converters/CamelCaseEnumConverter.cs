using System.Text.Json;
using System.Text.Json.Serialization;

namespace AseanMinerals.Core.Serialization.Converters;

/// <summary>Writes and reads an enum as its camelCase name (<c>reExport</c>); numbers are refused.</summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
internal sealed class CamelCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, Enum;
