using AseanMinerals.Comtrade.Api.Bulk;
using AseanMinerals.Comtrade.Api.Client;
using AseanMinerals.Comtrade.Api.Tests.Server;

namespace AseanMinerals.Comtrade.Api.Tests;

/// <summary>Bulk files: listed, downloaded with a manifest written as each completes, resumed, updated, read by the importer.</summary>
public sealed class BulkTests : IDisposable
{
    private static readonly DateTimeOffset Published = new(2023, 5, 2, 10, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Directory.CreateTempSubdirectory("asean-minerals-bulk-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_stopped_download_resumes_and_skips_the_files_already_complete()
    {
        var rows = ComtradeRows.Read(ComtradeRows.ExcerptPath);
        await using var server = await FakeComtradeServer.StartAsync(rows, rowCap: 500);
        server.BulkFiles.AddRange([BulkFiles.Make(rows, 156, "2022", Published), BulkFiles.Make(rows, 842, "2022", Published), BulkFiles.Make(rows, 276, "2022", Published)]);
        var request = new ComtradeBulkRequest([156, 842, 276], ["2022"]);

        // First run: the third file is cut on every attempt; the run stops after the first two.
        server.CutBulk = static f => f.Reporter == 276;
        using (var client = TestClients.For(server, maxRetries: 1))
        {
            var act = () => new ComtradeBulkDownloader(client).DownloadAsync(request, _folder);
            (await act.Should().ThrowAsync<ComtradeApiException>()).Which.Message.Should().Contain("bulk/v1/file/276/");
        }

        (await ComtradeBulkDownloader.ReadManifestAsync(_folder)).Select(e => e.ReporterCode).Should().Equal(156, 842);
        Directory.GetFiles(_folder).Select(Path.GetFileName).Should().BeEquivalentTo(["156-A-H6-2022.tsv.gz", "842-A-H6-2022.tsv.gz", "manifest.json"], "nothing half-written is left beside the complete files");

        // Second run: only the third file is downloaded.
        server.CutBulk = static _ => false;
        var before = server.Requests.Count(r => r.PathAndQuery.StartsWith("/bulk/v1/file/", StringComparison.Ordinal));
        using (var client = TestClients.For(server))
        {
            var result = await new ComtradeBulkDownloader(client).DownloadAsync(request, _folder);

            (result.Listed, result.Downloaded, result.Skipped).Should().Be((3, 1, 2));
        }

        server.Requests.Count(r => r.PathAndQuery.StartsWith("/bulk/v1/file/", StringComparison.Ordinal)).Should().Be(before + 1);
        var manifest = await ComtradeBulkDownloader.ReadManifestAsync(_folder);
        manifest.Should().HaveCount(3).And.OnlyContain(e => e.Status == "complete" && e.PublicationDate == Published);
        manifest.Select(e => (e.Sha256, e.Bytes)).Should().BeEquivalentTo(server.BulkFiles.Select(f => (f.Hash, (long)f.Content.Length)), "the test server names each file by the SHA-256 of its bytes");
    }

    [Fact]
    public async Task A_later_run_with_published_from_fetches_only_what_changed()
    {
        var rows = ComtradeRows.Read(ComtradeRows.ExcerptPath);
        await using var server = await FakeComtradeServer.StartAsync(rows, rowCap: 500);
        server.BulkFiles.AddRange([BulkFiles.Make(rows, 156, "2022", Published), BulkFiles.Make(rows, 842, "2022", Published)]);
        using var client = TestClients.For(server);
        var downloader = new ComtradeBulkDownloader(client);
        await downloader.DownloadAsync(new ComtradeBulkRequest([156, 842], ["2022"]), _folder);

        // The USA's file is published again a year later.
        var republished = Published.AddYears(1);
        server.BulkFiles[1] = BulkFiles.Make(rows, 842, "2022", republished);
        var update = await downloader.DownloadAsync(new ComtradeBulkRequest([156, 842], ["2022"]) { PublishedFrom = Published.AddDays(1) }, _folder);

        (update.Listed, update.Downloaded, update.Skipped).Should().Be((1, 1, 0));
        (await ComtradeBulkDownloader.ReadManifestAsync(_folder)).Single(e => e.ReporterCode == 842).PublicationDate.Should().Be(republished);
    }

    [Fact]
    public async Task A_downloaded_bulk_file_reads_with_the_importer_as_the_same_records_as_the_csv_rows()
    {
        var rows = ComtradeRows.Read(ComtradeRows.ExcerptPath);
        await using var server = await FakeComtradeServer.StartAsync(rows, rowCap: 500);
        server.BulkFiles.Add(BulkFiles.Make(rows, 156, "2022", Published));
        using var client = TestClients.For(server);
        await new ComtradeBulkDownloader(client).DownloadAsync(new ComtradeBulkRequest([156], ["2022"]), _folder);

        var bulk = await ComtradeFile.ReadAllAsync(Path.Combine(_folder, "156-A-H6-2022.tsv.gz"));
        var csv = await ComtradeFile.ReadAllAsync(ComtradeRows.ExcerptPath);

        // The excerpt's China rows (21: 20 imports, 1 export) are the bulk file's rows.
        bulk.Summary.RowsRead.Should().Be(21);
        bulk.Records.Should().BeEquivalentTo(csv.Records.Where(r => r.Reporter.Value == 156));
    }
}
