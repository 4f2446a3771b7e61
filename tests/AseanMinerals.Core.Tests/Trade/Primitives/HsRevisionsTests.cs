using System.Text;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Tests.Trade.Primitives;

public class HsRevisionsTests
{
    // Comtrade's codes: H0 is HS 1992, H1 1996, H2 2002, H3 2007, H4 2012, H5 2017, H6 2022; HS is the edition as reported.
    [Theory]
    [InlineData("HS", HsRevision.AsReported)]
    [InlineData("H0", HsRevision.Hs1992)]
    [InlineData("H1", HsRevision.Hs1996)]
    [InlineData("H2", HsRevision.Hs2002)]
    [InlineData("H3", HsRevision.Hs2007)]
    [InlineData("H4", HsRevision.Hs2012)]
    [InlineData("H5", HsRevision.Hs2017)]
    [InlineData("H6", HsRevision.Hs2022)]
    public void Each_Comtrade_code_reads_as_its_edition_from_text_and_UTF8_and_writes_back(string code, HsRevision edition)
    {
        HsRevisions.TryParseComtradeCode(code, out var fromText).Should().BeTrue();
        HsRevisions.TryParseComtradeCode(Encoding.UTF8.GetBytes(code), out var fromUtf8).Should().BeTrue();

        (fromText, fromUtf8, edition.ToComtradeCode()).Should().Be((edition, edition, code));
    }

    [Theory]
    [InlineData("H7")]
    [InlineData("H")]
    [InlineData("h6")]
    [InlineData("S4")]
    [InlineData("H60")]
    [InlineData("")]
    public void Other_codes_are_no_edition(string code)
    {
        HsRevisions.TryParseComtradeCode(code, out _).Should().BeFalse();
        HsRevisions.TryParseComtradeCode(Encoding.UTF8.GetBytes(code), out _).Should().BeFalse();
    }
}
