using AseanMinerals.Cli.Charts;

namespace AseanMinerals.Cli.Tests;

/// <summary>A caption line longer than the chart is wide is wrapped at spaces, never cut off by the picture's edge.</summary>
public sealed class ChartCaptionTests
{
    [Fact]
    public void A_long_line_is_wrapped_at_spaces_into_lines_of_at_most_140_characters_and_loses_no_word()
    {
        // 30 words of 9 characters: 299 characters with their spaces; 14 words (139 characters) fit a line of 140.
        var words = Enumerable.Range(0, 30).Select(static i => $"word{i:D5}").ToList();

        var caption = new ChartCaption().Add(string.Join(' ', words)).Add("short");

        caption.Lines.Select(static l => l.Length).Should().Equal(139, 139, 19, 5);
        string.Join(' ', caption.Lines.Take(3)).Should().Be(string.Join(' ', words));
    }

    [Fact]
    public void A_line_without_spaces_is_kept_whole()
    {
        var caption = new ChartCaption().Add(new string('x', 200));

        caption.Lines.Should().ContainSingle().Which.Length.Should().Be(200);
    }
}
