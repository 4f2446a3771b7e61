using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace AseanMinerals.Comtrade.Api.Tests.Server;

/// <summary>Bulk files as the service makes them: gzip'd tab-separated Comtrade+ rows, codes only (the *Desc columns left out).</summary>
internal static class BulkFiles
{
    public static BulkFile Make(IEnumerable<JsonObject> rows, int reporter, string period, DateTimeOffset published)
    {
        var selected = rows.Where(r => r["reporterCode"]!.GetValue<long>() == reporter && (string?)r["period"] == period).ToList();
        var columns = selected[0].Select(static p => p.Key).Where(static k => !k.EndsWith("Desc", StringComparison.Ordinal)).ToList();
        var text = new StringBuilder().AppendJoin('\t', columns).Append('\n');
        foreach (var row in selected)
        {
            text.AppendJoin('\t', columns.Select(c => row[c] switch
            {
                null => string.Empty,
                JsonValue v when v.TryGetValue<string>(out var s) => s,
                var v => v.ToJsonString(),
            })).Append('\n');
        }

        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text.ToString()));
        }

        var content = buffer.ToArray();
        var hash = Convert.ToHexStringLower(SHA256.HashData(content));
        var rowKey = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{reporter}/{period}/{published:O}")));
        return new BulkFile(reporter, period, published, hash, rowKey, content);
    }
}
