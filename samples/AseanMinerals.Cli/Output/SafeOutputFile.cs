using System.Security.Cryptography;
using AseanMinerals.Cli.Failures;

namespace AseanMinerals.Cli.Output;

/// <summary>
/// The one way the tool writes a file. The target is checked before any reading (a name, not a folder, in a folder
/// that exists, not one of the inputs by its resolved path, and replaced only with <c>--force</c>); the content goes to a
/// new hidden temporary file in the target's folder, which <see cref="CommitAsync"/> moves over the target in one
/// rename once complete. Disposed without a commit (an error, Ctrl+C, SIGTERM), the temporary file is deleted: a stop
/// at any moment leaves the old file or none, and the tool never opens an input for writing nor deletes a file it did
/// not create.
/// </summary>
internal sealed class SafeOutputFile : IAsyncDisposable
{
    private static readonly string[] SystemFolders = ["/dev/", "/proc/", "/sys/"];

    private readonly FileStream _stream;
    private bool _committed;

    private SafeOutputFile(string target, string temporary, FileStream stream)
    {
        Target = target;
        Temporary = temporary;
        _stream = stream;
    }

    /// <summary>The file the content is for.</summary>
    public string Target { get; }

    /// <summary>The temporary file being written, beside the target.</summary>
    public string Temporary { get; }

    /// <summary>Where to write the content.</summary>
    public Stream Stream => _stream;

    /// <summary>
    /// Fails with exit code 2 when <paramref name="path"/> cannot be a target: empty, a folder, in a folder that does not
    /// exist, one of the <paramref name="inputs"/>, or an existing file without <paramref name="force"/>.
    /// </summary>
    public static void Check(string option, string path, IEnumerable<string> inputs, bool force)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw CliFailure.Usage($"{option} \"{path}\": names no file");
        }

        if (Directory.Exists(path))
        {
            throw CliFailure.Usage($"{option} {path}: is a folder; name a file in it");
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!Directory.Exists(folder))
        {
            throw CliFailure.Usage($"{option} {path}: the folder {folder} does not exist");
        }

        // A device (/dev/null, /dev/stdout) would be replaced by the move, not written to: with --force as root, a file
        // would take the place of /dev/null. .NET tells a device from an empty file by nothing but its folder.
        var resolved = ResolvedPath.Of(path);
        if (!OperatingSystem.IsWindows() && SystemFolders.Any(f => resolved.StartsWith(f, StringComparison.Ordinal)))
        {
            throw CliFailure.Usage($"{option} {path}: is a device or system file ({resolved}); the tool writes a new file and moves it into place, so name a file");
        }

        if (inputs.FirstOrDefault(input => ResolvedPath.Same(input, path)) is { } same)
        {
            throw CliFailure.Usage($"{option} {path}: is the input {same}; the tool never writes over an input, name another file");
        }

        if (!force && (File.Exists(path) || new FileInfo(path).LinkTarget is not null))
        {
            throw CliFailure.Usage($"{option} {path}: exists; add --force to replace it");
        }
    }

    /// <summary>Checks the target (see <see cref="Check"/>) and opens a new temporary file beside it.</summary>
    public static SafeOutputFile Create(string option, string path, IEnumerable<string> inputs, bool force)
    {
        Check(option, path, inputs, force);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6))}.tmp");
        try
        {
            // CreateNew: the temporary name is fresh, so no existing file is ever opened or truncated. ReadWrite: a workbook writer reads back what it wrote.
            var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.Asynchronous);
            return new SafeOutputFile(path, temporary, stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliFailure(CliApplication.UsageOrIoError, $"{path}: cannot be written: {Reason(e, folder)}", e);
        }
    }

    /// <summary>Checks the target, writes the content with <paramref name="write"/> into a temporary file, and moves it into place.</summary>
    public static async Task WriteAsync(string option, string path, IEnumerable<string> inputs, bool force, Func<Stream, Task> write, CancellationToken cancellationToken)
    {
        var file = Create(option, path, inputs, force);
        await using (file.ConfigureAwait(false))
        {
            await write(file.Stream).ConfigureAwait(false);
            await file.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The same with a synchronous writer (a picture, a workbook).</summary>
    public static Task WriteAsync(string option, string path, IEnumerable<string> inputs, bool force, Action<Stream> write, CancellationToken cancellationToken) =>
        WriteAsync(option, path, inputs, force, stream =>
        {
            write(stream);
            return Task.CompletedTask;
        },
        cancellationToken);

    /// <summary>Flushes the content to disk and moves it over the target in one rename.</summary>
    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            await _stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            _stream.Flush(flushToDisk: true);
            await _stream.DisposeAsync().ConfigureAwait(false);
            File.Move(Temporary, Target, overwrite: true);
            _committed = true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliFailure(CliApplication.UsageOrIoError, $"{Target}: cannot be written: {Reason(e, Path.GetDirectoryName(Path.GetFullPath(Target))!)}", e);
        }
    }

    /// <summary>Closes the temporary file and, unless committed, deletes it (the only file this type ever deletes).</summary>
    public async ValueTask DisposeAsync()
    {
        await _stream.DisposeAsync().ConfigureAwait(false);
        if (!_committed)
        {
            try
            {
                File.Delete(Temporary);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Nothing more to do: the target is untouched, and the hidden temporary file says what it is.
            }
        }
    }

    // .NET's "Access to the path '/x/.y.1234.tmp' is denied" names the temporary file, which the user never asked for.
    private static string Reason(Exception e, string folder) => e switch
    {
        UnauthorizedAccessException => $"no permission to write in the folder {folder}",
        _ => e.Message,
    };
}
