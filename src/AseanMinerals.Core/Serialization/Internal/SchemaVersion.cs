using System.Globalization;
using AseanMinerals.Core.Internal;

namespace AseanMinerals.Core.Serialization.Internal;

/// <summary>A document's <c>schemaVersion</c>: <c>MAJOR.MINOR</c>, both without leading zeros.</summary>
internal readonly record struct SchemaVersion(int Major, int Minor)
{
    public static bool TryParse(ReadOnlySpan<char> text, out SchemaVersion version)
    {
        version = default;
        var dot = text.IndexOf('.');
        if (dot <= 0 || !TryParsePart(text[..dot], out var major) || !TryParsePart(text[(dot + 1)..], out var minor))
        {
            return false;
        }

        version = new SchemaVersion(major, minor);
        return true;
    }

    public static SchemaVersion Parse(string text) =>
        TryParse(text, out var version) ? version : throw new FormatException($"'{text}' is not a schema version.");

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}");

    private static bool TryParsePart(ReadOnlySpan<char> part, out int value)
    {
        value = 0;
        return part.Length is > 0 and <= 6 && (part.Length == 1 || part[0] != '0') && AsciiDigits.TryParse(part, out value);
    }
}
