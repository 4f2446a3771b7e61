using System.Text.Json;
using AseanMinerals.Comtrade.Api.Queries;
using AseanMinerals.Comtrade.Api.Tests.Server;

namespace AseanMinerals.Comtrade.Api.Tests;

/// <summary>
/// The measurements of docs/comtrade-api.md: what a peer's policy gets from the test server (played with a bare
/// HttpClient, as COMTRADE-API.md describes the peers: one call per period, at most two retries), beside the client.
/// </summary>
public class PeerComparisonTests
{
    private static readonly ComtradeQuery ThreeReporters = new() { Periods = ["2022"], Reporters = [156, 842, 276], Flows = ["M", "X"] };

    [Fact]
    public async Task One_unsplit_preview_call_gets_500_of_the_1352_rows_where_the_client_gets_all_in_8_calls()
    {
        if (!TestClients.SharedDataIsHere())
        {
            return;
        }

        await using var server = await FakeComtradeServer.StartAsync(ComtradeRows.Read(ComtradeRows.SharedPath!), rowCap: 500);

        // The peers split by period only: one period, so one call, and the answer is taken as it comes.
        using var http = new HttpClient();
        var body = await http.GetStringAsync(new Uri(server.BaseAddress, "public/v1/preview/C/A/HS?reporterCode=156,842,276&period=2022&cmdCode=TOTAL&flowCode=M,X"));
        using var document = JsonDocument.Parse(body);
        document.RootElement.GetProperty("data").GetArrayLength().Should().Be(500, "the preview's cap cuts the answer silently");

        using var client = TestClients.For(server);
        var fetch = client.Fetch(ThreeReporters);
        (await fetch.ToListAsync()).Should().HaveCount(1_352);
        (fetch.Report.Calls, fetch.Report.Retries, fetch.Report.Pieces.Count).Should().Be((8L, 0L, 3));
    }

    [Fact]
    public async Task Three_429s_in_a_row_end_a_two_retry_policy_but_not_the_client()
    {
        await using var server = await FakeComtradeServer.StartAsync(ComtradeRows.Read(ComtradeRows.ExcerptPath), rowCap: 500);
        server.RetryAfterSeconds = 0;
        for (var i = 0; i < 3; i++)
        {
            server.Enqueue(Fault.TooManyRequests);
        }

        // comtradr's policy: the call and at most two retries.
        using var http = new HttpClient();
        var statuses = new List<int>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var response = await http.GetAsync(new Uri(server.BaseAddress, "data/v1/get/C/A/HS?reporterCode=156&period=2022&countOnly=true"));
            statuses.Add((int)response.StatusCode);
        }

        statuses.Should().Equal(429, 429, 429);

        for (var i = 0; i < 3; i++)
        {
            server.Enqueue(Fault.TooManyRequests);
        }

        using var client = TestClients.For(server);
        var fetch = client.Fetch(ThreeReporters);
        (await fetch.ToListAsync()).Should().HaveCount(25);
        (fetch.Report.Calls, fetch.Report.Retries).Should().Be((5L, 3L), "3 refused and 1 answered count calls, then 1 data call");
    }
}
