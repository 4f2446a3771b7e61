using AseanMinerals.Core.Validation;
using AseanMinerals.Testing;

namespace AseanMinerals.Comtrade.Tests.BadInputs;

/// <summary>
/// The importer's messages are read by users of the command-line tool too: they say what is wrong with the file in the
/// file's terms, never the name of a library option the user cannot set there (issue 12, case 8).
/// </summary>
public class MessageWordingTests
{
    private static readonly BadInputCorpus Corpus = new(Path.Combine(AppContext.BaseDirectory, "BadInputs"));

    // The importer options a message once told the user to set ("import with IncludeBreakdowns and IncludeSubsetFlows").
    private static readonly string[] OptionNames =
        [nameof(ComtradeImportOptions.IncludeBreakdowns), nameof(ComtradeImportOptions.IncludeSubsetFlows), nameof(ComtradeImportOptions.OnInvalidRow)];

    [Fact]
    public async Task No_issue_of_any_corpus_file_names_an_importer_option()
    {
        var messages = new List<string>();
        foreach (var file in Corpus.ListedFiles)
        {
            messages.AddRange(await IssuesOf(file));
        }

        messages.Should().Contain(m => m.Contains("have no aggregate row", StringComparison.Ordinal), "the corpus has a breakdown without its aggregate row");
        messages.Should().NotContain(m => OptionNames.Any(name => m.Contains(name, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Blank_lines_before_the_header_are_named_as_such_not_as_an_empty_file()
    {
        var blank = await IssuesOf("csv-two-blank-lines-before-the-header.csv");
        var empty = await IssuesOf("csv-empty.csv");

        blank.Should().ContainSingle().Which.Should().Contain("The first line is blank: a Comtrade CSV starts with its header line; remove the blank lines before it.");
        empty.Should().ContainSingle().Which.Should().Contain("The file is empty");
    }

    private static async Task<List<string>> IssuesOf(string file)
    {
        var import = ComtradeFile.Open(Corpus.PathOf(file), new ComtradeImportOptions { OnInvalidRow = AseanMinerals.Core.TradeSources.InvalidRowHandling.Collect });
        try
        {
            await foreach (var _ in import)
            {
            }
        }
        catch (ValidationException e)
        {
            return [.. e.Result.Issues.Select(static i => i.Message)];
        }

        return [.. import.Summary.Issues.Issues.Select(static i => i.Message)];
    }
}
