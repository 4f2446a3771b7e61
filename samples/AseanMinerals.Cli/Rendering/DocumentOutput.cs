using System.Text;
using AseanMinerals.Cli.Failures;
using AseanMinerals.Cli.Output;
using AseanMinerals.Cli.Rendering.Documents;

namespace AseanMinerals.Cli.Rendering;

/// <summary>
/// The one place a <see cref="TextDocument"/> meets <c>--format</c> and <c>-o</c>: <c>table</c> (rounded tables on a
/// terminal; GitHub Markdown when the output is redirected), <c>md</c>, <c>text</c>, <c>json</c>, or <c>xlsx</c> (to a file).
/// </summary>
internal static class DocumentOutput
{
    public const string FormatHelp =
        "table (the default: rounded tables on a terminal, GitHub Markdown when redirected), md (GitHub Markdown), text (plain aligned text), json, or xlsx (an Excel workbook; needs -o).";

    public static readonly string[] Formats = ["table", "md", "text", "json", "xlsx"];

    /// <summary>Fails with exit code 2 before any work when the format needs a file and has none.</summary>
    public static void Check(string format, string? path)
    {
        if (format == "xlsx" && path is null)
        {
            throw CliFailure.Usage("--format xlsx: a workbook is written to a file; name it with -o FILE.xlsx");
        }

        if (format == "xlsx" && !path!.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            throw CliFailure.Usage($"-o {path}: an Excel workbook is written as .xlsx");
        }
    }

    public static async Task WriteAsync(TextDocument document, string format, OutputTarget target, CliEnvironment environment, CancellationToken cancellationToken)
    {
        var path = target.Path;
        Check(format, path);
        if (format == "xlsx")
        {
            await SafeOutputFile.WriteAsync("-o", path!, target.Inputs, target.Force, stream => WorkbookWriter.Write(stream, document), cancellationToken).ConfigureAwait(false);
            await environment.Out.WriteLineAsync($"{path}: Excel workbook, {DisplayText.Count(document.Tables.Count() + 1, "sheet")} (About and one per table)").ConfigureAwait(false);
            return;
        }

        await WriteTextAsync(target, environment, (writer, written) => Write(document, format, writer, written), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Text to standard output, or to the file of <c>-o</c> (through <see cref="SafeOutputFile"/>). The writer gets the
    /// environment it writes in: a file is never a terminal, so <c>table</c> becomes Markdown there.
    /// </summary>
    public static async Task WriteTextAsync(OutputTarget target, CliEnvironment environment, Action<TextWriter, CliEnvironment> write, CancellationToken cancellationToken)
    {
        if (target.Path is not { } path)
        {
            write(environment.Out, environment);
            return;
        }

        await SafeOutputFile.WriteAsync("-o", path, target.Inputs, target.Force, stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
            write(writer, environment with { Out = writer, IsTerminal = false });
        }, cancellationToken).ConfigureAwait(false);
    }

    private static void Write(TextDocument document, string format, TextWriter output, CliEnvironment environment)
    {
        switch (format)
        {
            case "json":
                using (var buffer = new MemoryStream())
                {
                    DocumentJson.Write(buffer, document);
                    output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
                }

                break;
            case "text":
                new PlainTextDocumentWriter(output).Write(document);
                break;
            case "table" when environment.IsTerminal:
                new ConsoleDocumentWriter(environment).Write(document);
                break;
            default:
                new MarkdownDocumentWriter(output).Write(document);
                break;
        }
    }
}
