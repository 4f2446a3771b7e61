using System.Globalization;
using System.Text.Json;

namespace AseanMinerals.Comtrade.Api.Internal;

/// <summary>Reads the small answers: a count, the availability rows.</summary>
internal static class JsonAnswers
{
    /// <summary>
    /// The count of a <c>countOnly</c> answer: the top-level <c>count</c>, or the <c>count</c> of a single element of
    /// <c>data</c> where the service puts it there.
    /// </summary>
    public static long? Count(SpooledAnswer answer)
    {
        using var document = Parse(answer);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Array && data.GetArrayLength() == 1
            && data[0].ValueKind == JsonValueKind.Object && data[0].TryGetProperty("count", out var inner) && inner.TryGetInt64(out var innerCount)
            && !data[0].TryGetProperty("reporterCode", out _))
        {
            return innerCount;
        }

        return root.TryGetProperty("count", out var count) && count.ValueKind == JsonValueKind.Number && count.TryGetInt64(out var value) && value >= 0 ? value : null;
    }

    /// <summary>The (reporter, period) pairs of an availability answer.</summary>
    public static HashSet<(string Reporter, string Period)> Availability(SpooledAnswer answer)
    {
        using var document = Parse(answer);
        var pairs = new HashSet<(string, string)>();
        if (document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Array)
        {
            foreach (var row in data.EnumerateArray())
            {
                if (row.ValueKind == JsonValueKind.Object && row.TryGetProperty("reporterCode", out var reporter) && row.TryGetProperty("period", out var period))
                {
                    pairs.Add((Text(reporter), Text(period)));
                }
            }
        }

        return pairs;
    }

    public static JsonDocument Parse(SpooledAnswer answer)
    {
        answer.Body.Position = 0;
        return JsonDocument.Parse(answer.Body);
    }

    private static string Text(JsonElement value) => value.ValueKind == JsonValueKind.Number ? value.GetRawText() : value.GetString() ?? string.Empty;

    public static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
