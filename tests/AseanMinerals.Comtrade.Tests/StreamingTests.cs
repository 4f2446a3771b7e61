using AseanMinerals.Comtrade.Tests.Support;
using AseanMinerals.Core.Trade;
using AseanMinerals.Testing;
using AseanMinerals.Core.TradeSources;

namespace AseanMinerals.Comtrade.Tests;

public class StreamingTests : IDisposable
{
    private readonly string _generated = Path.Combine(Path.GetTempPath(), $"comtrade-{Guid.NewGuid():N}.csv");

    public void Dispose()
    {
        File.Delete(_generated);
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task A_generated_Comtrade_plus_file_reads_back_the_records_it_was_written_from()
    {
        var written = new TradeRecordGenerator(seed: 7).Generate(2_000).ToList();
        ComtradePlusCsvWriter.WriteFile(_generated, written);

        var result = await ComtradeFile.ReadAllAsync(_generated);

        result.Records.Should().Equal(written);
        result.Summary.RowsRead.Should().Be(2_000);
        result.Summary.IsReconciled.Should().BeTrue();
    }

    [Fact]
    public async Task The_first_record_comes_before_the_file_is_read_to_its_end()
    {
        ComtradePlusCsvWriter.WriteFile(_generated, new TradeRecordGenerator().Generate(20_000));
        var length = new FileInfo(_generated).Length;
        var import = ComtradeFile.Open(_generated);

        await using var records = import.GetAsyncEnumerator();
        (await records.MoveNextAsync()).Should().BeTrue();

        // About 8 MB written; a 64 KiB buffer (and a 4 KiB look ahead) read before the first record.
        import.Summary.BytesRead.Should().BeLessThan(length / 10);
    }

    [Fact]
    public async Task Progress_is_reported_every_interval_and_at_the_end_with_rows_and_bytes()
    {
        ComtradePlusCsvWriter.WriteFile(_generated, new TradeRecordGenerator().Generate(2_500));
        var reports = new List<TradeSourceProgress>();
        var options = new ComtradeImportOptions { Progress = new Synchronous(reports.Add), ProgressInterval = 1_000 };

        await ComtradeFile.ReadAllAsync(_generated, options);

        var length = new FileInfo(_generated).Length;
        reports.Select(p => p.RowsRead).Should().Equal(1_000L, 2_000L, 2_500L);
        reports.Should().OnlyContain(p => p.TotalBytes == length);
        reports[^1].BytesRead.Should().Be(length);
        reports[^1].Fraction.Should().Be(1.0);
    }

    [Fact]
    public async Task Cancellation_stops_the_import_between_rows()
    {
        ComtradePlusCsvWriter.WriteFile(_generated, new TradeRecordGenerator().Generate(5_000));
        using var cancellation = new CancellationTokenSource();
        var import = ComtradeFile.Open(_generated);
        var read = 0;

        var act = async () =>
        {
            await foreach (var record in import.WithCancellation(cancellation.Token))
            {
                if (++read == 100)
                {
                    await cancellation.CancelAsync();
                }
            }
        };

        await act.Should().ThrowAsync<OperationCanceledException>();
        read.Should().Be(100);
        import.Summary.IsComplete.Should().BeFalse();
    }

    [Fact]
    public async Task A_file_import_can_be_enumerated_again_from_the_start()
    {
        var import = ComtradeFile.Open(Fixture.PathOf(Fixture.LegacyApi));

        var first = await import.CountAsync();
        var second = await import.CountAsync();

        (first, second).Should().Be((22, 22));
        import.Summary.RowsRead.Should().Be(30);
    }

    [Fact]
    public async Task A_stream_import_can_be_enumerated_once()
    {
        using var stream = File.OpenRead(Fixture.PathOf(Fixture.LegacyApi));
        var import = ComtradeFile.OpenStream(stream, "download");
        await import.CountAsync();

        var again = () => import.CountAsync().AsTask();

        await again.Should().ThrowAsync<InvalidOperationException>().WithMessage("*can be read once*");
        stream.CanRead.Should().BeTrue(); // the caller owns the stream
    }

    private sealed class Synchronous(Action<TradeSourceProgress> report) : IProgress<TradeSourceProgress>
    {
        public void Report(TradeSourceProgress value) => report(value);
    }
}
