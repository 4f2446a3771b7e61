using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Serialization;
using AseanMinerals.Core.Trade;
using AseanMinerals.Core.TradeSources;
using AseanMinerals.Core.Validation;
using NodaTime;

namespace AseanMinerals.Core.Tests.Trade;

public class TradeRecordValidatorTests
{
    private static readonly AreaCode Indonesia = new(360);
    private static readonly AreaCode Malaysia = new(458);

    // Today is 15 March 2026 for every test: 2018 has ended, 2026 has not, 2027 has not begun.
    private static readonly TradeRecordValidator Validator = new(new FixedClock(Instant.FromUtc(2026, 3, 15, 12, 0)));

    private static TradeRecord Valid => new(TradePeriod.Annual(2018), Indonesia, Malaysia, TradeFlow.Export, HsCode.Parse("260111"), 1_588_852_981_506.719m)
    {
        Revision = HsRevision.Hs2017,
    };

    [Fact]
    public async Task A_source_is_checked_as_it_streams_with_each_issue_at_its_line_and_duplicates_pointing_at_the_first()
    {
        // Line 1 valid, line 2 blank, line 3 not JSON, line 4 negative value (rejected by the reader, as every trade reader
        // does, with the validator's rule), line 5 the same key as line 1 (no final line break).
        var valid = AseanMineralsJson.Serialize(Valid);
        var text = valid + "\n\n{\n" + AseanMineralsJson.Serialize(Valid with { Partner = new AreaCode(96), Value = -1m }) + "\n" + valid;
        var source = AseanMineralsJson.ReadTradeRecordLines(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), new TradeSourceOptions { OnInvalidRow = InvalidRowHandling.Collect, SourceName = "t.jsonl" });

        var summary = await Validator.ValidateAsync(source);

