using AseanMinerals.Comtrade.Api.Client;

namespace AseanMinerals.Comtrade.Api.Tests.Server;

/// <summary>Clients against the fake server: no pacing, short waits, so that the suite runs in seconds.</summary>
internal static class TestClients
{
    public const string Key = "k3y-5ECRET-0123456789abcdef";

    public static ComtradeApiClient For(
        FakeComtradeServer server,
        string? key = Key,
        List<string>? log = null,
        int? rowCap = -1,
        int maxRetries = 5,
        TimeSpan? attemptTimeout = null,
        TimeProvider? clock = null,
        int breakAfterFailures = 8)
    {
        var options = new ComtradeApiOptions
        {
            BaseAddress = server.BaseAddress,
            SubscriptionKey = key,
            RowCap = rowCap == -1 ? server.RowCap : rowCap,
            MaxRetries = maxRetries,
            BreakAfterFailures = breakAfterFailures,
            TimeProvider = clock ?? TimeProvider.System,
            MinimumCallInterval = TimeSpan.Zero,
            RetryDelay = TimeSpan.FromMilliseconds(5),
            AttemptTimeout = attemptTimeout ?? TimeSpan.FromSeconds(10),
            Log = log is null ? null : line => { lock (log) { log.Add(line); } },
        };
        return new ComtradeApiClient(new HttpClient(), options);
    }

    /// <summary>Whether the shared data is here; in CI it must be (SharedFileTests does the same).</summary>
    public static bool SharedDataIsHere()
    {
        if (ComtradeRows.SharedPath is not null)
        {
            return true;
        }

        Environment.GetEnvironmentVariable("CI").Should().NotBe("true", "CI runs beside the shared folder");
        return false;
    }
}
