using AseanMinerals.Core.Internal;
using AseanMinerals.Core.Serialization;

namespace AseanMinerals.Core.ReferenceData;

/// <summary>
/// The library's own reference data: the files of <c>seeds/reference/</c>, each a reference-data document, embedded in the
/// package and put together into one. Every fact in them cites its source.
/// </summary>
public static class AseanReferenceData
{
    private const string Folder = "reference";
    private static readonly Lazy<ReferenceDataSet> LazyDefault = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The embedded reference data, read once on first use (thread-safe).</summary>
    /// <exception cref="InvalidOperationException">An embedded file cannot be read (a defect of the package, never of user data).</exception>
    public static ReferenceDataSet Default => LazyDefault.Value;

    /// <summary>The names of the embedded reference-data files, in the order they are put together.</summary>
    public static IReadOnlyList<string> EmbeddedFileNames { get; } = EmbeddedSeed.FileNames(Folder);

    /// <summary>Opens one embedded reference-data file, as it is in <c>seeds/reference/</c>.</summary>
    /// <param name="fileName">The file name, one of <see cref="EmbeddedFileNames"/>.</param>
    /// <returns>A stream of the file's UTF-8 bytes.</returns>
    /// <exception cref="ArgumentException">No embedded file has that name.</exception>
    public static Stream OpenEmbeddedFile(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        return EmbeddedSeed.TryOpen(Folder, fileName)
            ?? throw new ArgumentException($"No embedded reference-data file is named '{fileName}'; the files are: {string.Join(", ", EmbeddedFileNames)}.", nameof(fileName));
    }

    private static ReferenceDataSet Load()
    {
        var merged = new ReferenceDataSet();
        foreach (var name in EmbeddedFileNames)
        {
            merged = merged.Merge(EmbeddedSeed.Read(Folder, name, AseanMineralsJson.DeserializeReferenceData));
        }

        return merged;
    }
}
