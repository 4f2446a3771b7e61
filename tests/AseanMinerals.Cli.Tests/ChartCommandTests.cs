using System.Xml.Linq;
using static AseanMinerals.Cli.Tests.Support;

namespace AseanMinerals.Cli.Tests;

public sealed class ChartCommandTests : IDisposable
{
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
    private readonly string _folder = Directory.CreateTempSubdirectory("asean-minerals-chart-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Chart_writes_a_PNG_file_with_the_PNG_signature()
    {
        var path = Path.Combine(_folder, "shares.png");

        var run = await CliRun.RunAsync("chart", HandMade, "-o", path);

        run.ExitCode.Should().Be(0, run.Error);
        var bytes = await File.ReadAllBytesAsync(path);
        bytes.Length.Should().BeGreaterThan(PngSignature.Length);
        bytes[..PngSignature.Length].Should().Equal(PngSignature);
    }

    [Fact]
    public async Task Chart_writes_an_SVG_that_parses_as_XML_with_the_bar_labels_and_the_caption()
    {
        var path = Path.Combine(_folder, "shares.svg");

        var run = await CliRun.RunAsync("chart", HandMade, "-o", path);

        run.ExitCode.Should().Be(0, run.Error);
        var texts = XDocument.Load(path).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()).ToList();

        // Indonesia: 400 of its 2,000 = 20.0%; Malaysia 50 of 1,000 = 5.0%; groups of the 450: 300, 100 and 50.
        texts.Should().Contain(["IDN", "MYS", "THA", "n/a", "20.0%", "5.0%", "66.7%", "22.2%", "11.1%", "intra-ASEAN part", "extra-ASEAN part"]);
        texts.Should().Contain(t => t.StartsWith("Membership basis: changing composition", StringComparison.Ordinal));
        texts.Should().Contain(t => t.StartsWith("Data: hand-made-2022.jsonl", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Chart_of_a_file_without_commodity_rows_draws_nothing_and_says_why_with_exit_code_1()
    {
        var path = Path.Combine(_folder, "nothing.png");

        var run = await CliRun.RunAsync("chart", ComtradePlusExcerpt, "-o", path);

        run.ExitCode.Should().Be(1);
        run.Error.Should().StartWith("asean-minerals: nothing to chart for ASEAN");
        File.Exists(path).Should().BeFalse();
    }

    [Fact]
    public async Task Chart_to_a_file_that_is_neither_png_nor_svg_is_a_usage_error_with_exit_code_2()
    {
        var run = await CliRun.RunAsync("chart", HandMade, "-o", Path.Combine(_folder, "shares.gif"));

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("the chart is written as .png or .svg");
    }
}
