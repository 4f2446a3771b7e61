using AseanMinerals.Cli.Failures;

namespace AseanMinerals.Cli.Production;

/// <summary>
/// Writes an output file safely: into a temporary file in the target folder, then moved into place, so a reader never
/// sees half a file and a failure leaves nothing behind. An existing file is never replaced (the user removes it first),
/// and an input of the command is never the output.
/// </summary>
internal static class OutputFile
{
    public static void Write(string path, IReadOnlyCollection<string> inputs, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        if (inputs.Any(i => string.Equals(Path.GetFullPath(i), full, StringComparison.Ordinal)))
        {
            throw CliFailure.Usage($"{path}: is an input of the command; write the output elsewhere");
        }

        if (File.Exists(full) || Directory.Exists(full))
        {
            throw CliFailure.Usage($"{path}: already exists; remove it or name another file");
        }

        var folder = Path.GetDirectoryName(full)!;
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                write(stream);
            }

            File.Move(temporary, full, overwrite: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
            throw new CliFailure(CliApplication.UsageOrIoError, $"{path}: cannot be written: {e.Message}", e);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }
}
