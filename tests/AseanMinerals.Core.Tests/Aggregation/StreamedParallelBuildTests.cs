using System.Runtime.CompilerServices;
using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Classification;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;
using static AseanMinerals.Core.Tests.Aggregation.HandMadeRecords;

namespace AseanMinerals.Core.Tests.Aggregation;

/// <summary>
/// <see cref="TradeCube.BuildAsync"/>: a stream read in order and added on several threads gives the one-pass
/// cube (cells, sums and statistics), with or without a filter, over more records than one batch holds; a failure of the
/// stream is the build's failure.
/// </summary>
public class StreamedParallelBuildTests
{
    // 20,000 records (more than two batches of 8,192): 4 reporters x 20 years x 250 partners, iron ore exports, with a
    // breakdown row every 97th record (set aside by the builder, counted in the statistics) and repeated keys.
    private static TradeRecord[] Records() =>
    [
        .. Enumerable.Range(0, 20_000).Select(static i =>
        {
            AreaCode[] reporters = [Indonesia, Malaysia, Singapore, China];
            var record = Record(reporters[i % 4], new AreaCode(1 + (i % 250)), TradeFlow.Export, "260111", 1.25m + (i % 13), TradePeriod.Annual(2000 + (i % 20)));
            return i % 97 == 0 ? record with { Breakdown = new TradeBreakdown(AreaCode.World, 0, 2100) } : record;
        }),
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task The_cube_of_a_stream_on_several_threads_is_the_one_pass_cube(int threads)
    {
        var records = Records();

        var cube = await TradeCube.BuildAsync(Stream(records), threads: threads);

        cube.Should().Be(TradeCube.Build(records));
        cube.Statistics.RecordsRead.Should().Be(20_000);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task The_cube_of_a_stream_for_one_question_is_the_one_pass_cube_of_that_question(int threads)
    {
        var records = Records();
        var question = TradeCubeFilter.For(TradePeriod.Annual(2005), AreaGroup.Asean());

        var cube = await TradeCube.BuildAsync(Stream(records), filter: question, threads: threads);

        cube.Should().Be(TradeCube.Build(records, MineralsClassification.DefaultClassifier, question));
    }

    [Fact]
    public async Task A_failure_of_the_stream_is_the_failure_of_the_build()
    {
        var act = () => TradeCube.BuildAsync(Failing(Records()), threads: 2);

        await act.Should().ThrowAsync<InvalidOperationException>().WithMessage("row 10000 is bad");
    }

    private static async IAsyncEnumerable<TradeRecord> Stream(TradeRecord[] records)
    {
        foreach (var record in records)
        {
            yield return record;
        }

        await Task.CompletedTask;
    }

    private static async IAsyncEnumerable<TradeRecord> Failing(TradeRecord[] records, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 0; i < records.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (i == 10_000)
            {
                throw new InvalidOperationException("row 10000 is bad");
            }

            yield return records[i];
        }

        await Task.CompletedTask;
    }
}
