using System.Globalization;
using System.Numerics;
using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Trade;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static AseanMinerals.Core.Tests.Aggregation.HandMadeRecords;

namespace AseanMinerals.Core.Tests.Aggregation;

/// <summary>Issue 11, case 8 (cube part): every cell sums its own values exactly, whatever their scales.</summary>
public class AnyScaleSumTests
{
    [Fact]
    public void A_float_artefact_beside_a_cell_above_396_billion_no_longer_overflows()
    {
        // Before: the cube kept one scale (17, from 0.30000000000000004) for every cell, and 500,000,000,000 at scale 17
        // is 5e28, beyond the 96 bits (3.96e28 signed) of a slot: OverflowException. By hand:
        // 500,000,000,000 + 0.30000000000000004 = 500,000,000,000.30000000000000004 (29 digits, inside decimal's range).
        var cube = TradeCube.Build(
        [
            Record(Indonesia, World, TradeFlow.Export, "TOTAL", 500_000_000_000m),
            Record(Indonesia, World, TradeFlow.Import, "TOTAL", 0.30000000000000004m),
        ]);

        var total = cube.TotalTrade(Y2018, AreaGroup.Of("Indonesia", Indonesia));

        total.Value.Should().Be(decimal.Parse("500000000000.30000000000000004", CultureInfo.InvariantCulture));
        total.Exports.Should().Be(500_000_000_000m);
        total.Imports.Should().Be(0.30000000000000004m);
    }

    [Fact]
    public void A_cell_whose_sum_outgrows_96_bits_at_its_scale_stays_exact()
    {
        // 20,000,000,000 + 2 x 0.0000000000000000000000000001 needs 2e38 at scale 28: beyond 128 bits. The cell leaves
        // the table for an exact big sum; any order and any split of the records give the same cell.
        TradeRecord[] records =
        [
            Record(Indonesia, World, TradeFlow.Export, "TOTAL", 20_000_000_000m),
            Record(Indonesia, World, TradeFlow.Export, "TOTAL", 0.0000000000000000000000000001m),
            Record(Indonesia, World, TradeFlow.Export, "TOTAL", 0.0000000000000000000000000001m),
        ];

        var forward = TradeCube.Build(records);
        var backward = TradeCube.Build([.. records.Reverse()]);
        var merged = TradeCube.Build(records[..1]).Merge(TradeCube.Build(records[1..]));

        // The decimal shown is rounded to decimal's 28-29 digits: 20,000,000,000.000000000000000000
        forward.Cells.Single().Value.Should().Be(20_000_000_000m);
        forward.Cells.Single().Should().Be(backward.Cells.Single());
        forward.Should().Be(backward);
        merged.Should().Be(forward);
        forward.Cells.Single().Records.Should().Be(3);
    }

    [Fact]
    public void Exact_totals_keep_every_digit_beyond_128_bits()
    {
        // 20,000,000,000 + 2 x 1e-28 = 20,000,000,000.0000000000000000000000000002, i.e. 2e38 + 2 at scale 28.
        var total = ExactTotal.Of(20_000_000_000m);
        total.Add(ExactTotal.Of(0.0000000000000000000000000001m));
        total.Add(ExactTotal.Of(0.0000000000000000000000000001m));

        total.IsBig.Should().BeTrue();
        total.MantissaAt(28).Should().Be((BigInteger.Parse("2", CultureInfo.InvariantCulture) * BigInteger.Pow(10, 38)) + 2);

        // Taking the big part away again brings it back to 128 bits, exactly 2e-28.
        total.Add(ExactTotal.Of(-20_000_000_000m));
        total.IsBig.Should().BeFalse();
        total.ToDecimal().Should().Be(0.0000000000000000000000000002m);
    }

    [Property(MaxTest = 300)]
    public Property The_exact_total_of_any_decimals_equals_their_sum_as_fractions() =>
        Prop.ForAll(ArbMap.Default.ArbFor<decimal[]>(), values =>
        {
            var total = default(ExactTotal);
            foreach (var value in values)
            {
                total.Add(ExactTotal.Of(value));
            }

            // Independently: each value as an integer over 10^28 from decimal.GetBits, added as big integers.
            var expected = values.Aggregate(BigInteger.Zero, static (sum, v) => sum + AtScale28(v));
            return total.MantissaAt(28) == expected;
        });

    private static BigInteger AtScale28(decimal value)
    {
        var bits = decimal.GetBits(value);
        var scale = (bits[3] >> 16) & 0xFF;
        var magnitude = ((BigInteger)(uint)bits[2] << 64) | ((BigInteger)(uint)bits[1] << 32) | (uint)bits[0];
        return (bits[3] < 0 ? -magnitude : magnitude) * BigInteger.Pow(10, 28 - scale);
    }
}
