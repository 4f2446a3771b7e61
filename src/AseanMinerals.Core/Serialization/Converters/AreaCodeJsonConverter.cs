using AseanMinerals.Core.Countries;

namespace AseanMinerals.Core.Serialization.Converters;

/// <summary>Writes an <see cref="AreaCode"/> as its three-digit string (<c>"096"</c>) and reads only that form.</summary>
internal sealed class AreaCodeJsonConverter : ParsedStringConverter<AreaCode>
{
    protected override string Expected => AreaCode.CanonicalFormatDescription;

    protected override bool TryParse(ReadOnlySpan<char> text, out AreaCode value) => AreaCode.TryParseCanonical(text, out value);

    protected override string Format(AreaCode value) => value.ToString();
}
