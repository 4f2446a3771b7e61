using AseanMinerals.Core.Time;

namespace AseanMinerals.Core.Serialization.Converters;

/// <summary>Writes a <see cref="PartialDate"/> as <c>"2013"</c>, <c>"2011-12"</c> or <c>"2005-08-04"</c>.</summary>
internal sealed class PartialDateJsonConverter : ParsedStringConverter<PartialDate>
{
    protected override string Expected => "a date of the form YYYY, YYYY-MM or YYYY-MM-DD";

    protected override bool TryParse(ReadOnlySpan<char> text, out PartialDate value) => PartialDate.TryParse(text, out value);

    protected override string Format(PartialDate value) => value.ToString();
}
