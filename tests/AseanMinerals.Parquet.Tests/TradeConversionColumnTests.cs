using AseanMinerals.Core.Concordance;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;
using AseanMinerals.Core.TradeSources;
using AseanMinerals.Core.Validation;
using Parquet.Schema;

namespace AseanMinerals.Parquet.Tests;

/// <summary>A converted record's <see cref="TradeRecord.Conversion"/> in the three conversion columns of Parquet and Arrow.</summary>
public sealed class TradeConversionColumnTests
{
    private static readonly TradeRecord AsReported =
        new(TradePeriod.Annual(2022), new AreaCode(360), AreaCode.World, TradeFlow.Export, HsCode.Parse("811269"), 100m) { Revision = HsRevision.Hs2022 };

    // The records the converter gives, plus a third of a value as a 1:3 equal split would weigh it (28 decimals, the most
    // a decimal holds) and the record as reported. 811269 (HS 2022) came from 810720 and 810790 (UNSD HS 2022 -> HS 2017
    // table), so an equal split gives two records of weight 0.5; 252310 is 1:1, weight 1.
    private static TradeRecord[] Records()
    {
        var converted = new HsConverter(HsRevision.Hs2017, HsSplitMode.Equal)
            .Convert([AsReported, AsReported with { Commodity = HsCode.Parse("252310") }]).TradeRecords.ToArray();
        var third = AsReported with
        {
            Commodity = HsCode.Parse("810720"), Revision = HsRevision.Hs2017, Value = 33.33m,
            Conversion = new HsConversion(HsCode.Parse("811269"), HsRevision.Hs2022, 0.3333333333333333333333333333m),
        };
        return [.. converted, third, AsReported];
    }

    [Fact]
    public void The_converter_gives_weights_half_half_and_one()
    {
        // Checks the fixture: the weights the round trips below carry come from the converter, not from this file.
        Records().Select(static r => r.Conversion?.Weight).Should().Equal(0.5m, 0.5m, 1m, 0.3333333333333333333333333333m, null);
    }

    [Fact]
    public async Task A_parquet_file_gives_back_the_conversion_of_every_record_and_none_for_a_record_as_reported()
    {
        using var folder = new TempFolder();
        var records = Records();
        await TradeParquet.WriteFileAsync(records.ToAsyncEnumerable(), folder["trade.parquet"]);

        var read = await TradeParquet.Open(folder["trade.parquet"]).ToListAsync();

        read.Should().Equal(records);
        read[3].Conversion!.Value.Weight.Scale.Should().Be(28); // not one digit rounded
        read[4].Conversion.Should().BeNull();
    }

    [Fact]
    public async Task The_parquet_columns_hold_the_code_the_json_edition_code_and_an_exact_decimal_29_28()
    {
        using var folder = new TempFolder();
        await TradeParquet.WriteFileAsync(Records().ToAsyncEnumerable(), folder["trade.parquet"]);

        await using var reader = await global::Parquet.ParquetReader.CreateAsync(folder["trade.parquet"]);
        var fields = reader.Schema.DataFields.ToDictionary(f => f.Name);
        var weight = fields["conversionWeight"].Should().BeOfType<DecimalDataField>().Subject;
        (weight.Precision, weight.Scale, weight.IsNullable).Should().Be((29, 28, true));
        using var group = reader.OpenRowGroupReader(0);
        var sources = new string?[5];
        await group.ReadAsync(fields["conversionSourceCommodity"], sources.AsMemory());
        sources.Should().Equal("811269", "811269", "252310", "811269", null);
        var revisions = new string?[5];
        await group.ReadAsync(fields["conversionSourceRevision"], revisions.AsMemory());
        revisions.Should().Equal("H6", "H6", "H6", "H6", null); // H6 is HS 2022, as the JSON writes it
    }

    [Fact]
    public async Task An_arrow_file_gives_back_the_conversion_of_every_record()
    {
        using var folder = new TempFolder();
        var records = Records();
        await TradeArrow.WriteFileAsync(records.ToAsyncEnumerable(), folder["trade.arrow"]);

        var read = await TradeArrow.Open(folder["trade.arrow"]).ToListAsync();

        read.Should().Equal(records);
    }

    [Theory]
    [InlineData(1.5)]
    [InlineData(-0.5)]
    public async Task A_weight_outside_0_to_1_is_refused_and_nothing_is_left(double weight)
    {
        using var folder = new TempFolder();
        TradeRecord[] records = [AsReported with { Conversion = new HsConversion(HsCode.Parse("811269"), HsRevision.Hs2022, (decimal)weight) }];

        var parquet = () => TradeParquet.WriteFileAsync(records.ToAsyncEnumerable(), folder["trade.parquet"]);
        var arrow = () => TradeArrow.WriteFileAsync(records.ToAsyncEnumerable(), folder["trade.arrow"]);

        (await parquet.Should().ThrowAsync<ArgumentException>()).WithMessage("*conversion weight*not a share from 0 to 1*Parquet conversionWeight column*refused*");
        (await arrow.Should().ThrowAsync<ArgumentException>()).WithMessage("*conversion weight*not a share from 0 to 1*Arrow conversionWeight column*refused*");
        folder.Files().Should().BeEmpty();
    }

