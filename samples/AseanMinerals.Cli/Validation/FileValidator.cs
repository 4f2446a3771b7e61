using System.Globalization;
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
    public async Task<FileValidation> ValidateAsync(string path, CancellationToken cancellationToken)
    {
        byte[] head;
        var stream = TradeFiles.Open(path);
        await using (stream.ConfigureAwait(false))
        {
            head = new byte[Math.Min(stream.Length, 1 << 16)];
            await stream.ReadExactlyAsync(head, cancellationToken).ConfigureAwait(false);
        }

        var kind = DocumentDetector.Detect(path, head);
        if (kind == DocumentKind.Unknown)
        {
            throw CliFailure.Usage($"{path}: a versioned JSON document of no kind validate knows: a reference-data document (memberStates, partners, initiatives...), a trade dataset (records) or a classification (groups)");
        }

        var (result, rows, note) = kind switch
        {
            DocumentKind.JsonLines or DocumentKind.Comtrade => await TradeFileAsync(path, cancellationToken).ConfigureAwait(false),
            _ => Document(path, kind),
        };
        return new FileValidation(path, kind, result, rows, note);
    }

    private (ValidationResult, long, string?) Document(string path, DocumentKind kind)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CliFailure.Unreadable(path, e);
        }

        try
        {
            var (result, count) = kind switch
            {
                DocumentKind.ReferenceData => (WithEmbeddedSections(AseanMineralsJson.DeserializeReferenceData(bytes)).Validate(clock.GetCurrentInstant().InUtc().Date), 1L),
                DocumentKind.Classification => (AseanMineralsJson.DeserializeClassification(bytes).Validate(), 1L),
                _ => TradeDataset(bytes),
            };
            return (new ValidationResult(result.Issues.Select(i => i.InFile(path))), count, null);
        }
        catch (AseanMineralsJsonException e)
        {
            return (new ValidationResult([e.ToValidationIssue(path)]), 0, null);
        }
    }

    // A seed file holds some sections only: its references to the others resolve against the embedded data (valid by
    // its own test), and the document's sections keep their places, so every issue's path is the file's own.
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

    private (ValidationResult, long) TradeDataset(byte[] bytes)
    {
        var dataset = AseanMineralsJson.DeserializeTradeDataset(bytes);
        return (new TradeRecordValidator(clock).Validate(dataset.Records), dataset.Records.Count);
    }

    private async Task<(ValidationResult, long, string?)> TradeFileAsync(string path, CancellationToken cancellationToken)
    {
        var records = new List<TradeRecord>();
        var recordLines = new List<long>();
        var source = TradeFiles.Source(path, new ComtradeImportOptions { OnInvalidRow = InvalidRowHandling.Collect, Progress = TradeFiles.Progress(path, progress) });
        var enumerator = source.GetAsyncEnumerator(cancellationToken);
        try
        {
            await using (enumerator.ConfigureAwait(false))
            {
                while (await TradeFiles.MoveNextAsync(path, enumerator).ConfigureAwait(false))
                {
                    records.Add(enumerator.Current);
                    recordLines.Add(source.CurrentLine);
                }
            }
        }
        catch (ValidationException e)
        {
            // The file cannot be read as a trade file at all (unknown format, missing column): its issues say why.
            progress.Clear();
            return (e.Result, source.Summary.RowsRead, null);
        }

        progress.Clear();

        // The record checks name records by index (duplicates need them all at once); the source told each one's line.
        var summary = source.Summary;
        var recordIssues = new TradeRecordValidator(clock).Validate(records).Issues.Select(issue => AtLine(issue, path, recordLines));
        var issues = summary.Issues.Issues.Concat(recordIssues).OrderBy(static i => i.Line ?? long.MaxValue);
        return (new ValidationResult(issues), summary.RowsRead, $"{summary.Format}: {summary.DescribeRows()}");
    }

    private static ValidationIssue AtLine(ValidationIssue issue, string path, List<long> recordLines)
    {
        // "records[12].partner" -> line of record 12, path "partner".
        var close = issue.Path.IndexOf(']', StringComparison.Ordinal);
        if (!issue.Path.StartsWith("records[", StringComparison.Ordinal) || close < 0 || !int.TryParse(issue.Path.AsSpan(8, close - 8), CultureInfo.InvariantCulture, out var index) || index >= recordLines.Count)
        {
            return issue.InFile(path);
        }

        var rest = issue.Path[(close + 1)..].TrimStart('.');
        return (issue with { Path = rest }).InFile(path, recordLines[index]);
    }
}
