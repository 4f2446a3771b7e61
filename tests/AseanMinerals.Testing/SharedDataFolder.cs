namespace AseanMinerals.Testing;

/// <summary>
/// Finds the shared folder of real trade files (<c>shared/data</c>, beside the repository or one of its worktrees), or
/// the folder named by <see cref="EnvironmentVariable"/>. The files may not be redistributed, so the repository carries
/// excerpts only; tests and benchmarks that need whole files read them from here.
/// </summary>
public static class SharedDataFolder
{
    /// <summary>The environment variable that names the folder, where it is not beside the repository.</summary>
    public const string EnvironmentVariable = "ASEAN_MINERALS_SHARED_DATA";

    private static readonly Lazy<string?> LazyPath = new(Locate);

    /// <summary>The folder, or null when there is none.</summary>
    /// <exception cref="DirectoryNotFoundException">The environment variable names a folder that does not exist.</exception>
    public static string? Path => LazyPath.Value;

    /// <summary>A file of the folder, for example <c>comtrade_legacy_hs252310_cement_clinker/comtrade.csv</c>.</summary>
    /// <param name="relativePath">The path inside the folder.</param>
    /// <returns>The full path.</returns>
    /// <exception cref="InvalidOperationException">There is no shared folder.</exception>
    public static string File(string relativePath) =>
        System.IO.Path.Combine(Path ?? throw new InvalidOperationException($"No shared/data folder was found beside the repository, and {EnvironmentVariable} is not set."), relativePath);

    private static string? Locate()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } named)
        {
            return Directory.Exists(named) ? named : throw new DirectoryNotFoundException($"{EnvironmentVariable} names '{named}', which does not exist.");
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = System.IO.Path.Combine(directory.FullName, "shared", "data");
            if (Directory.Exists(System.IO.Path.Combine(candidate, "comtrade_legacy_hs252310_cement_clinker")))
            {
                return candidate;
            }
        }

        return null;
    }
}
