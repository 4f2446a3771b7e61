using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Serialization.Converters;

/// <summary>Writes a <see cref="TradePeriod"/> as <c>"2018"</c> or <c>"2018-06"</c>.</summary>
internal sealed class TradePeriodJsonConverter : ParsedStringConverter<TradePeriod>
{
    protected override string Expected => TradePeriod.FormatDescription;

    protected override bool TryParse(ReadOnlySpan<char> text, out TradePeriod value) => TradePeriod.TryParse(text, out value);

    protected override string Format(TradePeriod value) => value.ToString();
}
