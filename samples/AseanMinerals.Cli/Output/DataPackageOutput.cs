using AseanMinerals.Cli.Failures;
using AseanMinerals.Core.DataPackages;

namespace AseanMinerals.Cli.Output;

/// <summary>
/// The descriptor that <c>convert</c> writes beside every dataset it makes, through the core's one generator:
/// <c>datapackage.json</c> in a Parquet dataset folder, <c>NAME.datapackage.json</c> beside a single file (so that several
/// conversions into one folder keep their own). It is a target like the dataset: checked before any reading, replaced
/// only with <c>--force</c>.
/// </summary>
internal static class DataPackageOutput
{
    /// <summary>Where the descriptor of <paramref name="target"/> goes.</summary>
    public static string PathOf(string target, bool datasetFolder) => datasetFolder
        ? Path.Combine(Path.GetFullPath(target), TradeDataPackage.FileName)
        : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(target))!, Path.GetFileNameWithoutExtension(target) + TradeDataPackage.FileSuffix);

    /// <summary>Fails with exit code 2 when the descriptor exists and <paramref name="force"/> is not given.</summary>
    public static void Check(string descriptor, bool force)
    {
        if (!force && File.Exists(descriptor))
        {
            throw CliFailure.Usage($"-o: {descriptor} exists (the data package descriptor written beside the output); add --force to replace it");
        }
    }

    /// <summary>Writes the descriptor of <paramref name="files"/>; no licence is claimed (the tool does not know the data's terms) and the source is the file converted.</summary>
    public static void Write(string descriptor, TradeDataFormat format, IReadOnlyList<string> files, string target, string input, bool force)
    {
        if (files.Count == 0)
        {
            // A dataset folder with no record has no file to describe.
            return;
        }

        try
        {
            TradeDataPackage.Write(descriptor, format, files, PackageName(target), [], [new TradeDataPackageSource(Path.GetFileName(input))], overwrite: force);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliFailure(CliApplication.UsageOrIoError, $"{descriptor}: cannot be written: {e.Message}", e);
        }
    }

    private static string PackageName(string target)
    {
        var name = Path.GetFileNameWithoutExtension(Path.TrimEndingDirectorySeparator(target)).ToLowerInvariant();
        var cleaned = new string([.. name.Select(static c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_' or '.' ? c : '-')]);
        return cleaned.Length == 0 ? "trade" : cleaned;
    }
}
