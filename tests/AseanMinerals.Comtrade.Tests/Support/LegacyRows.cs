using System.Text;

namespace AseanMinerals.Comtrade.Tests.Support;

/// <summary>
/// Rows made up for a test in the legacy bulk format, from a real row (Australia's 1988 clinker exports, line 2 of the
/// excerpt) with some fields changed: each test shows what it changed.
/// </summary>
internal static class LegacyRows
{

    public static readonly string Header = Lines()[0];

    // H0,1988,...,X,36,Australia,...,252310,...,8,kg,839062,-1,N/A,,839062,,58552,,58552,0
    private static readonly string[] Template = Lines()[1].Split(',');

    /// <summary>The template row with fields replaced.</summary>
    public static string Row(params (int Column, string Value)[] changes)
    {
        var fields = (string[])Template.Clone();
        foreach (var (column, value) in changes)
        {
            fields[column] = value;
        }

        return string.Join(',', fields);
    }

    /// <summary>A file: the header, then the rows.</summary>
    public static string File(params string[] rows) => Header + "\r\n" + string.Join("\r\n", rows) + "\r\n";

    private static string[] Lines() => Encoding.UTF8.GetString(Fixture.Bytes(Fixture.LegacyBulk)).Split("\r\n");

    /// <summary>The positions of the legacy columns.</summary>
    public static class Column
    {
        public const int TradeFlowCode = 6, TradeFlow = 7, ReporterCode = 8, PartnerCode = 11, SecondPartnerCode = 14, CustomsCode = 17,
            TransportCode = 19, Classification = 0, Period = 2, CommodityCode = 21, QtyUnitCode = 23, Qty = 25, Netweight = 29,
            TradeValue = 31, CifValue = 32, FobValue = 33, Flag = 34;
    }
}
