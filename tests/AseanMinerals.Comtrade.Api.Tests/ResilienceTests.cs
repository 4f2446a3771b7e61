using AseanMinerals.Comtrade.Api.Client;
using AseanMinerals.Comtrade.Api.Queries;
using AseanMinerals.Comtrade.Api.Tests.Server;
using Microsoft.Extensions.Time.Testing;

namespace AseanMinerals.Comtrade.Api.Tests;

/// <summary>Retries honouring Retry-After (on a fake clock), 5xx, gateway pages, stalls, cut bodies, the circuit breaker, the key kept secret.</summary>
public class ResilienceTests
{
    private static readonly ComtradeQuery Query = new() { Periods = ["2022"], Reporters = [156, 842, 276], Flows = ["M", "X"] };

    [Fact]
    public async Task A_429_is_retried_only_after_the_Retry_After_wait_on_the_clock()
    {
        await using var server = await FakeComtradeServer.StartAsync(ComtradeRows.Read(ComtradeRows.ExcerptPath), rowCap: 500);
        server.RetryAfterSeconds = 30;
        server.Enqueue(Fault.TooManyRequests);
        var clock = new FakeTimeProvider();
        var log = new List<string>();
        using var client = TestClients.For(server, clock: clock, log: log);

        var count = client.CountAsync(Query);
        // The retry is announced before its wait starts on the clock; a moment later the wait is under way.
        await WaitUntil(() => { lock (log) { return log.Exists(l => l.StartsWith("retry 1 of", StringComparison.Ordinal)); } });
        await Task.Delay(100);
        clock.Advance(TimeSpan.FromSeconds(29));
        await Task.Delay(200);
        server.Requests.Should().HaveCount(1, "29 of the 30 seconds asked have passed");
        count.IsCompleted.Should().BeFalse();

        clock.Advance(TimeSpan.FromSeconds(1));
        (await count.WaitAsync(TimeSpan.FromSeconds(10))).Should().Be(25);
        server.Requests.Should().HaveCount(2);
        client.Retries.Should().Be(1);
    }

    [Theory]
    [InlineData(Fault.TooManyRequests)]
    [InlineData(Fault.ForbiddenRetryAfter)]
    [InlineData(Fault.ServerError)]
    [InlineData(Fault.HtmlGatewayPage)]
    [InlineData(Fault.CutBody)]
    public async Task A_transient_failure_is_retried_and_the_fetch_completes_with_every_row(Fault fault)
    {
        await using var server = await FakeComtradeServer.StartAsync(ComtradeRows.Read(ComtradeRows.ExcerptPath), rowCap: 500);
        server.RetryAfterSeconds = 0;
        server.Enqueue(fault, r => !r.QueryString.Value!.Contains("countOnly", StringComparison.Ordinal)); // on the data call
        using var client = TestClients.For(server);

        var fetch = client.Fetch(Query);
        var records = await fetch.ToListAsync();

        records.Should().HaveCount(25, "the excerpt's 25 rows are all aggregate rows of M and X");
        fetch.Report.Retries.Should().Be(1);
        fetch.Report.IsComplete.Should().BeTrue();
    }

    [Fact]
    public async Task A_stalled_answer_times_out_and_is_retried()
    {
        await using var server = await FakeComtradeServer.StartAsync(ComtradeRows.Read(ComtradeRows.ExcerptPath), rowCap: 500);
        server.Enqueue(Fault.Stall);

        // The stall lasts until the attempt is cancelled; the timeout leaves the answer after it time to come on a busy
        // machine (at 300 ms, a cold first answer on a loaded CI machine timed out too: two retries instead of one).
        using var client = TestClients.For(server, attemptTimeout: TimeSpan.FromSeconds(2));

        (await client.CountAsync(Query)).Should().Be(25);
        client.Retries.Should().Be(1);
    }

    [Fact]
    public async Task A_body_cut_on_every_attempt_is_an_error_and_yields_no_row()
    {
        await using var server = await FakeComtradeServer.StartAsync(ComtradeRows.Read(ComtradeRows.ExcerptPath), rowCap: 500);
        for (var i = 0; i < 3; i++)
        {
            server.Enqueue(Fault.CutBody, r => !r.QueryString.Value!.Contains("countOnly", StringComparison.Ordinal));
        }

        using var client = TestClients.For(server, maxRetries: 2);
        var fetch = client.Fetch(Query);
        var received = new List<Core.Trade.TradeRecord>();

        var act = async () => { await foreach (var r in fetch) { received.Add(r); } };

        (await act.Should().ThrowAsync<ComtradeApiException>()).Which.Message.Should().Contain("could not be read after 3 attempts");
        received.Should().BeEmpty("a page is read only once it arrived whole");
        fetch.Report.IsComplete.Should().BeFalse();
    }

