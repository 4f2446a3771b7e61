using System.Text.Json;
using AseanMinerals.Testing;
using AseanMinerals.Core.Validation;
using AseanMinerals.Core.TradeSources;

namespace AseanMinerals.Comtrade.Tests.BadInputs;

/// <summary>
/// Every file of the corpus of bad Comtrade inputs (this folder) meets the outcome its manifest entry gives: read with its
/// counts and issues (code and line), or stopped with a <see cref="ValidationException"/> naming the rule and the line.
/// Every row read is accounted for, and no other exception escapes the importer.
/// </summary>
public class BadInputCorpusTests
{
    private static readonly BadInputCorpus Corpus = new(Path.Combine(AppContext.BaseDirectory, "BadInputs"));

    private static readonly ComtradeImportOptions Collecting = new() { OnInvalidRow = InvalidRowHandling.Collect };

    public static TheoryData<string> Files => [.. Corpus.ListedFiles];

    [Fact]
    public void The_corpus_holds_at_least_50_files_and_the_manifest_lists_each_once()
    {
        var files = Corpus.FilesOnDisk.ToList();

        var listed = Corpus.ListedFiles.Order(StringComparer.Ordinal);

        listed.Should().Equal(files);
        files.Should().HaveCountGreaterThanOrEqualTo(50);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Each_bad_input_has_the_outcome_its_manifest_entry_gives(string file)
    {
        var entry = Corpus.Entry(file);
        var import = ComtradeFile.Open(Corpus.PathOf(file), Collecting);
        var read = async () => await ReadAllAsync(import);

        if (entry.GetProperty("outcome").GetString() == "rejected")
        {
            var error = (await read.Should().ThrowExactlyAsync<ValidationException>()).Which.Result.Issues.Single();
            error.Code.Should().Be(entry.GetProperty("code").GetString());
            error.Line.Should().Be(LineOf(entry));
            import.Summary.IsReconciled.Should().BeTrue();
            return;
        }

        await read.Should().NotThrowAsync();
        var summary = import.Summary;
        summary.IsComplete.Should().BeTrue();
        (summary.RowsRead, summary.Records, summary.SetAside, summary.Rejected).Should().Be(
            (Count(entry, "rowsRead"), Count(entry, "records"), Count(entry, "setAside"), Count(entry, "rejected")));
        summary.IsReconciled.Should().BeTrue();
        var expected = entry.TryGetProperty("issues", out var issues) ? issues.EnumerateArray().Select(static i => (i.GetProperty("code").GetString()!, LineOf(i))).ToList() : [];
        summary.Issues.Issues.Select(static i => (i.Code, i.Line)).Should().Equal(expected);
        if (entry.TryGetProperty("blankLines", out var blank))
        {
            summary.BlankLines.Should().Be(blank.GetInt64());
        }
    }

    private static async Task<int> ReadAllAsync(ComtradeImport import)
    {
        var count = 0;
        await foreach (var _ in import)
        {
            count++;
        }

        return count;
    }

    private static long Count(JsonElement entry, string name) => entry.GetProperty(name).GetInt64();

    private static long? LineOf(JsonElement element) =>
        element.GetProperty("line").ValueKind == JsonValueKind.Null ? null : element.GetProperty("line").GetInt64();

}
