using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;
using AseanMinerals.Core.TradeSources;
using AseanMinerals.Core.Validation;

namespace AseanMinerals.Parquet.Tests;

/// <summary>
/// Review of 2 December 2026, finding 1: a Parquet or Arrow file with a negative trade value (written by another tool)
/// was read as records and added. Both readers reject the row with the trade rule the validator and every other reader
/// use (AMC2001), at its file and row.
/// </summary>
public sealed class NegativeValueTests
{
    // The reviewer's neg3 records: Indonesia's World rows, TOTAL 1000 each way, HS 26 exports -300 (row 3), imports 100.
    private static readonly TradeRecord[] Neg3 =
    [
        Record(TradeFlow.Export, HsCode.Total, 1000m),
        Record(TradeFlow.Import, HsCode.Total, 1000m),
        Record(TradeFlow.Export, HsCode.FromChapter(26), -300m),
        Record(TradeFlow.Import, HsCode.FromChapter(26), 100m),
    ];

    public static TheoryData<string> Formats => ["parquet", "arrow"];

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task The_negative_row_is_rejected_with_AMC2001_and_every_row_is_accounted_for(string format)
    {
        using var folder = new TempFolder();
        var path = await WriteAsync(folder, format);
        var source = Open(path, format, new TradeSourceOptions { OnInvalidRow = InvalidRowHandling.Collect });

        var records = await source.ToListAsync();

        // By hand: rows 1, 2 and 4 are records (1000, 1000, 100); row 3 (-300) is rejected.
        records.Select(static r => r.Value).Should().Equal(1000m, 1000m, 100m);
        var summary = source.Summary;
        (summary.RowsRead, summary.Records, summary.Rejected).Should().Be((4L, 3L, 1L));
        summary.IsReconciled.Should().BeTrue();
        // The value as the file holds it (Arrow keeps the writer's scale of 9: -300.000000000).
        summary.Issues.Errors.Should().ContainSingle().Which.Should().Match<ValidationIssue>(i =>
            i.Code == "AMC2001" && i.Source == path && i.Line == 3 && i.Path == "$.value" && i.Message.StartsWith("The trade value -300", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Read_to_stop_at_a_bad_row_the_reading_stops_at_the_negative_row(string format)
    {
        using var folder = new TempFolder();
        var path = await WriteAsync(folder, format);

        var reading = async () => await Open(path, format, TradeSourceOptions.Default).ToListAsync();

        (await reading.Should().ThrowAsync<ValidationException>()).Which.Result.Errors.Single().Should().Match<ValidationIssue>(static i => i.Code == "AMC2001" && i.Line == 3);
    }

    private static async Task<string> WriteAsync(TempFolder folder, string format)
    {
        var path = folder["neg3." + format];
        _ = format == "parquet"
            ? await TradeParquet.WriteFileAsync(Neg3.ToAsyncEnumerable(), path)
            : await TradeArrow.WriteFileAsync(Neg3.ToAsyncEnumerable(), path);
        return path;
    }

    private static ITradeRecordSource Open(string path, string format, TradeSourceOptions options) =>
        format == "parquet" ? TradeParquet.Open(path, options) : TradeArrow.Open(path, options);

    private static TradeRecord Record(TradeFlow flow, HsCode commodity, decimal value) =>
        new(TradePeriod.Annual(2022), new AreaCode(360), AreaCode.World, flow, commodity, value);
}