        summary.Issues.Issues.Select(static i => (i.Code, i.Line, i.Path)).Should().Equal(
            ("AMC4001", (long?)3, "$"), ("AMC2001", (long?)4, "$.value"), ("AMC2009", (long?)5, string.Empty));
        summary.Issues.Issues[2].Message.Should().Contain("line 1");
        summary.Issues.Issues.Should().OnlyContain(static i => i.Source == "t.jsonl");
        (summary.RowsRead, summary.Records, summary.Rejected, summary.BlankLines).Should().Be((4L, 2L, 2L, 1L));
    }

    [Fact]
    public async Task A_source_with_more_issues_than_the_limit_lists_the_first_and_counts_every_one()
    {
        // 50 lines, each a record whose partner is its reporter (AMC2004, a note), every one a distinct key (its own year).
        var lines = string.Join("\n", Enumerable.Range(1950, 50).Select(year => AseanMineralsJson.Serialize(Valid with { Period = TradePeriod.Annual(year), Partner = Indonesia })));
        var source = AseanMineralsJson.ReadTradeRecordLines(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(lines)));

        var summary = await Validator.ValidateAsync(source, maxIssues: 10);

        summary.Issues.Issues.Should().HaveCount(10);
        summary.Issues.Issues.Select(static i => i.Line).Should().Equal(Enumerable.Range(1, 10).Select(static l => (long?)l));
        summary.IssuesNotListed.Should().Be(40);
        summary.IssuesByRule.Should().Equal(new Dictionary<string, long> { ["AMC2004"] = 50 });
    }

    [Fact]
    public async Task A_validator_with_a_shared_guard_finds_a_key_of_an_earlier_source_naming_its_place()
    {
        // The same record in a.jsonl (line 1) and b.jsonl (line 2, after another key): by hand, one AMC2009, in b at line 2.
        var validator = new TradeRecordValidator(new FixedClock(Instant.FromUtc(2026, 3, 15, 12, 0))) { Duplicates = new DuplicateTradeGuard(DuplicateTradeRule.KeepFirst) };
        var line = AseanMineralsJson.Serialize(Valid);
        var other = AseanMineralsJson.Serialize(Valid with { Partner = new AreaCode(96) });

        var first = await validator.ValidateAsync(Lines(line, "a.jsonl"));
        var second = await validator.ValidateAsync(Lines(other + "\n" + line, "b.jsonl"));

        first.Issues.Issues.Should().BeEmpty();
        var issue = second.Issues.Issues.Should().ContainSingle().Subject;
        (issue.Code, issue.Source, issue.Line).Should().Be(("AMC2009", "b.jsonl", (long?)2));
        issue.Message.Should().Contain("same key as the record of a.jsonl:1 ");
        (await Validator.ValidateAsync(Lines(line, "b.jsonl"))).Issues.Issues.Should().BeEmpty(); // without a shared guard: each source alone

        static ITradeRecordSource Lines(string text, string name) =>
            AseanMineralsJson.ReadTradeRecordLines(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), new TradeSourceOptions { SourceName = name });
    }

    [Fact]
    public void A_valid_record_has_no_issue()
    {
        Validator.Validate([Valid]).Issues.Should().BeEmpty();
    }

    [Fact]
    public void A_code_its_edition_does_not_have_is_an_AMC2020_warning_naming_code_and_edition()
    {
        // 811269 (cadmium, other) is new in HS 2022 (UNSD HS 2022 -> HS 2017 table: it came from 810720 and 810790).
        var issue = Validator.Validate([Valid with { Commodity = HsCode.Parse("811269") }]).Issues.Should().ContainSingle().Subject;

        issue.Code.Should().Be("AMC2020");
        issue.Severity.Should().Be(ValidationSeverity.Warning);
        issue.Message.Should().Be("The HS code 811269 is not a code of H5 (in HS 2022: Cadmium; other than waste and scrap): it is kept, and a conversion to another edition leaves it unconverted.");
        Validator.Validate([Valid with { Commodity = HsCode.Parse("811269"), Revision = HsRevision.Hs2022 }]).Issues.Should().BeEmpty();
    }

    [Fact]
    public void A_negative_value_is_AMC2001_at_its_value()
    {
        var issue = Validator.Validate([Valid with { Value = -0.01m }]).Issues.Should().ContainSingle().Subject;

        issue.Code.Should().Be("AMC2001");
        issue.Path.Should().Be("records[0].value");
        issue.IsError.Should().BeTrue();
    }

    [Theory]
    [InlineData(double.NaN, "netWeightKg")]
    [InlineData(double.PositiveInfinity, "netWeightKg")]
    [InlineData(-1.0, "quantity")]
    public void A_non_finite_or_negative_measure_is_AMC2002(double value, string member)
    {
        var record = member == "netWeightKg" ? Valid with { NetWeightKg = value } : Valid with { Quantity = value };

        var issue = Validator.Validate([record]).Issues.Should().ContainSingle().Subject;

        issue.Code.Should().Be("AMC2002");
        issue.Path.Should().Be($"records[0].{member}");
    }

    [Fact]
    public void An_unknown_partner_code_is_an_AMC2003_warning_and_the_record_stays_valid()
    {
        var result = Validator.Validate([Valid with { Partner = new AreaCode(999) }]);

        var issue = result.Issues.Should().ContainSingle().Subject;
        issue.Code.Should().Be("AMC2003");
        issue.Severity.Should().Be(ValidationSeverity.Warning);
        issue.Path.Should().Be("records[0].partner");
        result.IsValid.Should().BeTrue();
    }

    [Fact]
    public void A_validator_with_its_own_area_catalogue_judges_codes_against_it()
    {
        // A catalogue of Indonesia alone: Malaysia (458), in the library's catalogue, is unknown to this one.
        var indonesiaOnly = new TradeAreaCatalog(TradeAreaCatalog.Default.Where(static a => a.Code == Indonesia));
        var validator = new TradeRecordValidator(new FixedClock(Instant.FromUtc(2026, 3, 15, 12, 0)), indonesiaOnly, HsNomenclature.Default);

        var issue = validator.Validate([Valid]).Issues.Should().ContainSingle().Subject;

        issue.Code.Should().Be("AMC2003");
        issue.Path.Should().Be("records[0].partner");
    }

    [Fact]
    public void A_reporter_trading_with_itself_is_the_AMC2004_note_of_a_re_import_not_an_error()
    {
        var issue = Validator.Validate([Valid with { Partner = Indonesia }]).Issues.Should().ContainSingle().Subject;

        issue.Code.Should().Be("AMC2004");
        issue.Severity.Should().Be(ValidationSeverity.Information);
        issue.Message.Should().Contain("re-imports");
        issue.Path.Should().Be("records[0].partner");
    }

    [Theory]
    [InlineData("2601A1")]
    [InlineData("260")]
    [InlineData("001234")]
    [InlineData("total")]
    public void Malformed_HS_code_text_is_AMC2005(string text)
    {
        var issue = TradeRecordValidator.CheckHsCodeText(text, "records[4].commodity", out _);

        issue.Should().NotBeNull();
        issue!.Code.Should().Be("AMC2005");
        issue.Path.Should().Be("records[4].commodity");
    }

    [Fact]
    public void Well_formed_HS_code_text_passes_AMC2005()
    {
        TradeRecordValidator.CheckHsCodeText("252310", "x", out var code).Should().BeNull();
        code.Should().Be(HsCode.Parse("252310"));
    }

    [Fact]
    public void A_code_in_reserved_chapter_77_is_AMC2006_in_every_edition()
    {
        var issue = Validator.Validate([Valid with { Commodity = HsCode.Parse("7701"), Revision = HsRevision.Hs1992 }]).Issues.Should().ContainSingle().Subject;

        issue.Code.Should().Be("AMC2006");
        issue.Path.Should().Be("records[0].commodity");
        issue.Message.Should().Contain("H0");
    }

    [Fact]
    public void Comtrade_chapter_99_is_accepted_but_chapter_98_is_AMC2006()
    {
        Validator.Validate([Valid with { Commodity = HsCode.Parse("9999") }]).Issues.Should().BeEmpty();
        Validator.Validate([Valid with { Commodity = HsCode.Parse("98") }]).Issues.Should().ContainSingle().Which.Code.Should().Be("AMC2006");
    }

    [Fact]
    public void A_period_that_starts_after_today_is_AMC2007()
    {
        var issue = Validator.Validate([Valid with { Period = TradePeriod.Annual(2027) }]).Issues.Should().ContainSingle().Subject;

        issue.Code.Should().Be("AMC2007");
        issue.Path.Should().Be("records[0].period");
    }

    [Fact]
    public void A_period_still_running_is_an_AMC2008_warning()
    {
        var issue = Validator.Validate([Valid with { Period = TradePeriod.Monthly(2026, 3) }]).Issues.Should().ContainSingle().Subject;

        issue.Code.Should().Be("AMC2008");
        issue.Severity.Should().Be(ValidationSeverity.Warning);
    }

    [Fact]
    public void The_same_key_twice_is_AMC2009_naming_the_first()
    {
        var other = Valid with { Partner = new AreaCode(156) };
        var result = Validator.Validate([Valid, other, Valid with { Value = 1m, Revision = HsRevision.Hs2012 }]);

        var issue = result.Issues.Should().ContainSingle().Subject;
        issue.Code.Should().Be("AMC2009");
        issue.Path.Should().Be("records[2]");
        issue.Message.Should().Contain("records[0]");
    }

    [Fact]
    public void A_breakdown_row_beside_its_aggregate_is_no_duplicate()
    {
        var breakdown = Valid with { Breakdown = new TradeBreakdown(AreaCode.World, 0, 2100) };

        Validator.Validate([Valid, breakdown]).Issues.Should().BeEmpty();
    }

    [Fact]
    public void Every_trade_rule_is_in_the_catalogue_with_a_unique_code()
    {
        ValidationRules.All.Should().Contain(TradeRules.All);
        ValidationRules.All.Select(r => r.Code).Should().OnlyHaveUniqueItems();
        TradeRules.All.Should().OnlyContain(r => r.Code.StartsWith("AMC2", StringComparison.Ordinal));
    }

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
