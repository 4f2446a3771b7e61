using AseanMinerals.Cli.Failures;

namespace AseanMinerals.Cli.Input;

/// <summary>
/// The tool's one input gate: what it checks of an input before reading it: that it is there and is a file (a folder is
/// named as one, but a Parquet dataset folder), and that it is not a known binary format the readers would quote as text
/// (a workbook, an archive, a picture; a Parquet file is an input of its own). Every trade reading passes it
/// (<see cref="TradeFiles.ReadAsync"/>); commands also call it before they check their outputs, so that nothing is written
/// for an input that cannot be read.
/// </summary>
internal static class InputFiles
{
    // The first bytes of formats users hand the tool by mistake, with what to tell them. Gzip is not here: it is read.
    private static readonly (byte[] Magic, string Kind)[] BinaryFormats =
    [
        ("PK\u0003\u0004"u8.ToArray(), "a ZIP archive (an Excel .xlsx workbook, a .docx or a .zip); export the sheet as CSV, or unzip it"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "an old Office document (an Excel .xls workbook); export the sheet as CSV"),
        ("%PDF"u8.ToArray(), "a PDF document"),
        ([0x89, (byte)'P', (byte)'N', (byte)'G'], "a PNG picture"),
        ([0xFF, 0xD8, 0xFF], "a JPEG picture"),
        ("GIF8"u8.ToArray(), "a GIF picture"),
        ("PAR1"u8.ToArray(), "a Parquet file"),
        ("SQLite format 3\0"u8.ToArray(), "an SQLite database"),
        ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "a 7-Zip archive"),
        ([0xFD, (byte)'7', (byte)'z', (byte)'X', (byte)'Z', 0], "an xz archive; decompress it, or recompress it with gzip"),
        ("BZh"u8.ToArray(), "a bzip2 archive; decompress it, or recompress it with gzip"),
        ([0x28, 0xB5, 0x2F, 0xFD], "a Zstandard archive; decompress it, or recompress it with gzip"),
        ([0x7F, (byte)'E', (byte)'L', (byte)'F'], "a program (ELF)"),
    ];

    /// <summary>Fails with exit code 2 at the first path that is missing, a folder (but a Parquet dataset), or a binary file of a known kind (but Parquet).</summary>
    public static void Check(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            // A Parquet file or dataset folder is a trade input of its own (its reader checks it).
            if (TradeFiles.KindOf(path) == TradeFileKind.Parquet && (File.Exists(path) || Directory.Exists(path)))
            {
                continue;
            }

            if (Problem(path) is { } problem)
            {
                throw CliFailure.Usage($"{path}: cannot be read: {problem}");
            }
        }
    }

    /// <summary>Why <paramref name="path"/> cannot be read as a data file, or null when it can be tried.</summary>
    public static string? Problem(string path)
    {
        if (path == "-")
        {
            return "standard input is read by validate only; save it to a file (or name a pipe) first";
        }

        if (Directory.Exists(path))
        {
            return "is a folder; name the files in it";
        }

        if (!File.Exists(path))
        {
            return "no such file";
        }

        // An empty file is its reader's to report; a pipe or a device (/dev/stdin, a link to "pipe:[...]") has no length,
        // and a look would lose its first bytes.
        var info = new FileInfo(path);
        var final = info.LinkTarget is null ? info : info.ResolveLinkTarget(returnFinalTarget: true) as FileInfo;
        if (final is not { Exists: true } || final.Length == 0)
        {
            return null;
        }

        Span<byte> head = stackalloc byte[16];
        int read;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
            read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return e is UnauthorizedAccessException ? "no permission to read it" : e.Message;
        }

        return SeemsToBe(head[..read]) is { } kind ? $"binary data: the file seems to be {kind}, not trade data or a JSON document" : null;
    }

    /// <summary>The kind of binary file the first bytes announce, or null.</summary>
    public static string? SeemsToBe(ReadOnlySpan<byte> head)
    {
        foreach (var (magic, kind) in BinaryFormats)
        {
            if (head.StartsWith(magic))
            {
                return kind;
            }
        }

        return null;
    }
}
