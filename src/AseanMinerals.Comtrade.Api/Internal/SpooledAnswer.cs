using System.Text;
using System.Text.RegularExpressions;

namespace AseanMinerals.Comtrade.Api.Internal;

/// <summary>
/// One answer of the service, its body copied whole to a temporary file (deleted on close) before anything reads it:
/// a cut or stalled body fails the attempt, which is retried, instead of reaching the reader half-way. One page is held
/// at a time, on disk, not in memory.
/// </summary>
internal sealed partial class SpooledAnswer : IDisposable
{
    private SpooledAnswer(int status, string? mediaType, TimeSpan? retryAfter, Stream body)
    {
        Status = status;
        MediaType = mediaType;
        RetryAfter = retryAfter;
        Body = body;
    }

    public int Status { get; }

    public string? MediaType { get; }

    /// <summary>The wait the service asked for (<c>Retry-After</c>, or "Try again in N seconds" in the text), if any.</summary>
    public TimeSpan? RetryAfter { get; private set; }

    public Stream Body { get; }

    public static async Task<SpooledAnswer> ReadAsync(HttpResponseMessage response, TimeProvider clock, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetTempPath(), $"asean-minerals-comtrade-{Guid.NewGuid():N}.part");
        var body = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            await response.Content.CopyToAsync(body, cancellationToken).ConfigureAwait(false);
            body.Position = 0;
            TimeSpan? retryAfter = response.Headers.RetryAfter switch
            {
                { Delta: { } delta } => delta,
                { Date: { } date } => date - clock.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
                _ => null,
            };
            var answer = new SpooledAnswer((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, retryAfter, body);
            if (answer.RetryAfter is null && answer.Status is 429 or 403 && TryAgainIn().Match(answer.Text(400)) is { Success: true } said)
            {
                answer.RetryAfter = TimeSpan.FromSeconds(int.Parse(said.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture));
            }

            return answer;
        }
        catch
        {
            await body.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The start of the body as text (for messages), the stream left at its start.</summary>
    public string Text(int maxBytes)
    {
        Body.Position = 0;
        var buffer = new byte[(int)Math.Min(maxBytes, Body.Length)];
        Body.ReadExactly(buffer);
        Body.Position = 0;
        return Encoding.UTF8.GetString(buffer);
    }

    /// <summary>True when the body starts like JSON (an object or an array).</summary>
    public bool LooksLikeJson()
    {
        var text = Text(64).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return text.StartsWith('{') || text.StartsWith('[');
    }

    public void Dispose() => Body.Dispose();

    [GeneratedRegex(@"[Tt]ry again in (\d{1,6}) second")]
    private static partial Regex TryAgainIn();
}
