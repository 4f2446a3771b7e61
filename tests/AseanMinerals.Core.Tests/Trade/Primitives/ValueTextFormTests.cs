using System.Text;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Tests.Trade.Primitives;

/// <summary>
/// The value types parse and format their one text form in UTF-8 and in chars alike (IUtf8SpanParsable,
/// IUtf8SpanFormattable, ISpanParsable, ISpanFormattable), and refuse the same malformed input both ways.
/// Expected texts are written by hand from the documented forms (YYYY or YYYY-MM; three digits; TOTAL or 2, 4, 6 digits).
/// </summary>
public class ValueTextFormTests
{
    [Theory]
    [InlineData(2018, 0, "2018")]
    [InlineData(2018, 6, "2018-06")]
    [InlineData(1, 1, "0001-01")]
    [InlineData(9999, 12, "9999-12")]
    public void A_trade_period_writes_and_reads_its_form_in_UTF8_and_chars(int year, int month, string text)
    {
        var period = month == 0 ? TradePeriod.Annual(year) : TradePeriod.Monthly(year, month);

        RoundTrip(period, text);
    }

    [Theory]
    [InlineData(0, "000")]
    [InlineData(96, "096")]
    [InlineData(842, "842")]
    public void An_area_code_writes_and_reads_three_digits_in_UTF8_and_chars(int value, string text) =>
        RoundTrip(new AreaCode(value), text);

    [Fact]
    public void Every_area_code_round_trips_through_UTF8_and_chars()
    {
        for (var value = 0; value <= 999; value++)
        {
            var code = new AreaCode(value);
            var text = value.ToString("D3", System.Globalization.CultureInfo.InvariantCulture); // three digits by definition

            RoundTrip(code, text);
            AreaCode.TryParseCanonical(Encoding.UTF8.GetBytes(text), out var canonical).Should().BeTrue();
            canonical.Should().Be(code);
        }
    }

    [Fact]
    public void Every_HS_chapter_and_heading_and_TOTAL_round_trip_through_UTF8_and_chars()
    {
        RoundTrip(HsCode.Total, "TOTAL");
        for (var chapter = 1; chapter <= 99; chapter++)
        {
            RoundTrip(HsCode.FromChapter(chapter), chapter.ToString("D2", System.Globalization.CultureInfo.InvariantCulture));
        }

        for (var heading = 100; heading <= 9999; heading++)
        {
            var text = heading.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
            RoundTrip(HsCode.Parse(text), text);
        }
    }

    [Theory]
    [InlineData("010121")]
    [InlineData("260300")]
    [InlineData("999999")]
    public void An_HS_subheading_keeps_its_leading_zeros_in_UTF8_and_chars(string text) => RoundTrip(HsCode.Parse(text), text);

    [Theory]
    [InlineData(TradeFlow.Import, "import")]
    [InlineData(TradeFlow.Export, "export")]
    [InlineData(TradeFlow.ReExport, "reExport")]
    [InlineData(TradeFlow.ReImport, "reImport")]
    [InlineData(TradeFlow.DomesticExport, "domesticExport")]
    [InlineData(TradeFlow.ForeignImport, "foreignImport")]
    [InlineData(TradeFlow.ImportForInwardProcessing, "importForInwardProcessing")]
    [InlineData(TradeFlow.ImportAfterOutwardProcessing, "importAfterOutwardProcessing")]
    [InlineData(TradeFlow.ExportAfterInwardProcessing, "exportAfterInwardProcessing")]
    [InlineData(TradeFlow.ExportForOutwardProcessing, "exportForOutwardProcessing")]
    public void Every_trade_flow_name_round_trips_through_UTF8_and_chars(TradeFlow flow, string name)
    {
        flow.ToName().Should().Be(name);
        Encoding.UTF8.GetString(flow.ToUtf8Name()).Should().Be(name);
        TradeFlows.TryParseName(name, out var fromChars).Should().BeTrue();
        TradeFlows.TryParseName(Encoding.UTF8.GetBytes(name), out var fromUtf8).Should().BeTrue();
        fromChars.Should().Be(flow);
        fromUtf8.Should().Be(flow);
        TradeFlows.FormatDescription.Should().Contain(name);
    }

    [Theory]
    [InlineData("Import")]
    [InlineData("M")]
    [InlineData("")]
    [InlineData("import ")]
    [InlineData("reexport")]
    public void A_flow_name_is_refused_unless_written_exactly(string text)
    {
        TradeFlows.TryParseName(text, out _).Should().BeFalse();
        TradeFlows.TryParseName(Encoding.UTF8.GetBytes(text), out _).Should().BeFalse();
    }

    [Fact]
    public void An_undefined_flow_has_no_name() =>
        FluentActions.Invoking(static () => ((TradeFlow)42).ToName()).Should().Throw<ArgumentOutOfRangeException>();

