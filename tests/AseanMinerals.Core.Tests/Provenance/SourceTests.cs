using AseanMinerals.Core.Provenance;

namespace AseanMinerals.Core.Tests.Provenance;

public class SourceTests
{
    [Fact]
    public void A_source_needs_an_absolute_web_address()
    {
        var act = () => new Source("A title", new Uri("/relative", UriKind.Relative));

        act.Should().Throw<ArgumentException>().WithParameterName("url");
    }

    [Fact]
    public void A_source_needs_a_title()
    {
        var act = () => new Source(" ", new Uri("https://asean.org/"));

        act.Should().Throw<ArgumentException>().WithParameterName("title");
    }

    [Fact]
    public void ToString_gives_title_and_address()
    {
        new Source("ASEAN Secretariat", new Uri("https://asean.org/")).ToString().Should().Be("ASEAN Secretariat <https://asean.org/>");
    }
}
