using AseanMinerals.Core.Time;

namespace AseanMinerals.Core.Serialization.Converters;

/// <summary>Writes a <see cref="PartialDateRange"/> as <c>"2016/2020"</c>, <c>"2016-06"</c> or <c>"2010/.."</c>.</summary>
internal sealed class PartialDateRangeJsonConverter : ParsedStringConverter<PartialDateRange>
{
    protected override string Expected => "a date or range of the form D, D/D or D/.. (D being YYYY, YYYY-MM or YYYY-MM-DD) that does not end before it starts";

    protected override bool TryParse(ReadOnlySpan<char> text, out PartialDateRange value) => PartialDateRange.TryParse(text, out value);

    protected override string Format(PartialDateRange value) => value.ToString();
}
