using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using AseanMinerals.Comtrade.Api.Client;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace AseanMinerals.Comtrade.Api.Internal;

/// <summary>
/// Every call to the service goes through here: the pace and the daily budget (System.Threading.RateLimiting), then
/// retries honouring <c>Retry-After</c>, a circuit breaker and a timeout per attempt (Polly), the body spooled whole.
/// The key travels in a header only and is taken out of every line logged and every message thrown.
/// </summary>
internal sealed class ApiTransport : IDisposable
{
    private const string KeyHeader = "Ocp-Apim-Subscription-Key";

    private readonly HttpClient _http;
    private readonly ComtradeApiOptions _options;
    private readonly Uri _base;
    private readonly ResiliencePipeline<SpooledAnswer> _pipeline;
    private readonly TokenBucketRateLimiter? _pace;
    private readonly FixedWindowRateLimiter _daily;
    private long _calls;
    private long _retries;

    public ApiTransport(HttpClient http, ComtradeApiOptions options)
    {
        _http = http;
        _options = options;
        Key = options.EffectiveKey;
        var address = options.BaseAddress ?? http.BaseAddress ?? ComtradeApiOptions.DefaultBaseAddress;
        _base = address.AbsoluteUri.EndsWith('/') ? address : new Uri(address.AbsoluteUri + "/");
        if (options.MinimumCallInterval > TimeSpan.Zero)
        {
            _pace = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
            {
                TokenLimit = 1,
                TokensPerPeriod = 1,
                ReplenishmentPeriod = options.MinimumCallInterval,
                AutoReplenishment = true,
                QueueLimit = int.MaxValue,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            });
        }

        _daily = new FixedWindowRateLimiter(new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, options.CallsPerDay),
            Window = TimeSpan.FromDays(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        });
        _pipeline = BuildPipeline(options);
    }

    /// <summary>The key in effect, or null (preview endpoint).</summary>
    public string? Key { get; }

    /// <summary>The base address calls are made against, ending with a slash.</summary>
    public Uri BaseAddress => _base;

    public long Calls => Interlocked.Read(ref _calls);

    public long Retries => Interlocked.Read(ref _retries);

    /// <summary>Gets a path (relative to the base address) and returns the 200 answer, spooled; anything else is a <see cref="ComtradeApiException"/>.</summary>
    public async Task<SpooledAnswer> GetAsync(string pathAndQuery, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        SpooledAnswer answer;
        try
        {
            var outcome = await _pipeline.ExecuteOutcomeAsync(static (context, state) => state.Self.AttemptAsync(state.PathAndQuery, context.CancellationToken), context, (Self: this, PathAndQuery: pathAndQuery)).ConfigureAwait(false);
            outcome.ThrowIfException();
            answer = outcome.Result!;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (BrokenCircuitException e)
        {
            throw Fail($"the service failed {_options.BreakAfterFailures} times in a row, so the client stopped calling it (circuit open)", pathAndQuery, null, e);
        }
        catch (TimeoutRejectedException e)
        {
            throw Fail($"no complete answer within {_options.AttemptTimeout.TotalSeconds:0.#} s, {_options.MaxRetries + 1} attempts", pathAndQuery, null, e);
        }
        catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException)
        {
            throw Fail($"the answer could not be read after {_options.MaxRetries + 1} attempts: {e.Message}", pathAndQuery, null, e);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }

        if (answer.Status == 200)
        {
            return answer;
        }

        using (answer)
        {
            var reason = answer.Status switch
            {
                429 when answer.RetryAfter > _options.MaxRetryAfter => $"rate limited, and the service asks to wait {answer.RetryAfter.Value.TotalSeconds:N0} s, longer than the {_options.MaxRetryAfter.TotalSeconds:N0} s the client accepts",
                429 or 403 when answer.RetryAfter is not null => $"still refused (HTTP {answer.Status}) after {_options.MaxRetries} retries",
                401 or 403 => $"the key was refused (HTTP {answer.Status})",
                404 => "not found (HTTP 404): check the classification, frequency and path",
                _ => $"HTTP {answer.Status}",
            };
            throw Fail($"{reason}: the service said {ErrorText.Of(answer)}", pathAndQuery, answer.Status, null);
        }
    }

    public void Log(string line) => _options.Log?.Invoke(Redaction.Redact(line, Key));

    public ComtradeApiException Fail(string reason, string? pathAndQuery, int? status, Exception? inner) =>
        new(Redaction.Redact(pathAndQuery is null ? reason : $"GET {pathAndQuery}: {reason}", Key), pathAndQuery is null ? null : Redaction.Redact(pathAndQuery, Key), status, inner);

    public void Dispose()
    {
        _pace?.Dispose();
        _daily.Dispose();
    }

    private async ValueTask<Outcome<SpooledAnswer>> AttemptAsync(string pathAndQuery, CancellationToken cancellationToken)
    {
        try
        {
            using (var day = _daily.AttemptAcquire())
            {
                if (!day.IsAcquired)
                {
                    return Outcome.FromException<SpooledAnswer>(Fail($"the budget of {_options.CallsPerDay:N0} calls a day is used up", pathAndQuery, null, null));
                }
            }

            if (_pace is not null)
            {
                using var lease = await _pace.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
            }

            Interlocked.Increment(ref _calls);
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_base, pathAndQuery));
            if (Key is not null)
            {
                request.Headers.TryAddWithoutValidation(KeyHeader, Key);
            }

            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            var answer = await SpooledAnswer.ReadAsync(response, _options.TimeProvider, cancellationToken).ConfigureAwait(false);
            Log(string.Create(CultureInfo.InvariantCulture, $"GET {pathAndQuery} -> {answer.Status} ({answer.Body.Length:N0} bytes)"));
            return Outcome.FromResult(answer);
        }
