using System.Text.Json;

namespace AseanMinerals.Testing;

/// <summary>
/// A corpus of bad inputs: a folder of files and its <c>manifest.json</c>, whose <c>entries</c> give each file's expected
/// outcome. The manifest is read once; the test projects keep their own folders and check the entries with their readers.
/// </summary>
public sealed class BadInputCorpus
{
    private readonly Dictionary<string, JsonElement> _entries;

    /// <summary>Reads the manifest of a folder.</summary>
    /// <param name="folder">The folder that holds the files and <c>manifest.json</c>.</param>
    public BadInputCorpus(string folder)
    {
        Folder = folder;
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "manifest.json")));
        Listed = [.. manifest.RootElement.GetProperty("entries").EnumerateArray().Select(static e => e.Clone())];
        _entries = Listed.GroupBy(static e => e.GetProperty("file").GetString()!, StringComparer.Ordinal).ToDictionary(static g => g.Key, static g => g.First(), StringComparer.Ordinal);
    }

    /// <summary>The folder.</summary>
    public string Folder { get; }

    /// <summary>The manifest's entries, in its order (a file listed twice is kept twice, for the test that forbids it).</summary>
    public IReadOnlyList<JsonElement> Listed { get; }

    /// <summary>The names the manifest lists, in its order.</summary>
    public IEnumerable<string> ListedFiles => Listed.Select(static e => e.GetProperty("file").GetString()!);

    /// <summary>The input files in the folder (the manifest and the README left out), in ordinal order.</summary>
    public IEnumerable<string> FilesOnDisk =>
        Directory.GetFiles(Folder).Select(static f => Path.GetFileName(f)).Where(static f => f is not ("manifest.json" or "README.md")).Order(StringComparer.Ordinal);

    /// <summary>The manifest entry of a file.</summary>
    /// <param name="file">The file's name.</param>
    /// <returns>The entry.</returns>
    public JsonElement Entry(string file) => _entries[file];

    /// <summary>The full path of a file of the corpus.</summary>
    /// <param name="file">The file's name.</param>
    /// <returns>The path.</returns>
    public string PathOf(string file) => Path.Combine(Folder, file);
}
