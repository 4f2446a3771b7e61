using AseanMinerals.Core.TradeSources;

namespace AseanMinerals.Core.Tests.TradeSources;

/// <summary>The one-line account of a source names its format, and its text encoding only where it has one.</summary>
public sealed class TradeSourceSummaryTextTests
{
    [Fact]
    public void A_text_input_names_its_encoding()
    {
        var summary = new TradeSourceSummary { Source = "trade.csv", Format = "ComtradePlusCsv", Encoding = TradeTextEncoding.Utf8, RowsRead = 3, Records = 2, Rejected = 1 };

        summary.ToString().Should().StartWith("trade.csv (ComtradePlusCsv, Utf8): 3 rows read = 2 records + 0 set aside + 1 rejected");
    }

    [Fact]
    public void A_binary_input_says_no_encoding_rather_than_unknown()
    {
        // Parquet and Arrow have no text encoding: the summary keeps Unknown, the line leaves it out.
        var summary = new TradeSourceSummary { Source = "trade.parquet", Format = "Parquet", RowsRead = 2, Records = 2 };

        summary.ToString().Should().StartWith("trade.parquet (Parquet): 2 rows read = 2 records + 0 set aside + 0 rejected").And.NotContain("Unknown");
    }

    [Fact]
    public void Records_left_out_as_duplicates_are_named_among_the_records_and_the_rows_still_reconcile()
    {
        // A second copy of a file under --duplicates keep-first: its 1,352 records all have keys of the first copy.
        var summary = new TradeSourceSummary { Source = "TradeData.csv", Format = "ComtradePlusCsv", RowsRead = 1_352, Records = 1_352, DuplicatesLeftOut = 1_352, IsComplete = true };

        summary.DescribeRows().Should().Be("1,352 rows read = 1,352 records (1,352 left out as duplicates of earlier records) + 0 set aside + 0 rejected");
        summary.IsReconciled.Should().BeTrue();
    }
}
