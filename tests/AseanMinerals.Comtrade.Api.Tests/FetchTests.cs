using AseanMinerals.Comtrade.Api.Client;
using AseanMinerals.Comtrade.Api.Queries;
using AseanMinerals.Comtrade.Api.Tests.Server;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Comtrade.Api.Tests;

/// <summary>Count first, split under the cap, every row exactly once, pieces that add up; a cut answer is an error.</summary>
public class FetchTests
{
    private static readonly ComtradeQuery ThreeReporters = new() { Periods = ["2022"], Reporters = [156, 842, 276], Flows = ["M", "X"] };

    [Fact]
    public async Task The_excerpt_through_a_10_row_cap_arrives_split_and_every_row_exactly_once()
    {
        // The 25 rows of the excerpt, read as a file by the same importer, are the expected records.
        var expected = (await ComtradeFile.ReadAllAsync(ComtradeRows.ExcerptPath)).Records;
        var rows = ComtradeRows.Read(ComtradeRows.ExcerptPath);
        await using var server = await FakeComtradeServer.StartAsync(rows, rowCap: 10);
        using var client = TestClients.For(server);
        // China's imports alone are 20 rows: naming the partners lets the client split them too.
        var partners = rows.Select(r => (int)r["partnerCode"]!.GetValue<long>()).Distinct().Order().ToArray();

        var fetch = client.Fetch(ThreeReporters with { Partners = partners });
        var records = await fetch.ToListAsync();

        SameRecords(records, expected);
        records.Distinct().Should().HaveCount(records.Count, "no row arrives twice");
        fetch.Report.IsComplete.Should().BeTrue();
        fetch.Report.IsReconciled.Should().BeTrue();
        fetch.Summary.IsReconciled.Should().BeTrue();
        (fetch.Summary.RowsRead, fetch.Summary.Records, fetch.Summary.IsComplete).Should().Be((25L, 25L, true), "the 25 rows are all aggregate rows of M and X");
        fetch.Report.RowsExpected.Should().Be(25);
        fetch.Report.Pieces.Should().HaveCountGreaterThan(2).And.OnlyContain(p => p.ExpectedRows < 10 && p.RowsReceived == p.ExpectedRows);
        server.Requests.Where(r => r.IsData && !r.IsCount).Should().HaveCount(fetch.Report.Pieces.Count, "one data call per piece, no retries");
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(25)]
    [InlineData(26)]
    public async Task At_any_cap_the_pieces_are_under_it_and_together_bring_every_row_once(int cap)
    {
        // Expected: the 25 records of the excerpt read as a file. Cap 25 is reached by the 25 rows (split); cap 26 is not.
        var expected = (await ComtradeFile.ReadAllAsync(ComtradeRows.ExcerptPath)).Records;
        var rows = ComtradeRows.Read(ComtradeRows.ExcerptPath);
        await using var server = await FakeComtradeServer.StartAsync(rows, rowCap: cap);
        using var client = TestClients.For(server);
        var partners = rows.Select(r => (int)r["partnerCode"]!.GetValue<long>()).Distinct().Order().ToArray();

        var fetch = client.Fetch(ThreeReporters with { Partners = partners });
        var records = await fetch.ToListAsync();

        SameRecords(records, expected);
        fetch.Report.Pieces.Should().OnlyContain(p => p.ExpectedRows < cap && p.RowsReceived == p.ExpectedRows);
        fetch.Report.Pieces.Sum(p => p.ExpectedRows).Should().Be(25);
        fetch.Report.Pieces.Should().HaveCount(cap == 26 ? 1 : fetch.Report.Pieces.Count).And.HaveCountGreaterThanOrEqualTo(cap == 26 ? 1 : 2);
    }

    [Fact]
    public async Task The_1352_rows_of_three_reporters_through_a_500_row_cap_arrive_each_exactly_once()
    {
        if (!TestClients.SharedDataIsHere())
        {
            return;
        }

        // SOURCE.txt: 1,352 rows; per reporter (counted from the file): China 439, USA 447, Germany 466, each under 500.
        var expected = (await ComtradeFile.ReadAllAsync(ComtradeRows.SharedPath!)).Records;
        await using var server = await FakeComtradeServer.StartAsync(ComtradeRows.Read(ComtradeRows.SharedPath!), rowCap: 500);
        using var client = TestClients.For(server);

        var fetch = client.Fetch(ThreeReporters);
        var records = await fetch.ToListAsync();

        fetch.Report.RowsExpected.Should().Be(1_352);
        fetch.Report.RowsReceived.Should().Be(1_352);
        SameRecords(records, expected);
        fetch.Report.Pieces.Select(p => (p.Query.Reporters!.Single(), p.ExpectedRows)).Should().BeEquivalentTo(new[] { (156, 439L), (842, 447L), (276, 466L) });
        // 1 count of the whole, 2 of its halves [156,842] and [276], 2 of [156] and [842]; then 3 data calls.
        fetch.Report.Calls.Should().Be(8);
    }

    [Fact]
    public async Task An_answer_cut_silently_at_the_service_cap_is_an_error_not_fewer_rows()
    {
        await using var server = await FakeComtradeServer.StartAsync(ComtradeRows.Read(ComtradeRows.ExcerptPath), rowCap: 10);
        using var client = TestClients.For(server, rowCap: 1_000); // the client believes in a larger cap than the service's

        var fetch = client.Fetch(ThreeReporters);
        var act = async () => await fetch.ToListAsync();

        (await act.Should().ThrowAsync<ComtradeApiException>()).Which.Message.Should().Contain("10 rows received where the count announced 25");
        fetch.Report.IsComplete.Should().BeFalse();
        fetch.Report.Problem.Should().Contain("announced 25");
    }

