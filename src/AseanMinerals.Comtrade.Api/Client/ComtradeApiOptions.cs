namespace AseanMinerals.Comtrade.Api.Client;

/// <summary>
/// How the client talks to the service. The defaults suit the real service: its base address, the key from the
/// environment variable <see cref="KeyEnvironmentVariable"/>, one call every six seconds (the pace comtradr keeps by
/// default), at most 500 calls a day (the free tier), five retries that honour <c>Retry-After</c>.
/// This is a class, not a record, so that printing it can never show the key.
/// </summary>
public sealed class ComtradeApiOptions
{
    /// <summary>The environment variable the subscription key is read from when <see cref="SubscriptionKey"/> is null.</summary>
    public const string KeyEnvironmentVariable = "COMTRADE_API_KEY";

    /// <summary>The row cap of the free preview endpoint, used without a key.</summary>
    public const int PreviewRowCap = 500;

    /// <summary>The address of the real service.</summary>
    public static Uri DefaultBaseAddress { get; } = new("https://comtradeapi.un.org/");

    /// <summary>Where the service is: a mirror, a proxy or a test server can stand in; null uses the HttpClient's own base address, else <see cref="DefaultBaseAddress"/>.</summary>
    public Uri? BaseAddress { get; init; }

    /// <summary>
    /// The subscription key, sent as the header <c>Ocp-Apim-Subscription-Key</c> and never logged, printed or put in an
    /// exception; null reads <see cref="KeyEnvironmentVariable"/>; without either the free preview endpoint is used.
    /// </summary>
    public string? SubscriptionKey { get; init; }

    /// <summary>
    /// The most rows one call returns: 500 without a key (the preview endpoint); with a key the default is 100,000 (what
    /// comtradr's documentation gives for the free key; higher tiers may set more). A query whose count reaches it is split.
    /// </summary>
    public int? RowCap { get; init; }

    /// <summary>The shortest time between two calls (default 6 s, comtradr's default pace); zero for no pacing.</summary>
    public TimeSpan MinimumCallInterval { get; init; } = TimeSpan.FromSeconds(6);

    /// <summary>The most calls in one day (default 500, the free tier's budget); a call past it fails rather than being refused by the service.</summary>
    public int CallsPerDay { get; init; } = 500;

    /// <summary>How many times a call that failed for a transient reason (429, 403 with Retry-After, 5xx, a cut or stalled answer) is tried again (default 5).</summary>
    public int MaxRetries { get; init; } = 5;

    /// <summary>The wait before the first retry where the service names none (doubled each time, with jitter; default 2 s).</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest wait the client accepts from a <c>Retry-After</c> header (default 5 min): a longer one ends the fetch with the reason.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The longest one attempt may take, answer body included (default 2 min): a stalled answer is abandoned and tried again.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>After this many failed attempts in a row the circuit opens and the fetch stops instead of hammering a failing service (default 8).</summary>
    public int BreakAfterFailures { get; init; } = 8;

    /// <summary>The clock of retries, timeouts and the circuit breaker: tests pass a fake one.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Receives one line per call and per retry (method, path and query, status, wait); never the key.</summary>
    public Action<string>? Log { get; init; }

    /// <summary>The key in effect: <see cref="SubscriptionKey"/>, else the environment variable, else null.</summary>
    internal string? EffectiveKey =>
        !string.IsNullOrWhiteSpace(SubscriptionKey) ? SubscriptionKey.Trim()
        : Environment.GetEnvironmentVariable(KeyEnvironmentVariable) is { Length: > 0 } fromEnvironment && !string.IsNullOrWhiteSpace(fromEnvironment) ? fromEnvironment.Trim()
        : null;
}
