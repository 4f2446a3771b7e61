using System.CommandLine;
using System.Globalization;
using AseanMinerals.Cli.Failures;
using AseanMinerals.Core.Concordance;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Cli.Commands;

/// <summary>
/// <c>--edition H0..H6</c>: every record converted to one HS edition before the cube (UNSD's one target per code), so years
/// reported in different editions compare like with like. Codes an edition lacks are kept and reported on standard error.
/// </summary>
internal static class EditionOption
{
    public static Option<string?> Create() => new("--edition")
    {
        Description = "Convert every record to one HS edition first (H0 = HS 1992 ... H6 = HS 2022; UNSD's one target per code) so a series compares like with like.",
    };

    public static async IAsyncEnumerable<TradeRecord> ConvertAsync(
        IAsyncEnumerable<TradeRecord> records, string edition, CliEnvironment environment, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (!HsRevisions.TryParseComtradeCode(edition.ToUpperInvariant(), out var target) || target == HsRevision.AsReported)
        {
            throw new CliFailure(CliApplication.UsageOrIoError, $"--edition '{edition}' is not an HS edition: H0 (HS 1992) to H6 (HS 2022).");
        }

        var input = new List<TradeRecord>();
        await foreach (var record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            input.Add(record);
        }

        var result = new HsConverter(target).Convert(input);
        foreach (var issue in result.Issues)
        {
            await environment.Error.WriteLineAsync(issue.ToString()).ConfigureAwait(false);
        }

        await environment.Error.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"asean-minerals: {result.ConvertedRecords} of {input.Count} records converted to {target.ToComtradeCode()} (UNSD conversion); US${result.ValueMovedBetweenCodes} moved between codes")).ConfigureAwait(false);
        foreach (var converted in result.Records)
        {
            yield return converted.Record;
        }
    }
}