    [Fact]
    public async Task A_piece_that_comes_back_full_is_an_error()
    {
        await using var server = await FakeComtradeServer.StartAsync(ComtradeRows.Read(ComtradeRows.ExcerptPath), rowCap: 10);
        // A plan made elsewhere that trusts a count of 10 rows for the whole query: the page of 10 is full (the service's cap).
        var plan = new Fetching.ComtradeFetchPlan(ThreeReporters, 10, false, 10, [new Fetching.ComtradeFetchPiece(ThreeReporters, 10)], 0);
        using var small = TestClients.For(server, rowCap: 10);

        var act = async () => await small.Fetch(ThreeReporters, plan: plan).ToListAsync();

        (await act.Should().ThrowAsync<ComtradeApiException>()).Which.Message.Should().Contain("came back full");
    }

    [Fact]
    public async Task A_query_at_the_cap_that_cannot_be_split_is_refused_with_the_reason()
    {
        await using var server = await FakeComtradeServer.StartAsync(ComtradeRows.Read(ComtradeRows.ExcerptPath), rowCap: 10);
        using var client = TestClients.For(server);

        // China's imports: 20 rows of the excerpt, one reporter, one flow, all partners.
        var act = () => client.PlanAsync(new ComtradeQuery { Periods = ["2022"], Reporters = [156], Flows = ["M"] });

        (await act.Should().ThrowAsync<ComtradeApiException>()).Which.Message.Should().Contain("cannot be split further").And.Contain("name partners");
    }

    [Fact]
    public async Task Without_a_key_the_preview_endpoint_is_used_with_its_500_row_cap_and_no_key_header()
    {
        await using var server = await FakeComtradeServer.StartAsync(ComtradeRows.Read(ComtradeRows.ExcerptPath), rowCap: 500);
        var saved = Environment.GetEnvironmentVariable(ComtradeApiOptions.KeyEnvironmentVariable);
        Environment.SetEnvironmentVariable(ComtradeApiOptions.KeyEnvironmentVariable, null);
        try
        {
            using var client = TestClients.For(server, key: null, rowCap: null);
            var records = await client.Fetch(ThreeReporters).ToListAsync();

            client.UsesPreview.Should().BeTrue();
            client.RowCap.Should().Be(500);
            records.Should().NotBeEmpty();
            server.Requests.Should().OnlyContain(r => r.PathAndQuery.StartsWith("/public/v1/", StringComparison.Ordinal) && r.KeyHeader.Length == 0);
        }
        finally
        {
            Environment.SetEnvironmentVariable(ComtradeApiOptions.KeyEnvironmentVariable, saved);
        }
    }

    [Fact]
    public async Task A_query_with_no_rows_explains_itself_from_the_availability_endpoint()
    {
        await using var server = await FakeComtradeServer.StartAsync(ComtradeRows.Read(ComtradeRows.ExcerptPath), rowCap: 10);
        using var client = TestClients.For(server);

        // 2021 is in no row of the excerpt (all are 2022): the availability endpoint lists nothing for it.
        var notPublished = client.Fetch(ThreeReporters with { Periods = ["2021"] });
        (await notPublished.ToListAsync()).Should().BeEmpty();
        notPublished.Report.Empty!.Reason.Should().Contain("No HS data is published").And.Contain("2021");

        // 2022 is published, but the flow RX is in no row: the filters matched nothing.
        var filtered = client.Fetch(ThreeReporters with { Flows = ["RX"] });
        (await filtered.ToListAsync()).Should().BeEmpty();
        filtered.Report.IsComplete.Should().BeTrue();
        filtered.Report.Empty!.Reason.Should().Contain("no row matched the filters");
        filtered.Report.Empty.Checks.Should().Contain(c => c.StartsWith("period format", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_url_past_4096_characters_is_split_instead_of_sent()
    {
        await using var server = await FakeComtradeServer.StartAsync(ComtradeRows.Read(ComtradeRows.ExcerptPath), rowCap: 500);
        using var client = TestClients.For(server);
        // 1,000 partner codes of 3 digits and a comma: about 4,000 characters for the partners alone.
        var partners = Enumerable.Range(0, 1000).ToArray();

        // With the 100 customs codes C00...C99 (400 more characters) the URL is past 4,096.
        var customs = Enumerable.Range(0, 100).Select(i => $"C{i:00}").ToArray();

        var plan = await client.PlanAsync(ThreeReporters with { Partners = partners, CustomsCodes = customs });

        server.Requests.Should().HaveCountGreaterThan(1).And.OnlyContain(r => new Uri(server.BaseAddress, r.PathAndQuery.TrimStart('/')).AbsoluteUri.Length <= 4_096);
        plan.TotalRows.Should().Be(25, "every row of the excerpt has a partner code under 1,000");
    }

    /// <summary>The same records, each as many times (a multiset comparison: fast on 1,352 records).</summary>
    private static void SameRecords(IReadOnlyList<TradeRecord> actual, IReadOnlyList<TradeRecord> expected)
    {
        actual.Should().HaveCount(expected.Count);
        var counts = expected.GroupBy(static r => r).ToDictionary(static g => g.Key, static g => g.Count());
        foreach (var group in actual.GroupBy(static r => r))
        {
            counts.GetValueOrDefault(group.Key).Should().Be(group.Count(), $"record {group.Key} arrives as often as in the file");
        }
    }
}
