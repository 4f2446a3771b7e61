namespace AseanMinerals.Parquet.Tests;

/// <summary>A fresh folder under the system temp folder, removed at the end of the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("asean-parquet-").FullName;

    public string this[string relative] => System.IO.Path.Combine(Path, relative);

    /// <summary>Every file under the folder, relative, with '/' separators, sorted.</summary>
    public IReadOnlyList<string> Files() =>
        [.. Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories).Select(f => System.IO.Path.GetRelativePath(Path, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
