namespace AseanMinerals.Cli.Output;

/// <summary>
/// The path a file really has: full, with every symbolic link on the way followed (in the folders as well as the last
/// name), so that two names of one file compare equal. A loop of links (more than 40, as the kernel allows) stops the
/// walk and the path is compared as far as it was resolved.
/// </summary>
internal static class ResolvedPath
{
    private const int MaxLinks = 40;

    private static readonly StringComparison Comparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    public static string Of(string path)
    {
        var current = Path.GetPathRoot(Path.GetFullPath(path))!;
        var pending = new Queue<string>(Components(Path.GetFullPath(path)));
        var links = 0;
        while (pending.Count > 0)
        {
            var next = Path.Combine(current, pending.Dequeue());
            var target = new FileInfo(next).LinkTarget;
            if (target is null || ++links > MaxLinks)
            {
                current = next;
                continue;
            }

            // The target is relative to the link's folder, which is resolved already; the rest of the path follows it.
            var resolved = Path.GetFullPath(target, current);
            pending = new Queue<string>(Components(resolved).Concat(pending));
            current = Path.GetPathRoot(resolved)!;
        }

        return current;
    }

    public static bool Same(string left, string right) => string.Equals(Of(left), Of(right), Comparison);

    private static string[] Components(string fullPath) =>
        fullPath[Path.GetPathRoot(fullPath)!.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
}
