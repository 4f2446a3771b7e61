using System.Text.Json;
using AseanMinerals.Core.Validation;

namespace AseanMinerals.Core.Serialization.Internal;

/// <summary>
/// A reading failure raised inside a converter of ours, with the rule it broke. The serializer adds the path of the value
/// the converter was reading; <see cref="RelativePath"/> says where inside that value the problem is (<c>.breakdown.transportMode</c>),
/// and <see cref="TokenStart"/> where the offending token starts in the input, when the reader knows it.
/// </summary>
internal sealed class JsonReadFailure(ValidationRule rule, string message, string relativePath = "", long? tokenStart = null) : JsonException(message)
{
    public ValidationRule Rule { get; } = rule;

    public string RelativePath { get; } = relativePath;

    public long? TokenStart { get; } = tokenStart;
}
