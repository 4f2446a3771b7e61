using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using AseanMinerals.Comtrade.Api.Client;
using AseanMinerals.Comtrade.Api.Internal;
using AseanMinerals.Comtrade.Api.Queries;

namespace AseanMinerals.Comtrade.Api.Bulk;

/// <summary>
/// Lists and downloads bulk files (gzip'd tab-separated Comtrade+ rows, codes only) into a folder, resumably: each
/// file is written to a <c>.part</c> file, moved into place once whole, and only then entered in <c>manifest.json</c>
/// (written to a temporary file and moved, so that the manifest is never half-written). A later run skips every file
/// the manifest lists as complete with the same row key and publication date (and whose bytes still match its hash);
/// <see cref="ComtradeBulkRequest.PublishedFrom"/> asks only for what changed. The files read with
/// <see cref="ComtradeFile.Open"/> like any Comtrade+ file.
/// </summary>
public sealed class ComtradeBulkDownloader
{
    /// <summary>The manifest's file name in a download folder.</summary>
    public const string ManifestFileName = "manifest.json";

    private readonly ComtradeApiClient _client;

    /// <summary>Creates a downloader that calls through a client (its pace, budget, retries and key).</summary>
    /// <param name="client">The client.</param>
    public ComtradeBulkDownloader(ComtradeApiClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
    }

    /// <summary>Lists the bulk files of the reporters and periods.</summary>
    /// <param name="request">What to list.</param>
    /// <param name="cancellationToken">Stops the calls.</param>
    /// <returns>The files, per reporter in the order asked.</returns>
    /// <exception cref="ComtradeApiException">A list call failed.</exception>
    public async Task<IReadOnlyList<ComtradeBulkFile>> ListAsync(ComtradeBulkRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var files = new List<ComtradeBulkFile>();
        var frequency = request.Frequency == ComtradeFrequency.Monthly ? "M" : "A";
        foreach (var reporter in request.Reporters)
        {
            var parameters = new List<string>();
            if (request.Periods.Count > 0)
            {
                parameters.Add("period=" + string.Join(',', request.Periods));
            }

            if (request.PublishedFrom is { } from)
            {
                parameters.Add("publishedDateFrom=" + Uri.EscapeDataString(from.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture)));
            }

            if (request.PublishedTo is { } to)
            {
                parameters.Add("publishedDateTo=" + Uri.EscapeDataString(to.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture)));
            }

