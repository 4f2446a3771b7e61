using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Tests.Trade.Primitives;

public class TradeFlowsTests
{
    [Theory]
    [InlineData("M", TradeFlow.Import, TradeFlow.Import)]
    [InlineData("X", TradeFlow.Export, TradeFlow.Export)]
    [InlineData("RX", TradeFlow.ReExport, TradeFlow.Export)]
    [InlineData("DX", TradeFlow.DomesticExport, TradeFlow.Export)]
    [InlineData("XOP", TradeFlow.ExportForOutwardProcessing, TradeFlow.Export)]
    [InlineData("XIP", TradeFlow.ExportAfterInwardProcessing, TradeFlow.Export)]
    [InlineData("RM", TradeFlow.ReImport, TradeFlow.Import)]
    [InlineData("FM", TradeFlow.ForeignImport, TradeFlow.Import)]
    [InlineData("MIP", TradeFlow.ImportForInwardProcessing, TradeFlow.Import)]
    [InlineData("MOP", TradeFlow.ImportAfterOutwardProcessing, TradeFlow.Import)]
    public void Each_Comtrade_flow_code_reads_as_its_flow_and_is_part_of_imports_or_exports(string code, TradeFlow flow, TradeFlow containing)
    {
        TradeFlows.TryParseComtradeCode(code, out var parsed).Should().BeTrue();

        parsed.Should().Be(flow);
        parsed.ContainingFlow().Should().Be(containing);
        parsed.ToComtradeCode().Should().Be(code);
        TradeFlows.TryParseComtradeCode(System.Text.Encoding.UTF8.GetBytes(code), out var fromUtf8).Should().BeTrue();
        fromUtf8.Should().Be(flow);
    }

    [Fact]
    public void Only_imports_and_exports_are_totals()
    {
        Enum.GetValues<TradeFlow>().Where(f => f.IsTotal()).Should().BeEquivalentTo([TradeFlow.Import, TradeFlow.Export]);
    }

    [Theory]
    [InlineData("Import")]
    [InlineData("m")]
    [InlineData("MX")]
    [InlineData("XOPX")]
    [InlineData("")]
    public void Unknown_flow_codes_are_refused(string code)
    {
        TradeFlows.TryParseComtradeCode(code, out _).Should().BeFalse();
        TradeFlows.TryParseComtradeCode(System.Text.Encoding.UTF8.GetBytes(code), out _).Should().BeFalse();
    }
}
