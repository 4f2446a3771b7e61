using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace AseanMinerals.Comtrade.Api.Tests.Server;

/// <summary>
/// Kestrel on 127.0.0.1 answering like the Comtrade+ API: data and preview calls filtered by the query's codes, the
/// count (<c>countOnly</c>), a row cap per call that silently cuts (as the service does), the availability endpoint, bulk
/// file lists and files; faults queued for the next calls. Every request is recorded (path, query, key header).
/// </summary>
internal sealed class FakeComtradeServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly IReadOnlyList<JsonObject> _rows;
    private readonly ConcurrentQueue<(Fault Fault, Func<HttpRequest, bool> When)> _faults = new();

    private FakeComtradeServer(WebApplication app, IReadOnlyList<JsonObject> rows, int rowCap)
    {
        _app = app;
        _rows = rows;
        RowCap = rowCap;
    }

    public Uri BaseAddress { get; private set; } = null!;

    public int RowCap { get; }

    /// <summary>The seconds a 429 or 403 asks to wait.</summary>
    public int RetryAfterSeconds { get; set; } = 2;

    /// <summary>(reporter, period) pairs the availability endpoint lists; null lists every pair of the rows.</summary>
    public HashSet<(int Reporter, string Period)>? Published { get; set; }

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public List<BulkFile> BulkFiles { get; } = [];

    /// <summary>Bulk files for which a download sends half the bytes, then drops the connection.</summary>
    public Func<BulkFile, bool> CutBulk { get; set; } = static _ => false;

    public static async Task<FakeComtradeServer> StartAsync(IReadOnlyList<JsonObject> rows, int rowCap)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new FakeComtradeServer(app, rows, rowCap);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        server.BaseAddress = new Uri(app.Urls.First() + "/");
        return server;
    }

    public void Enqueue(Fault fault, Func<HttpRequest, bool>? when = null) => _faults.Enqueue((fault, when ?? (static _ => true)));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        Requests.Enqueue(new RecordedRequest(request.Path + request.QueryString, request.Headers["Ocp-Apim-Subscription-Key"].ToString()));
        if (_faults.TryPeek(out var next) && next.When(request) && _faults.TryDequeue(out var fault))
        {
            await ShowAsync(fault.Fault, context);
            return;
        }

        var segments = request.Path.Value!.Trim('/').Split('/');
        switch (segments)
        {
            case ["data" or "public", "v1", "get" or "preview", _, var freq, _]:
                await DataAsync(context, freq);
                break;
            case ["data" or "public", "v1", "getDa", _, _, _]:
                await AvailabilityAsync(context);
                break;
            case ["bulk", "v1", "get", var reporter, _, _, _]:
                await BulkListAsync(context, int.Parse(reporter, CultureInfo.InvariantCulture));
                break;
            case ["bulk", "v1", "file", _, var hash]:
                await BulkFileAsync(context, hash);
                break;
            default:
                context.Response.StatusCode = 404;
                await context.Response.WriteAsync("The resource you are looking for has been removed, had its name changed, or is temporarily unavailable.");
                break;
        }
    }

    private async Task DataAsync(HttpContext context, string freq)
    {
        var query = context.Request.Query;
        var matching = _rows.Where(row => (string?)row["freqCode"] == freq
            && Matches(row, "reporterCode", query) && Matches(row, "period", query) && Matches(row, "partnerCode", query)
            && Matches(row, "partner2Code", query) && Matches(row, "cmdCode", query) && Matches(row, "flowCode", query)
            && Matches(row, "customsCode", query) && Matches(row, "motCode", query)).ToList();
        if (query["countOnly"] == "true")
        {
            await WriteJsonAsync(context, new JsonObject { ["elapsedTime"] = "0.01 secs", ["count"] = matching.Count, ["data"] = new JsonArray(), ["error"] = string.Empty });
            return;
        }

        var cap = Math.Min(RowCap, int.TryParse(query["maxRecords"], CultureInfo.InvariantCulture, out var max) ? max : int.MaxValue);
        var page = matching.Take(cap).ToList(); // cut silently at the cap, as the service does
        await WriteJsonAsync(context, new JsonObject
        {
            ["elapsedTime"] = "0.02 secs",
            ["count"] = page.Count,
            ["data"] = new JsonArray([.. page.Select(static r => r.DeepClone())]),
            ["error"] = string.Empty,
        });
    }

    private async Task AvailabilityAsync(HttpContext context)
    {
        var query = context.Request.Query;
        var published = Published ?? [.. _rows.Select(static r => ((int)r["reporterCode"]!.GetValue<long>(), (string)r["period"]!))];
        var reporters = query["reporterCode"].ToString() is { Length: > 0 } r ? r.Split(',').Select(int.Parse).ToHashSet() : null;
        var periods = query["period"].ToString().Split(',').ToHashSet();
        var data = new JsonArray();
        foreach (var (reporter, period) in published.Where(p => (reporters is null || reporters.Contains(p.Reporter)) && periods.Contains(p.Period)))
        {
            data.Add(new JsonObject { ["reporterCode"] = reporter, ["period"] = period, ["totalRecords"] = 1 });
        }

        await WriteJsonAsync(context, new JsonObject { ["count"] = data.Count, ["data"] = data });
    }

    private async Task BulkListAsync(HttpContext context, int reporter)
    {
        var query = context.Request.Query;
        var from = query["publishedDateFrom"].ToString() is { Length: > 0 } f ? DateTimeOffset.Parse(f, CultureInfo.InvariantCulture) : DateTimeOffset.MinValue;
        var data = new JsonArray();
        foreach (var file in BulkFiles.Where(b => b.Reporter == reporter && b.Published >= from && (query["period"].Count == 0 || query["period"].ToString().Split(',').Contains(b.Period))))
        {
            data.Add(new JsonObject
            {
                ["fileUrl"] = file.Hash,
                ["fileSize"] = $"{file.Content.Length / 1024.0:0.00} KB",
                ["reporterCode"] = file.Reporter,
                ["freqCode"] = "A",
                ["typeCode"] = "C",
                ["classificationCode"] = "H6",
                ["refPeriodId"] = int.Parse(file.Period, CultureInfo.InvariantCulture) * 100 + 1,
                ["period"] = int.Parse(file.Period, CultureInfo.InvariantCulture),
                ["publicationDate"] = file.Published.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                ["rowKey"] = file.RowKey,
                ["timestamp"] = file.Published.ToString("O", CultureInfo.InvariantCulture),
                ["eTag"] = "W/\"" + file.Hash[..8] + "\"",
            });
        }

        await WriteJsonAsync(context, new JsonObject { ["count"] = data.Count, ["data"] = data });
    }

    private async Task BulkFileAsync(HttpContext context, string hash)
    {
        var file = BulkFiles.FirstOrDefault(b => b.Hash == hash);
        if (file is null)
        {
            context.Response.StatusCode = 404;
            return;
        }

        context.Response.ContentType = "application/gzip";
        context.Response.ContentLength = file.Content.Length;
        if (CutBulk(file))
        {
            await context.Response.Body.WriteAsync(file.Content.AsMemory(0, file.Content.Length / 2));
            await context.Response.Body.FlushAsync();
            context.Abort();
            return;
        }

        await context.Response.Body.WriteAsync(file.Content);
    }

    private async Task ShowAsync(Fault fault, HttpContext context)
    {
        var response = context.Response;
        switch (fault)
        {
            case Fault.TooManyRequests or Fault.ForbiddenRetryAfter:
                response.StatusCode = fault == Fault.TooManyRequests ? 429 : 403;
                response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                await WriteJsonAsync(context, new JsonObject { ["statusCode"] = response.StatusCode, ["message"] = $"Rate limit is exceeded. Try again in {RetryAfterSeconds} seconds." }, response.StatusCode);
                break;
            case Fault.ServerError:
                await WriteJsonAsync(context, new JsonObject { ["errorObject"] = new JsonObject { ["errorMessage"] = "An internal error occurred." } }, 500);
                break;
            case Fault.HtmlGatewayPage:
                response.StatusCode = 502;
                response.ContentType = "text/html";
                await response.WriteAsync("<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>");
                break;
            case Fault.HtmlAsSuccess:
                response.ContentType = "text/html";
                await response.WriteAsync("<!DOCTYPE html><html><head><title>Service maintenance</title></head><body>Back soon.</body></html>");
                break;
            case Fault.Stall:
                response.ContentType = "application/json";
                await response.StartAsync();
                await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(static _ => { }, TaskScheduler.Default);
                break;
            case Fault.CutBody:
            {
                var body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { elapsedTime = "0.02 secs", count = 1, data = new[] { _rows[0] }, error = string.Empty }));
                response.ContentType = "application/json";
                response.ContentLength = body.Length;
                await response.Body.WriteAsync(body.AsMemory(0, body.Length / 2));
                await response.Body.FlushAsync();
                context.Abort();
                break;
            }

            case Fault.MalformedJson:
            {
                var text = JsonSerializer.Serialize(new { elapsedTime = "0.02 secs", count = 2, data = new[] { _rows[0], _rows[1] }, error = string.Empty });
                response.ContentType = "application/json";
                await response.WriteAsync(text[..(text.Length * 2 / 3)]);
                break;
            }
        }
    }

    private static bool Matches(JsonObject row, string field, IQueryCollection query)
    {
        var wanted = query[field].ToString();
        if (wanted.Length == 0)
        {
            return true;
        }

        var value = row[field] is JsonValue v ? (v.TryGetValue<string>(out var s) ? s : v.ToJsonString()) : string.Empty;
        return wanted.Split(',').Contains(value);
    }

    private static async Task WriteJsonAsync(HttpContext context, JsonNode body, int status = 200)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body.ToJsonString());
    }
}

/// <summary>A request the fake server received.</summary>
internal sealed record RecordedRequest(string PathAndQuery, string KeyHeader)
{
    public bool IsCount => PathAndQuery.Contains("countOnly=true", StringComparison.Ordinal);

    public bool IsData => PathAndQuery.Contains("/get/", StringComparison.Ordinal) || PathAndQuery.Contains("/preview/", StringComparison.Ordinal);
}

/// <summary>A bulk file the fake server lists and serves.</summary>
internal sealed record BulkFile(int Reporter, string Period, DateTimeOffset Published, string Hash, string RowKey, byte[] Content);
