using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;
using AseanMinerals.Core.Validation;
using Parquet.Schema;

namespace AseanMinerals.Parquet.Tests;

/// <summary>
/// Review of 2 December 2026, finding 9c: a partial cube written as Parquet (TradeCubeParquet) read as trade records failed
/// with an ArgumentException from Parquet.Net ("Field "commodity" (System.Int32) is not compatible"): exit 70 in the tool.
/// The reader names what the file is, and a required column of another type, as an issue at the file.
/// </summary>
public sealed class NotTradeRecordsTests
{
    [Fact]
    public async Task A_partial_cube_is_refused_as_a_partial_cube_not_a_type_error()
    {
        using var folder = new TempFolder();
        TradeRecord[] records = [new(TradePeriod.Annual(2022), new AreaCode(458), AreaCode.World, TradeFlow.Export, HsCode.Total, 1000m)];
        await TradeCubeParquet.WriteAsync(TradeCubePart.Build("machine-2", records), folder["mys.parquet"]);

        var read = async () => await TradeParquet.Open(folder["mys.parquet"]).ToListAsync();

        var issue = (await read.Should().ThrowAsync<ValidationException>()).Which.Result.Errors.Should().ContainSingle().Subject;
        issue.Source.Should().Be(folder["mys.parquet"]);
        issue.Code.Should().Be("AMC4008");
        issue.Message.Should().Contain("partial cube").And.Contain("TradeCubeParquet.ReadAsync");
    }

    [Fact]
    public async Task A_folder_holding_a_partial_cube_is_refused_at_that_file()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder["parts"]);
        TradeRecord[] records = [new(TradePeriod.Annual(2022), new AreaCode(458), AreaCode.World, TradeFlow.Export, HsCode.Total, 1000m)];
        await TradeCubeParquet.WriteAsync(TradeCubePart.Build("machine-2", records), folder["parts/mys.parquet"]);

        var read = async () => await TradeParquet.Open(folder["parts"]).ToListAsync();

        (await read.Should().ThrowAsync<ValidationException>()).Which.Result.Errors.Single().Source.Should().Be(folder["parts/mys.parquet"]);
    }

    [Fact]
    public async Task A_required_column_of_another_type_is_an_issue_naming_the_column_and_both_types()
    {
        // Another writer's file whose commodity codes are numbers (2603 as an Int32): the codes' leading zeros are lost.
        using var folder = new TempFolder();
        var schema = new ParquetSchema(
            new DataField<string>("period", false), new DataField<string>("reporter", false), new DataField<string>("partner", false),
            new DataField<string>("flow", false), new DataField<int>("commodity", false), new DecimalDataField("value", 18, 2));
        await using (var stream = File.Create(folder["numbers.parquet"]))
        await using (var writer = await global::Parquet.ParquetWriter.CreateAsync(schema, stream))
        {
            using var group = writer.CreateRowGroup();
            var f = schema.DataFields;
            await group.WriteAsync(f[0], new[] { "2018" });
            await group.WriteAsync(f[1], new[] { "360" });
            await group.WriteAsync(f[2], new[] { "000" });
            await group.WriteAsync(f[3], new[] { "export" });
            await group.WriteAsync<int>(f[4], new[] { 2603 });
            await group.WriteAsync<decimal>(f[5], new[] { 10.5m });
        }

        var read = async () => await TradeParquet.Open(folder["numbers.parquet"]).ToListAsync();

        var issue = (await read.Should().ThrowAsync<ValidationException>()).Which.Result.Errors.Single();
        issue.Path.Should().Be("$.commodity");
        issue.Message.Should().Be("The Parquet column 'commodity' is of type Int32; a trade record needs a string.");
    }
}
