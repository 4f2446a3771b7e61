using AseanMinerals.Core.Trade;
using AseanMinerals.Testing;

namespace AseanMinerals.Core.Tests.Testing;

public class TradeRecordGeneratorTests
{
    private static readonly TradeRecordGenerator Generator = new(seed: 2018);

    [Fact]
    public void The_same_seed_gives_the_same_records()
    {
        var again = new TradeRecordGenerator(seed: 2018);

        again.Generate(5_000).Should().Equal(Generator.Generate(5_000));
        again.RecordAt(123_456_789).Should().Be(Generator.RecordAt(123_456_789));
    }

    [Fact]
    public void Another_seed_gives_other_records()
    {
        new TradeRecordGenerator(seed: 1).Generate(100).Should().NotEqual(Generator.Generate(100));
    }

    [Fact]
    public void No_two_records_share_a_key()
    {
        var keys = Generator.Generate(300_000).Select(r => (r.Period, r.Reporter, r.Partner, r.Flow, r.Commodity)).ToList();

        keys.Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Records_are_valid_trade_records_of_the_members_over_twenty_years()
    {
        var records = Generator.Generate(20_000).ToList();

        // 11 reporters x (partner countries - the reporter itself) x 1,000 codes x 20 years x 2 flows
        Generator.KeySpace.Should().Be(11L * (Generator.Partners.Count - 1) * 1_000 * 20 * 2);
        records.Select(r => r.Reporter).Distinct().Should().HaveCount(11);
        records.Should().OnlyContain(r => r.Reporter != r.Partner && r.Value > 0 && r.Flow.IsTotal());
        records.Select(r => r.Period.Year).Should().OnlyContain(y => y >= 2005 && y <= 2024);
        records.Should().Contain(r => decimal.Round(r.Value) != r.Value, "values carry cents");
    }
}
