using System.Text;
using System.Text.Json.Nodes;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.DataPackages;
using AseanMinerals.Core.Serialization;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Tests.Serialization;

/// <summary>The CSV writer of the flat columns: expected text written by hand from the records below.</summary>
public sealed class TradeRecordCsvTests
{
    private const string Header = "period,year,month,reporter,partner,flow,commodity,revision,value,netWeightKg,quantity,quantityUnitCode,flags,secondPartner,customsProcedure,transportMode,conversionSourceCommodity,conversionSourceRevision,conversionWeight\r\n";

    private static readonly TradeRecord[] Records =
    [
        // Leading zeros (Australia 036, iron ore 260111), a value with six decimals, no quantity: empty fields.
        new(TradePeriod.Annual(2022), AreaCode.Parse("036"), AreaCode.Parse("360"), TradeFlow.Import, HsCode.Parse("260111"), 1234567.891234m)
        {
            Revision = HsRevision.Hs2022,
            NetWeightKg = 2500.5,
        },

        // A monthly breakdown row (second partner 702, customs procedure 10, transport mode 2) with two flags, which hold a
        // comma and so are quoted; the value keeps its trailing zero (10.50, as the decimal holds it).
        new(TradePeriod.Monthly(2022, 6), AreaCode.Parse("360"), AreaCode.Parse("156"), TradeFlow.ReExport, HsCode.Parse("26"), 10.50m)
        {
            Revision = HsRevision.Hs2017,
            Quantity = 3,
            QuantityUnitCode = 8,
            Flags = TradeRecordFlags.QuantityEstimated | TradeRecordFlags.Aggregated,
            Breakdown = new TradeBreakdown(AreaCode.Parse("702"), 10, 2),
        },

        // The edition as reported ("HS"), partner World, a value with 28 significant digits: written as held, not rounded.
        new(TradePeriod.Annual(2018), AreaCode.Parse("458"), AreaCode.Parse("000"), TradeFlow.Export, HsCode.Parse("TOTAL"), 123456789012345678.9012345678m),

        // A converted record: half of an HS 2022 811269 value, now HS 2017 810720; its source in the last three columns.
        new(TradePeriod.Annual(2023), AreaCode.Parse("360"), AreaCode.Parse("000"), TradeFlow.Export, HsCode.Parse("810720"), 50m)
        {
            Revision = HsRevision.Hs2017,
            Conversion = new HsConversion(HsCode.Parse("811269"), HsRevision.Hs2022, 0.5m),
        },
    ];

    private static readonly string Expected =
        Header
        + "2022,2022,,036,360,import,260111,H6,1234567.891234,2500.5,,,none,000,0,0,,,\r\n"
        + "2022-06,2022,6,360,156,reExport,26,H5,10.50,,3,8,\"quantityEstimated,aggregated\",702,10,2,,,\r\n"
        + "2018,2018,,458,000,export,TOTAL,HS,123456789012345678.9012345678,,,,none,000,0,0,,,\r\n"
        + "2023,2023,,360,000,export,810720,H5,50,,,,none,000,0,0,811269,H6,0.5\r\n";

    [Fact]
    public void Records_are_written_exactly_with_a_header_and_CRLF_line_ends()
    {
        using var stream = new MemoryStream();

        var written = TradeRecordCsv.Write(stream, Records);

        written.Should().Be(4);
        Encoding.UTF8.GetString(stream.ToArray()).Should().Be(Expected);
    }

    [Fact]
    public void The_file_is_UTF8_without_a_byte_order_mark()
    {
        using var stream = new MemoryStream();

        TradeRecordCsv.Write(stream, Records);

        stream.ToArray().Take(3).Should().Equal("per"u8.ToArray());
    }

    [Fact]
    public async Task Writing_asynchronously_gives_the_same_text()
    {
        using var stream = new MemoryStream();

        var written = await TradeRecordCsv.WriteAsync(stream, Records.ToAsyncEnumerable());

        written.Should().Be(4);
        Encoding.UTF8.GetString(stream.ToArray()).Should().Be(Expected);
    }

    [Fact]
    public void No_records_give_the_header_alone()
    {
        using var stream = new MemoryStream();

        TradeRecordCsv.Write(stream, []).Should().Be(0);

        Encoding.UTF8.GetString(stream.ToArray()).Should().Be(Header);
    }

    [Fact]
    public void The_header_is_the_CSV_descriptor_s_field_names_in_order()
    {
        var fields = TradeDataPackage.TableSchema(TradeDataFormat.Csv)["fields"]!.AsArray().Select(static f => f!["name"]!.GetValue<string>());

        TradeRecordCsv.Columns.Should().Equal(fields);
        string.Join(',', TradeRecordCsv.Columns).Should().Be(Header.TrimEnd());
    }

    [Fact]
    public void More_than_one_block_of_records_is_written_whole()
    {
        // 64 KiB blocks: 3,000 copies of the four lines are about 450 KB, several blocks.
        var many = Enumerable.Repeat(Records, 3000).SelectMany(static r => r).ToList();
        using var stream = new MemoryStream();

        TradeRecordCsv.Write(stream, many).Should().Be(12000);

        Encoding.UTF8.GetString(stream.ToArray()).Should().Be(Header + string.Concat(Enumerable.Repeat(Expected[Header.Length..], 3000)));
    }
}
