using AseanMinerals.Cli.Failures;
using AseanMinerals.Cli.Input;
using AseanMinerals.Comtrade;
using AseanMinerals.Core.ReferenceData;
using AseanMinerals.Core.Serialization;
using AseanMinerals.Core.Trade;
using AseanMinerals.Core.TradeSources;
using AseanMinerals.Core.Validation;
using NodaTime;

namespace AseanMinerals.Cli.Validation;

/// <summary>
/// Validates one file with the library's own readers and rules, by kind: documents through <see cref="AseanMineralsJson"/>
/// and their <c>Validate</c>; trade files (JSON Lines or Comtrade) through their trade source, every row, and the records
/// through <see cref="TradeRecordValidator"/>. Every issue carries the file and, where known, the line.
/// </summary>
internal sealed class FileValidator(IClock clock, ProgressLine progress)
{
    // One guard for every trade file of the command, as shares has: the same key in two inputs is AMC2009, both places named.
    private readonly DuplicateTradeGuard _keys = new(DuplicateTradeRule.KeepFirst);

    /// <summary>
    /// Validates <paramref name="path"/>, or standard input for <c>-</c>. The file is opened once: its first bytes tell its
    /// kind (by name first), then it is read from its start again, by seeking back in a file and by replaying those
    /// bytes in a pipe or standard input, so that anything that can be read once can be validated. A trade file's issues
    /// name it <paramref name="name"/> (<see cref="TradeFiles.PlaceName"/>: a file given again is named with its place among
    /// the inputs), and its keys are checked against those of the trade files validated before it.
    /// </summary>
    public async Task<FileValidation> ValidateAsync(string path, Func<Stream>? standardInput, CancellationToken cancellationToken, string? name = null)
    {
        var stream = path == "-"
            ? standardInput?.Invoke() ?? throw CliFailure.Usage("-: there is no standard input to read")
            : TradeFiles.Open(path);
        await using (stream.ConfigureAwait(false))
        {
            var head = new byte[1 << 16];
            int length;
            try
            {
                length = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw CliFailure.Unreadable(path, e);
            }

            if (InputFiles.SeemsToBe(head.AsSpan(0, length)) is { } binary)
            {
                throw CliFailure.Usage($"{path}: cannot be read: binary data: the file seems to be {binary}, not trade data or a JSON document");
            }

            var kind = DocumentDetector.Detect(path, head.AsSpan(0, length));
            if (kind == DocumentKind.Unknown)
            {
                throw CliFailure.Usage($"{path}: a versioned JSON document of no kind validate knows: a reference-data document (memberStates, partners, initiatives...), a trade dataset (records) or a classification (groups)");
            }

            // Read again from the start: a file by seeking back, a pipe by replaying the bytes read.
            if (stream.CanSeek)
            {
                stream.Position = 0;
            }

            var content = stream.CanSeek ? stream : new PeekedStream(head.AsMemory(0, length), stream);
            var (result, rows, note) = kind switch
            {
                DocumentKind.JsonLines or DocumentKind.Comtrade => await TradeFileAsync(path, name ?? path, kind, content, cancellationToken).ConfigureAwait(false),
                _ => Document(path, content, kind),
            };
            return new FileValidation(path, kind, result, rows, note);
        }
    }