    [Fact]
    public async Task A_file_written_before_the_conversion_columns_reads_as_records_as_reported()
    {
        // The sixteen columns the writer wrote before the conversion columns, with one row written by Parquet.Net itself.
        using var folder = new TempFolder();
        var schema = new ParquetSchema(
            new DataField<string>("period", false), new DataField<int>("year", false), new DataField<int?>("month", true),
            new DataField<string>("reporter", false), new DataField<string>("partner", false), new DataField<string>("flow", false),
            new DataField<string>("commodity", false), new DataField<string>("revision", false), new DecimalDataField("value", 38, 9, forceByteArrayEncoding: true, false),
            new DataField<double?>("netWeightKg", true), new DataField<double?>("quantity", true), new DataField<int?>("quantityUnitCode", true),
            new DataField<string>("flags", false), new DataField<string>("secondPartner", false), new DataField<int>("customsProcedure", false),
            new DataField<int>("transportMode", false));
        await using (var stream = File.Create(folder["old.parquet"]))
        await using (var writer = await global::Parquet.ParquetWriter.CreateAsync(schema, stream))
        {
            using var group = writer.CreateRowGroup();
            var f = schema.DataFields;
            await group.WriteAsync(f[0], new[] { "2022" });
            await group.WriteAsync<int>(f[1], new[] { 2022 });
            await group.WriteAsync<int>(f[2], new int?[] { null });
            await group.WriteAsync(f[3], new[] { "360" });
            await group.WriteAsync(f[4], new[] { "000" });
            await group.WriteAsync(f[5], new[] { "export" });
            await group.WriteAsync(f[6], new[] { "811269" });
            await group.WriteAsync(f[7], new[] { "H6" });
            await group.WriteAsync<decimal>(f[8], new[] { 100m });
            await group.WriteAsync<double>(f[9], new double?[] { null });
            await group.WriteAsync<double>(f[10], new double?[] { null });
            await group.WriteAsync<int>(f[11], new int?[] { null });
            await group.WriteAsync(f[12], new[] { "none" });
            await group.WriteAsync(f[13], new[] { "000" });
            await group.WriteAsync<int>(f[14], new[] { 0 });
            await group.WriteAsync<int>(f[15], new[] { 0 });
        }

        var read = await TradeParquet.Open(folder["old.parquet"]).ToListAsync();

        read.Should().Equal(AsReported);
    }

    [Theory]
    [InlineData("811269", "H6", null, "conversionWeight")]
    [InlineData("811269", null, "0.5", "conversionSourceRevision")]
    [InlineData(null, "H6", "0.5", "conversionSourceCommodity")]
    [InlineData("811269", "H9", "0.5", "conversionSourceRevision")]
    public async Task A_conversion_with_a_column_null_or_bad_is_an_issue_naming_the_column(string? source, string? revision, string? weight, string column)
    {
        using var folder = new TempFolder();
        var schema = new ParquetSchema(
            new DataField<string>("period", false), new DataField<string>("reporter", false), new DataField<string>("partner", false),
            new DataField<string>("flow", false), new DataField<string>("commodity", false), new DecimalDataField("value", 18, 2),
            new DataField<string>("conversionSourceCommodity", true), new DataField<string>("conversionSourceRevision", true),
            new DecimalDataField("conversionWeight", 29, 28, forceByteArrayEncoding: true, true));
        await using (var stream = File.Create(folder["partial.parquet"]))
        await using (var writer = await global::Parquet.ParquetWriter.CreateAsync(schema, stream))
        {
            using var group = writer.CreateRowGroup();
            var f = schema.DataFields;
            await group.WriteAsync(f[0], new[] { "2022" });
            await group.WriteAsync(f[1], new[] { "360" });
            await group.WriteAsync(f[2], new[] { "000" });
            await group.WriteAsync(f[3], new[] { "export" });
            await group.WriteAsync(f[4], new[] { "810720" });
            await group.WriteAsync<decimal>(f[5], new[] { 50m });
            await group.WriteAsync(f[6], new[] { source });
            await group.WriteAsync(f[7], new[] { revision });
            await group.WriteAsync<decimal>(f[8], new decimal?[] { weight is null ? null : decimal.Parse(weight, System.Globalization.CultureInfo.InvariantCulture) });
        }

        var collect = TradeParquet.Open(folder["partial.parquet"], new TradeSourceOptions { OnInvalidRow = InvalidRowHandling.Collect });
        var read = await collect.ToListAsync();

        read.Should().BeEmpty();
        var issue = collect.Summary.Issues.Issues.Should().ContainSingle().Subject;
        issue.Path.Should().Be("$." + column);
        issue.Message.Should().Contain($"The column '{column}'").And.Contain("all set or all null");
        collect.Summary.IsReconciled.Should().BeTrue();
    }
}
