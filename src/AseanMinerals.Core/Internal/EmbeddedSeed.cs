using System.Text;
using AseanMinerals.Core.Serialization;

namespace AseanMinerals.Core.Internal;

/// <summary>
/// The one reader of the files of <c>seeds/</c> embedded in the package (reference data, classification, HS chapters,
/// schemas), by folder and file name as they are in the repository. Documents are read by the caller's
/// <see cref="AseanMineralsJson"/> entry point, strictly; a failure is a defect of the package, never of user data, and is
/// reported as such with the file, line and JSON path.
/// </summary>
internal static class EmbeddedSeed
{
    private const string Prefix = "AseanMinerals.Core.Seeds.";

    /// <summary>Reads a document from UTF-8 bytes (an <see cref="AseanMineralsJson"/> Deserialize method).</summary>
    public delegate T Utf8Reader<out T>(ReadOnlySpan<byte> utf8Json);

    /// <summary>The names of the files embedded from a folder of <c>seeds/</c>, in ordinal order.</summary>
    public static IReadOnlyList<string> FileNames(string folder)
    {
        var prefix = Prefix + folder + ".";
        return
        [
            .. typeof(EmbeddedSeed).Assembly.GetManifestResourceNames()
                .Where(name => name.StartsWith(prefix, StringComparison.Ordinal))
                .Select(name => name[prefix.Length..])
                .Order(StringComparer.Ordinal),
        ];
    }

    /// <summary>Opens an embedded file, or returns null when the package has none of that name.</summary>
    public static Stream? TryOpen(string folder, string fileName) =>
        typeof(EmbeddedSeed).Assembly.GetManifestResourceStream(Prefix + folder + "." + fileName);

    /// <summary>Opens an embedded file that the package must have.</summary>
    public static Stream Open(string folder, string fileName) =>
        TryOpen(folder, fileName) ?? throw new InvalidOperationException($"The package lacks its embedded file 'seeds/{folder}/{fileName}'.");

    /// <summary>The text of an embedded file (UTF-8).</summary>
    public static string ReadText(string folder, string fileName)
    {
        using var reader = new StreamReader(Open(folder, fileName), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>Reads an embedded document with the entry point that reads its kind.</summary>
    public static T Read<T>(string folder, string fileName, Utf8Reader<T> read)
    {
        byte[] bytes;
        using (var stream = Open(folder, fileName))
        {
            bytes = StreamBytes.ReadToEnd(stream);
        }

        try
        {
            return read(bytes);
        }
        catch (AseanMineralsJsonException e)
        {
            throw new InvalidOperationException($"The embedded file 'seeds/{folder}/{fileName}' cannot be read: {e.Message} (line {e.LineNumber}, {e.Path}).", e);
        }
    }
}
