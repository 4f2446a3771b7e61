using System.Text.Json;
using AseanMinerals.Testing;
using AseanMinerals.Core.Serialization;
using AseanMinerals.Core.Trade;
using AseanMinerals.Core.Validation;
using NodaTime;
using AseanMinerals.Core.TradeSources;

namespace AseanMinerals.Core.Tests.BadInputs;

/// <summary>
/// Every file of the corpus of bad inputs (this folder) meets the outcome its manifest entry gives: accepted, accepted with
/// the issues listed, or rejected with a rule code at a line and JSON path. No other exception escapes a reader.
/// </summary>
public class BadInputCorpusTests
{
    private static readonly BadInputCorpus Corpus = new(Path.Combine(AppContext.BaseDirectory, "BadInputs"));

    // The trade rules judge periods against "today": a fixed day keeps the outcomes the same on every run.
    private static readonly IClock Today = new FixedClock(Instant.FromUtc(2026, 6, 30, 0, 0));

    public static TheoryData<string> Files => [.. Corpus.ListedFiles];

    [Fact]
    public void The_corpus_holds_at_least_60_files_and_the_manifest_lists_each_once()
    {
        var files = Corpus.FilesOnDisk.ToList();

        var listed = Corpus.ListedFiles.Order(StringComparer.Ordinal);

        listed.Should().Equal(files);
        files.Should().HaveCountGreaterThanOrEqualTo(60);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_bad_input_has_the_outcome_its_manifest_entry_gives(string file)
    {
        var entry = Corpus.Entry(file);
        var bytes = File.ReadAllBytes(Corpus.PathOf(file));

        switch (entry.GetProperty("reader").GetString())
        {
            case "trade-dataset":
                CheckDocument(entry, bytes);
                break;
            case "json-lines":
                CheckLines(entry, bytes);
                break;
            default:
                throw new InvalidOperationException($"The manifest entry of {file} names no known reader.");
        }
    }

    private static void CheckDocument(JsonElement entry, byte[] bytes)
    {
        var read = () => AseanMineralsJson.DeserializeTradeDataset(bytes);
        if (entry.GetProperty("outcome").GetString() == "rejected")
        {
            var error = read.Should().ThrowExactly<AseanMineralsJsonException>().Which;
            error.Code.Should().Be(entry.GetProperty("code").GetString());
            error.LineNumber.Should().Be(entry.GetProperty("line").GetInt64());
            if (entry.TryGetProperty("path", out var path))
            {
                error.Path.Should().Be(path.GetString());
            }

            return;
        }

        var dataset = read.Should().NotThrow().Subject;
        dataset.Records.Should().HaveCount(entry.GetProperty("records").GetInt32());
        var issues = new TradeRecordValidator(Today).Validate(dataset.Records).Issues.Select(static i => (i.Code, i.Path));
        issues.Should().Equal(Expected(entry, "path", static p => p.GetString()!));
    }

    private static void CheckLines(JsonElement entry, byte[] bytes)
    {
        var lines = AseanMineralsJson.ReadTradeRecordLines(new MemoryStream(bytes), new TradeSourceOptions { OnInvalidRow = InvalidRowHandling.Collect });

        var records = lines.ToList();

        records.Should().HaveCount(entry.GetProperty("records").GetInt32());
        var expected = Expected(entry, "line", static l => l.GetInt64());
        lines.Summary.Issues.Issues.Select(static i => (i.Code, i.Line!.Value)).Should().Equal(expected);
        lines.Summary.RowsRead.Should().Be(lines.Summary.Records + lines.Summary.Rejected);

        // Stopping at the first bad line finds the same one, whether or not the file ends with a line break.
        var stop = () => AseanMineralsJson.ReadTradeRecordLines(new MemoryStream(bytes)).ToList();
        if (expected.Count == 0)
        {
            stop.Should().NotThrow();
        }
        else
        {
            var first = stop.Should().ThrowExactly<ValidationException>().Which.Result.Issues.Should().ContainSingle().Subject;
            (first.Code, first.Line).Should().Be((expected[0].Code, (long?)expected[0].Place));
        }
    }

    private static List<(string Code, T Place)> Expected<T>(JsonElement entry, string place, Func<JsonElement, T> read) =>
        entry.TryGetProperty("issues", out var issues)
            ? [.. issues.EnumerateArray().Select(i => (i.GetProperty("code").GetString()!, read(i.GetProperty(place))))]
            : [];

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
