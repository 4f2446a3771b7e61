namespace AseanMinerals.Core.Serialization.Converters;

/// <summary>
/// Marks a converter that checks the whole structure of its value itself (members, types, duplicates, ranges), so that the
/// document scanner only checks that the value is well-formed JSON within the depth and length limits.
/// </summary>
internal interface IValidatingJsonConverter;