            var path = string.Create(CultureInfo.InvariantCulture, $"bulk/v1/get/{reporter}/C/{frequency}/{request.Classification}") + (parameters.Count > 0 ? "?" + string.Join('&', parameters) : string.Empty);
            using var answer = await _client.Transport.GetAsync(path, cancellationToken).ConfigureAwait(false);
            try
            {
                using var document = JsonAnswers.Parse(answer);
                if (document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Array)
                {
                    files.AddRange(data.EnumerateArray().Select(row => File(row, path)));
                }
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or KeyNotFoundException)
            {
                throw _client.Transport.Fail($"the bulk file list is not the expected JSON: {e.Message}", path, 200, e);
            }
        }

        return files;
    }

    /// <summary>Downloads the files listed for a request into a folder, skipping those already complete there.</summary>
    /// <param name="request">What to download.</param>
    /// <param name="folder">The folder (created if missing).</param>
    /// <param name="cancellationToken">Stops between two reads; the file under way stays a <c>.part</c> file, never entered in the manifest.</param>
    /// <returns>What was downloaded and skipped.</returns>
    /// <exception cref="ComtradeApiException">A call failed; the files finished before it stay in the manifest.</exception>
    public async Task<ComtradeBulkResult> DownloadAsync(ComtradeBulkRequest request, string folder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        Directory.CreateDirectory(folder);
        var manifestPath = Path.Combine(folder, ManifestFileName);
        var manifest = await ReadManifestFileAsync(manifestPath, cancellationToken).ConfigureAwait(false);
        var files = await ListAsync(request, cancellationToken).ConfigureAwait(false);
        int downloaded = 0, skipped = 0;
        long bytes = 0;
        foreach (var file in files)
        {
            var path = Path.Combine(folder, file.LocalName);
            if (manifest.FirstOrDefault(e => e.FileName == file.LocalName) is { } entry && entry.RowKey == file.RowKey
                && entry.PublicationDate == file.PublicationDate && await IsIntactAsync(path, entry, cancellationToken).ConfigureAwait(false))
            {
                skipped++;
                continue;
            }

            var fileRequest = string.Create(CultureInfo.InvariantCulture, $"bulk/v1/file/{file.ReporterCode}/{file.FileHash}");
            var part = path + ".part";
            string sha256;
            long length;
            using (var answer = await _client.Transport.GetAsync(fileRequest, cancellationToken).ConfigureAwait(false))
            {
                var target = new FileStream(part, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous);
                await using (target.ConfigureAwait(false))
                {
                    await answer.Body.CopyToAsync(target, cancellationToken).ConfigureAwait(false);
                    length = target.Length;
                }

                answer.Body.Position = 0;
                sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(answer.Body, cancellationToken).ConfigureAwait(false));
            }

            System.IO.File.Move(part, path, overwrite: true);
            manifest.RemoveAll(e => e.FileName == file.LocalName);
            manifest.Add(new ComtradeBulkManifestEntry
            {
                FileName = file.LocalName,
                ReporterCode = file.ReporterCode,
                Period = file.Period,
                ClassificationCode = file.ClassificationCode,
                RowKey = file.RowKey,
                PublicationDate = file.PublicationDate,
                FileHash = file.FileHash,
                ListedSize = file.FileSize,
                Bytes = length,
                Sha256 = sha256,
            });
            await WriteManifestAsync(manifestPath, manifest, cancellationToken).ConfigureAwait(false);
            _client.Transport.Log($"bulk {file.LocalName}: {length:N0} bytes, complete");
            downloaded++;
            bytes += length;
        }

        return new ComtradeBulkResult(folder, manifestPath, files.Count, downloaded, skipped, bytes);
    }

    /// <summary>The manifest of a download folder (empty when there is none yet).</summary>
    /// <param name="folder">The folder.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The entries.</returns>
    public static async Task<IReadOnlyList<ComtradeBulkManifestEntry>> ReadManifestAsync(string folder, CancellationToken cancellationToken = default) =>
        await ReadManifestFileAsync(Path.Combine(folder, ManifestFileName), cancellationToken).ConfigureAwait(false);

    private static async Task<List<ComtradeBulkManifestEntry>> ReadManifestFileAsync(string path, CancellationToken cancellationToken)
    {
        if (!System.IO.File.Exists(path))
        {
            return [];
        }

        var stream = System.IO.File.OpenRead(path);
        await using (stream.ConfigureAwait(false))
        {
            try
            {
                return await JsonSerializer.DeserializeAsync(stream, BulkJsonContext.Default.ListComtradeBulkManifestEntry, cancellationToken).ConfigureAwait(false) ?? [];
            }
            catch (JsonException e)
            {
                throw new ComtradeApiException($"{path}: not a bulk manifest ({e.Message}); move it away to start the folder afresh", e);
            }
        }
    }

    private static async Task WriteManifestAsync(string path, List<ComtradeBulkManifestEntry> manifest, CancellationToken cancellationToken)
    {
        var temporary = path + ".tmp";
        var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None);
        await using (stream.ConfigureAwait(false))
        {
            await JsonSerializer.SerializeAsync(stream, manifest, BulkJsonContext.Default.ListComtradeBulkManifestEntry, CancellationToken.None).ConfigureAwait(false);
        }

        cancellationToken.ThrowIfCancellationRequested();
        System.IO.File.Move(temporary, path, overwrite: true);
    }

    private static async Task<bool> IsIntactAsync(string path, ComtradeBulkManifestEntry entry, CancellationToken cancellationToken)
    {
        if (!System.IO.File.Exists(path) || new FileInfo(path).Length != entry.Bytes)
        {
            return false;
        }

        var stream = System.IO.File.OpenRead(path);
        await using (stream.ConfigureAwait(false))
        {
            return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false)) == entry.Sha256;
        }
    }

    private static ComtradeBulkFile File(JsonElement row, string path)
    {
        var fileUrl = row.GetProperty("fileUrl").GetString() ?? throw new FormatException($"a row of {path} has no fileUrl");

        // The facts give a 64-hex name; a full URL ends with it.
        var hash = Uri.TryCreate(fileUrl, UriKind.Absolute, out var url) ? url.Segments[^1] : fileUrl;
        if (hash.Length == 0 || !hash.All(char.IsAsciiHexDigit))
        {
            throw new FormatException($"fileUrl '{fileUrl}' is not a file name of hexadecimal digits");
        }

        return new ComtradeBulkFile(
            hash,
            Text(row, "fileSize"),
            row.GetProperty("reporterCode").GetInt32(),
            Text(row, "freqCode"),
            Text(row, "classificationCode"),
            Text(row, "period"),
            DateTimeOffset.Parse(Text(row, "publicationDate"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
            Text(row, "rowKey"));
    }

    private static string Text(JsonElement row, string name) =>
        row.TryGetProperty(name, out var value) ? (value.ValueKind == JsonValueKind.Number ? value.GetRawText() : value.GetString() ?? string.Empty) : string.Empty;
}

/// <summary>The manifest's JSON, generated at build time (the package is trimming- and AOT-safe).</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(List<ComtradeBulkManifestEntry>))]
internal sealed partial class BulkJsonContext : JsonSerializerContext;
