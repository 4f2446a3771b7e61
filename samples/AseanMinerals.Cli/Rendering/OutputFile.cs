using AseanMinerals.Cli.Failures;

namespace AseanMinerals.Cli.Rendering;

/// <summary>
/// The one place the chart and workbook outputs are written: the content goes to a temporary file in the target's
/// folder and is moved into place once complete, so a failure leaves the old file or none, never half a file.
/// </summary>
internal static class OutputFile
{
    public static async Task WriteAsync(string path, Action<Stream> write, CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None))
            {
                write(stream);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            cancellationToken.ThrowIfCancellationRequested();
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliFailure(CliApplication.UsageOrIoError, $"{path}: cannot be written: {e.Message}", e);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
