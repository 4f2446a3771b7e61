using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Serialization.Converters;

/// <summary>Writes an <see cref="HsCode"/> as <c>"252310"</c> or <c>"TOTAL"</c>.</summary>
internal sealed class HsCodeJsonConverter : ParsedStringConverter<HsCode>
{
    protected override string Expected => HsCode.FormatDescription;

    protected override bool TryParse(ReadOnlySpan<char> text, out HsCode value) => HsCode.TryParse(text, out value);

    protected override string Format(HsCode value) => value.ToString();
}
