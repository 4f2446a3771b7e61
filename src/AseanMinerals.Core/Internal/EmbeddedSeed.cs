using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AseanMinerals.Core.Serialization;

namespace AseanMinerals.Core.Internal;

/// <summary>Reads the library's own embedded seed files (a failure is a defect of the package, never of user data).</summary>
internal static class EmbeddedSeed
{
    public static T Read<T>(string resourceName)
        where T : class
    {
        using var stream = typeof(EmbeddedSeed).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The package lacks its embedded seed '{resourceName}'.");
        try
        {
            var typeInfo = (JsonTypeInfo<T>)AseanMineralsJson.Options.GetTypeInfo(typeof(T));
            return JsonSerializer.Deserialize(stream, typeInfo)
                ?? throw new InvalidOperationException($"The embedded seed '{resourceName}' is null.");
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"The embedded seed '{resourceName}' cannot be read: {e.Message} (line {e.LineNumber + 1}, {e.Path}).", e);
        }
    }
}