    [Theory]
    [InlineData(Fault.MalformedJson)]
    [InlineData(Fault.HtmlAsSuccess)]
    public async Task A_200_that_is_not_a_whole_JSON_answer_is_an_error_not_fewer_rows(Fault fault)
    {
        await using var server = await FakeComtradeServer.StartAsync(ComtradeRows.Read(ComtradeRows.ExcerptPath), rowCap: 500);
        server.Enqueue(fault, r => !r.QueryString.Value!.Contains("countOnly", StringComparison.Ordinal));
        using var client = TestClients.For(server);
        var fetch = client.Fetch(Query);

        var act = async () => await fetch.ToListAsync();

        await act.Should().ThrowAsync<Exception>();
        fetch.Report.IsComplete.Should().BeFalse();
        fetch.Report.RowsReceived.Should().Be(0);
    }

    [Fact]
    public async Task A_gateway_failing_on_every_call_opens_the_circuit_and_says_so()
    {
        await using var server = await FakeComtradeServer.StartAsync(ComtradeRows.Read(ComtradeRows.ExcerptPath), rowCap: 500);
        for (var i = 0; i < 20; i++)
        {
            server.Enqueue(Fault.HtmlGatewayPage);
        }

        using var client = TestClients.For(server, maxRetries: 10, breakAfterFailures: 3);

        var act = () => client.CountAsync(Query);

        (await act.Should().ThrowAsync<ComtradeApiException>()).Which.Message.Should().Contain("circuit open");
        server.Requests.Should().HaveCount(3, "the circuit opens after three failures in a row");
    }

    [Fact]
    public async Task A_gateway_page_after_the_last_retry_is_named_in_the_error()
    {
        await using var server = await FakeComtradeServer.StartAsync(ComtradeRows.Read(ComtradeRows.ExcerptPath), rowCap: 500);
        for (var i = 0; i < 2; i++)
        {
            server.Enqueue(Fault.HtmlGatewayPage);
        }

        using var client = TestClients.For(server, maxRetries: 1);

        var act = () => client.CountAsync(Query);

        var error = (await act.Should().ThrowAsync<ComtradeApiException>()).Which;
        error.Message.Should().Contain("HTTP 502").And.Contain("an HTML page titled \"502 Bad Gateway\"");
        error.StatusCode.Should().Be(502);
    }

    [Fact]
    public async Task The_key_is_sent_as_the_header_and_never_appears_in_a_url_a_log_line_or_an_exception()
    {
        await using var server = await FakeComtradeServer.StartAsync(ComtradeRows.Read(ComtradeRows.ExcerptPath), rowCap: 10);
        server.RetryAfterSeconds = 0;
        server.Enqueue(Fault.TooManyRequests);
        server.Enqueue(Fault.ServerError);
        var log = new List<string>();
        using var client = TestClients.For(server, log: log, rowCap: 1_000, maxRetries: 3);
        var messages = new List<string>();

        var fetch = client.Fetch(Query); // fails: the service cuts at 10 rows, the count is 25
        try
        {
            await fetch.ToListAsync();
        }
        catch (ComtradeApiException e)
        {
            messages.Add(e.ToString());
        }

        messages.Should().ContainSingle();
        log.Should().NotBeEmpty();
        server.Requests.Should().OnlyContain(r => r.KeyHeader == TestClients.Key && !r.PathAndQuery.Contains(TestClients.Key, StringComparison.Ordinal));
        string.Join('\n', log.Concat(messages).Append(fetch.Summary.ToString()).Append(fetch.Report.ToString()).Append(client.Options.ToString()!))
            .Should().NotContain(TestClients.Key).And.NotContain("5ECRET");
    }

    [Fact]
    public async Task A_call_past_the_daily_budget_is_not_sent_and_says_why()
    {
        await using var server = await FakeComtradeServer.StartAsync(ComtradeRows.Read(ComtradeRows.ExcerptPath), rowCap: 500);
        using var client = new ComtradeApiClient(new HttpClient(), new ComtradeApiOptions
        {
            BaseAddress = server.BaseAddress,
            SubscriptionKey = TestClients.Key,
            MinimumCallInterval = TimeSpan.Zero,
            CallsPerDay = 2,
        });

        (await client.CountAsync(Query)).Should().Be(25);
        (await client.CountAsync(Query)).Should().Be(25);
        var act = () => client.CountAsync(Query);

        (await act.Should().ThrowAsync<ComtradeApiException>()).Which.Message.Should().Contain("budget of 2 calls a day is used up");
        server.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task Cancellation_stops_a_call_waiting_for_its_retry()
    {
        await using var server = await FakeComtradeServer.StartAsync(ComtradeRows.Read(ComtradeRows.ExcerptPath), rowCap: 500);
        server.RetryAfterSeconds = 60;
        server.Enqueue(Fault.TooManyRequests);
        using var client = TestClients.For(server);
        using var cancel = new CancellationTokenSource();

        var count = client.CountAsync(Query, cancel.Token);
        await WaitUntil(() => server.Requests.Count == 1);
        await cancel.CancelAsync();

        await count.Invoking(c => c).Should().ThrowAsync<OperationCanceledException>();
        server.Requests.Should().HaveCount(1);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        condition().Should().BeTrue();
    }
}