#pragma warning disable CA1031 // The outcome carries the exception to the retry strategy, which decides.
        catch (Exception e)
#pragma warning restore CA1031
        {
            Log($"GET {pathAndQuery} -> {e.GetType().Name}: {e.Message}");
            return Outcome.FromException<SpooledAnswer>(e);
        }
    }

    private bool IsTransient(Outcome<SpooledAnswer> outcome) => outcome.Exception switch
    {
        null => outcome.Result!.Status switch
        {
            429 or 403 => outcome.Result.RetryAfter is { } wait ? wait <= _options.MaxRetryAfter : outcome.Result.Status == 429,
            (int)HttpStatusCode.InternalServerError or (int)HttpStatusCode.BadGateway or (int)HttpStatusCode.ServiceUnavailable or (int)HttpStatusCode.GatewayTimeout => true,
            _ => false,
        },
        ComtradeApiException => false,
        TimeoutRejectedException => true,
        TaskCanceledException { InnerException: TimeoutException } => true, // HttpClient.Timeout
        OperationCanceledException => false,
        HttpRequestException or IOException => true,
        _ => false,
    };

    private ResiliencePipeline<SpooledAnswer> BuildPipeline(ComtradeApiOptions options)
    {
        var builder = new ResiliencePipelineBuilder<SpooledAnswer> { TimeProvider = options.TimeProvider };
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<SpooledAnswer>
            {
                MaxRetryAttempts = options.MaxRetries,
                Delay = options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = arguments => ValueTask.FromResult(IsTransient(arguments.Outcome)),
                DelayGenerator = static arguments => ValueTask.FromResult(arguments.Outcome.Result?.RetryAfter),
                OnRetry = arguments =>
                {
                    Interlocked.Increment(ref _retries);
                    var what = arguments.Outcome.Exception is { } e ? e.GetType().Name : $"HTTP {arguments.Outcome.Result!.Status}";
                    Log(string.Create(CultureInfo.InvariantCulture, $"retry {arguments.AttemptNumber + 1} of {options.MaxRetries} after {what}, in {arguments.RetryDelay.TotalSeconds:0.###} s"));
                    arguments.Outcome.Result?.Dispose();
                    return default;
                },
            });
        }

        if (options.BreakAfterFailures >= 2)
        {
            builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions<SpooledAnswer>
            {
                FailureRatio = 1.0,
                MinimumThroughput = options.BreakAfterFailures,
                SamplingDuration = TimeSpan.FromMinutes(10),
                BreakDuration = TimeSpan.FromMinutes(1),
                ShouldHandle = arguments => ValueTask.FromResult(IsTransient(arguments.Outcome)),
            });
        }

        return builder.AddTimeout(options.AttemptTimeout).Build();
    }
}
