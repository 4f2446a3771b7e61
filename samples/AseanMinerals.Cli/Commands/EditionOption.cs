using System.CommandLine;
using System.Globalization;
using AseanMinerals.Cli.Failures;
using AseanMinerals.Core.Concordance;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Cli.Commands;

/// <summary>
/// <c>--edition H0..H6</c>: every record converted to one HS edition before the cube (UNSD's one target per code), so years
/// reported in different editions compare like with like, streamed (<see cref="HsConverter.ConvertEachAsync"/>); with
/// <c>--split trade</c> the records are held once for the weights. Codes an edition lacks are kept and reported on
/// standard error after the last record, with the count of records converted.
/// </summary>
internal static class EditionOption
{
    public static Option<string?> Create() => new("--edition")
    {
        Description = "Convert every record to one HS edition first (H0 = HS 1992 ... H6 = HS 2022; UNSD's one target per code) so a series compares like with like.",
    };

    /// <summary><c>--split unsd|equal|trade</c>: how a value is shared among target codes (<see cref="HsSplitMode"/>).</summary>
    public static Option<string?> CreateSplit() => new("--split")
    {
        Description = "How a code that maps to several target codes is converted: unsd (UNSD's one target, the default), equal (an equal split over the connected codes) or trade (split by the reporter's own trade in the target edition's codes, equal where it has none).",
    };

    public static HsSplitMode ParseSplit(string? split) => split?.ToLowerInvariant() switch
    {
        null or "unsd" => HsSplitMode.Unsd,
        "equal" => HsSplitMode.Equal,
        "trade" => HsSplitMode.TradeWeighted,
        _ => throw new CliFailure(CliApplication.UsageOrIoError, $"--split '{split}' is not a split mode: unsd, equal or trade."),
    };

    public static HsRevision Parse(string edition, string optionName) =>
        HsRevisions.TryParseComtradeCode(edition.ToUpperInvariant(), out var target) && target != HsRevision.AsReported
            ? target
            : throw new CliFailure(CliApplication.UsageOrIoError, $"{optionName} '{edition}' is not an HS edition: H0 (HS 1992) to H6 (HS 2022).");

    public static async IAsyncEnumerable<TradeRecord> ConvertAsync(
        IAsyncEnumerable<TradeRecord> records,
        string edition,
        CliEnvironment environment,
        HsSplitMode mode = HsSplitMode.Unsd,
        string optionName = "--edition",
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var target = Parse(edition, optionName);
        var converter = new HsConverter(target, mode);
        var tally = new HsConversionTally();
        if (mode == HsSplitMode.TradeWeighted)
        {
            // The weights (each reporter's trade in the target edition) are needed before the first record converts:
            // the records are read once and held for them, then converted one by one.
            var held = new List<TradeRecord>();
            var weights = new HsTradeWeights(target);
            await foreach (var record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                held.Add(record);
                weights.Add(record);
            }

            foreach (var converted in converter.ConvertEach(held, tally, weights))
            {
                yield return converted.Record;
            }
        }
        else
        {
            // Streamed: each record converted as it is read, memory proportional to the distinct codes.
            await foreach (var converted in converter.ConvertEachAsync(records, tally, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                yield return converted.Record;
            }
        }

        foreach (var issue in tally.Issues)
        {
            await environment.Error.WriteLineAsync(issue.ToString()).ConfigureAwait(false);
        }

        await environment.Error.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"asean-minerals: {tally.ConvertedRecords} of {tally.RecordsRead} records converted to {target.ToComtradeCode()} ({Describe(mode)}); US${tally.ValueMovedBetweenCodes} moved between codes")).ConfigureAwait(false);
    }

    private static string Describe(HsSplitMode mode) => mode switch
    {
        HsSplitMode.Equal => "equal split",
        HsSplitMode.TradeWeighted => "trade-weighted split",
        _ => "UNSD conversion",
    };
}