    [Theory]
    [InlineData("")]
    [InlineData("18")]
    [InlineData("0000")]
    [InlineData("2018-13")]
    [InlineData("2018-00")]
    [InlineData("2018-6")]
    [InlineData("2018/06")]
    [InlineData("２０１８")] // full-width digits are not ASCII digits
    [InlineData("2018-06-01")]
    public void A_malformed_trade_period_is_refused_in_UTF8_and_chars(string text) =>
        Refused<TradePeriod>(text, TradePeriod.FormatDescription);

    [Theory]
    [InlineData("")]
    [InlineData("1000")]
    [InlineData("-1")]
    [InlineData("BRN")]
    [InlineData(" 96")]
    [InlineData("٠٩٦")] // Arabic-Indic digits are not ASCII digits
    public void A_malformed_area_code_is_refused_in_UTF8_and_chars(string text) =>
        Refused<AreaCode>(text, AreaCode.FormatDescription);

    [Theory]
    [InlineData("96")]
    [InlineData("0960")]
    [InlineData("")]
    public void The_canonical_area_form_is_exactly_three_digits_in_UTF8_and_chars(string text)
    {
        AreaCode.TryParseCanonical(text, out _).Should().BeFalse();
        AreaCode.TryParseCanonical(Encoding.UTF8.GetBytes(text), out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("")]
    [InlineData("total")]
    [InlineData("TOTALS")]
    [InlineData("1")]
    [InlineData("123")]
    [InlineData("00")]
    [InlineData("0012")]
    [InlineData("1234567")]
    [InlineData("26 03")]
    public void A_malformed_HS_code_is_refused_in_UTF8_and_chars(string text) =>
        Refused<HsCode>(text, HsCode.FormatDescription);

    [Fact]
    public void Formatting_into_too_small_a_buffer_fails_without_writing_past_it()
    {
        Span<byte> small = stackalloc byte[3];
        Span<char> smallChars = stackalloc char[3];

        TradePeriod.Monthly(2018, 6).TryFormat(small, out var written, default, null).Should().BeFalse();
        written.Should().Be(0);
        HsCode.Total.TryFormat(smallChars, out written, default, null).Should().BeFalse();
        HsCode.Parse("260300").TryFormat(small, out written, default, null).Should().BeFalse();
        new AreaCode(96).TryFormat(small[..2], out written, default, null).Should().BeFalse();
    }

    [Fact]
    public void The_format_descriptions_are_the_ones_the_messages_quote()
    {
        // Written out by hand: the JSON Lines bad-input corpus quotes these texts.
        TradePeriod.FormatDescription.Should().Be("a trade period of the form YYYY or YYYY-MM");
        AreaCode.CanonicalFormatDescription.Should().Be("a three-digit area code such as \"096\"");
        HsCode.FormatDescription.Should().Be("an HS code: \"TOTAL\" or 2, 4 or 6 digits");
        TradeFlows.FormatDescription.Should().Be("a trade flow (import, export, reExport, reImport, domesticExport, foreignImport, importForInwardProcessing, importAfterOutwardProcessing, exportAfterInwardProcessing, exportForOutwardProcessing)");
    }

    private static void RoundTrip<T>(T value, string text)
        where T : IUtf8SpanParsable<T>, IUtf8SpanFormattable, ISpanParsable<T>, ISpanFormattable
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        Span<byte> bytes = stackalloc byte[16];
        Span<char> chars = stackalloc char[16];

        value.TryFormat(bytes, out var bytesWritten, default, null).Should().BeTrue();
        bytes[..bytesWritten].ToArray().Should().Equal(utf8);
        value.TryFormat(chars, out var charsWritten, default, null).Should().BeTrue();
        chars[..charsWritten].ToString().Should().Be(text);
        value.ToString(null, null).Should().Be(text);
        T.Parse(utf8, null).Should().Be(value);
        T.Parse(text.AsSpan(), null).Should().Be(value);
        T.Parse(text, null).Should().Be(value);
        T.TryParse(utf8, null, out var fromUtf8).Should().BeTrue();
        fromUtf8.Should().Be(value);
    }

    private static void Refused<T>(string text, string description)
        where T : IUtf8SpanParsable<T>, ISpanParsable<T>
    {
        var utf8 = Encoding.UTF8.GetBytes(text);

        T.TryParse(utf8, null, out _).Should().BeFalse();
        T.TryParse(text.AsSpan(), null, out _).Should().BeFalse();
        T.TryParse(text, null, out _).Should().BeFalse();
        FluentActions.Invoking(() => T.Parse(utf8, null)).Should().Throw<FormatException>()
            .WithMessage($"'{text}' is not {description}.");
        FluentActions.Invoking(() => T.Parse(text, null)).Should().Throw<FormatException>()
            .WithMessage($"'{text}' is not {description}.");
    }
}