    private (ValidationResult, long, string?) Document(string path, Stream content, DocumentKind kind)
    {
        try
        {
            var (result, count) = kind switch
            {
                DocumentKind.ReferenceData => (ValidateWithEmbeddedSections(AseanMineralsJson.DeserializeReferenceData(content)), 1L),
                DocumentKind.Classification => (AseanMineralsJson.DeserializeClassification(content).Validate(), 1L),
                _ => TradeDataset(content),
            };
            return (new ValidationResult(result.Issues.Select(i => i.InFile(path))), count, null);
        }
        catch (AseanMineralsJsonException e)
        {
            return (new ValidationResult([e.ToValidationIssue(path)]), 0, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CliFailure.Unreadable(path, e);
        }
    }

    // A seed file holds some sections only: its references to the others resolve against the embedded data (valid by
    // its own test), and the document's sections keep their places, so every issue's path is the file's own. Issues
    // inside a borrowed section (the AMC1011 notes of the embedded unconfirmed records) are not the file's, so they go.
    private ValidationResult ValidateWithEmbeddedSections(ReferenceDataSet document)
    {
        var merged = WithEmbeddedSections(document);
        string[] borrowed =
        [
            .. new (string Name, int Own)[]
            {
                ("memberStates", document.MemberStates.Count), ("tradeAreas", document.TradeAreas.Count), ("partners", document.Partners.Count),
                ("objectives", document.Objectives.Count), ("ministerialMeetings", document.MinisterialMeetings.Count), ("bodies", document.Bodies.Count),
                ("actionPlans", document.ActionPlans.Count), ("thematicAreas", document.ThematicAreas.Count), ("initiatives", document.Initiatives.Count),
                ("indicators", document.Indicators.Count),
            }.Where(static s => s.Own == 0).Select(static s => s.Name + "["),
        ];
        var result = merged.Validate(clock.GetCurrentInstant().InUtc().Date);
        return new ValidationResult(result.Issues.Where(i => !borrowed.Any(b => i.Path.StartsWith(b, StringComparison.Ordinal))));
    }

    private static ReferenceDataSet WithEmbeddedSections(ReferenceDataSet document)
    {
        var embedded = AseanReferenceData.Default;
        return document with
        {
            MemberStates = document.MemberStates.Count > 0 ? document.MemberStates : embedded.MemberStates,
            TradeAreas = document.TradeAreas.Count > 0 ? document.TradeAreas : embedded.TradeAreas,
            Partners = document.Partners.Count > 0 ? document.Partners : embedded.Partners,
            Objectives = document.Objectives.Count > 0 ? document.Objectives : embedded.Objectives,
            MinisterialMeetings = document.MinisterialMeetings.Count > 0 ? document.MinisterialMeetings : embedded.MinisterialMeetings,
            Bodies = document.Bodies.Count > 0 ? document.Bodies : embedded.Bodies,
            ActionPlans = document.ActionPlans.Count > 0 ? document.ActionPlans : embedded.ActionPlans,
            ThematicAreas = document.ThematicAreas.Count > 0 ? document.ThematicAreas : embedded.ThematicAreas,
            Initiatives = document.Initiatives.Count > 0 ? document.Initiatives : embedded.Initiatives,
            Indicators = document.Indicators.Count > 0 ? document.Indicators : embedded.Indicators,
        };
    }

    private (ValidationResult, long) TradeDataset(Stream content)
    {
        var dataset = AseanMineralsJson.DeserializeTradeDataset(content);
        return (new TradeRecordValidator(clock).Validate(dataset.Records), dataset.Records.Count);
    }

    // Every row of a trade file, whatever its kind, through its trade source and the record checks, in bounded memory:
    // the first issues are listed, the rest counted. A file whose name tells its kind is read by its trade source from
    // the name (which knows .gz); a pipe, or a file told by its content, from the stream.
    private async Task<(ValidationResult, long, string?)> TradeFileAsync(string path, string name, DocumentKind kind, Stream content, CancellationToken cancellationToken)
    {
        var options = new ComtradeImportOptions { OnInvalidRow = InvalidRowHandling.Collect, Progress = TradeFiles.Progress(path, progress) };
        var byName = content.CanSeek && (TradeFiles.KindOf(path) == TradeFileKind.JsonLines) == (kind == DocumentKind.JsonLines);
        ITradeRecordSource source = byName ? TradeFiles.Source(path, options, name: name)
            : kind == DocumentKind.JsonLines ? AseanMineralsJson.ReadTradeRecordLines(content, options with { SourceName = name })
            : ComtradeFile.OpenStream(content, name, options);
        TradeSourceSummary summary;
        try
        {
            summary = await new TradeRecordValidator(clock) { Duplicates = _keys }.ValidateAsync(source, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (ValidationException e)
        {
            // The file cannot be read as a trade file at all (unknown format, missing column): its issues say why.
            progress.Clear();
            return (e.Result, source.Summary.RowsRead, null);
        }

        progress.Clear();
        return (summary.Issues, summary.RowsRead, $"{summary.Format}: {summary.DescribeRows()}");
    }

}
