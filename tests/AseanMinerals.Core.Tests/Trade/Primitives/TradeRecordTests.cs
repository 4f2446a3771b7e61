using System.Runtime.CompilerServices;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Tests.Trade.Primitives;

public class TradeRecordTests
{
    private static readonly TradeRecord ChinaImportsFromWorld2022 = new(
        TradePeriod.Annual(2022), new AreaCode(156), AreaCode.World, TradeFlow.Import, HsCode.Total, 2715997517261m);

    [Fact]
    public void A_record_takes_64_bytes_one_cache_line_so_ten_million_fit_in_about_640_MB()
    {
        Unsafe.SizeOf<TradeRecord>().Should().Be(64);
    }

    [Fact]
    public void A_record_holds_no_GC_reference_even_with_a_conversion()
    {
        // A reference in the record would make every copy of it (the JSON readers set members through `ref`) a GC write.
        RuntimeHelpers.IsReferenceOrContainsReferences<TradeRecord>().Should().BeFalse();
    }

    [Fact]
    public void A_conversion_reads_back_as_given_to_the_last_digit_and_null_removes_it()
    {
        var third = new HsConversion(HsCode.Parse("810890", null), HsRevision.Hs2012, 0.3333333333333333333333333333m);
        var withTrailingZero = third with { Weight = 0.50m };

        var converted = ChinaImportsFromWorld2022 with { Conversion = third };
        var half = ChinaImportsFromWorld2022 with { Conversion = withTrailingZero };

        converted.Conversion.Should().Be(third);
        half.Conversion!.Value.Weight.ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be("0.50");
        ChinaImportsFromWorld2022.Conversion.Should().BeNull();
        (converted with { Conversion = null }).Conversion.Should().BeNull();
        (converted with { Conversion = null }).Should().Be(ChinaImportsFromWorld2022);
    }

    [Fact]
    public void Records_whose_conversions_differ_only_in_trailing_zeros_are_equal_as_before_and_hash_alike()
    {
        // decimal equality: 0.5 and 0.50 are the same number; the record keeps each as written but compares them as numbers.
        var source = HsCode.Parse("2603", null);
        var a = ChinaImportsFromWorld2022 with { Conversion = new HsConversion(source, HsRevision.Hs2017, 0.5m) };
        var b = ChinaImportsFromWorld2022 with { Conversion = new HsConversion(source, HsRevision.Hs2017, 0.50m) };
        var c = ChinaImportsFromWorld2022 with { Conversion = new HsConversion(source, HsRevision.Hs2017, 0.25m) };

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.Should().NotBe(c);
        a.Should().NotBe(ChinaImportsFromWorld2022);
    }

    [Fact]
    public void The_value_keeps_every_decimal_digit()
    {
        var record = ChinaImportsFromWorld2022 with { Value = 1588852981506.719m };

        record.Value.Should().Be(1588852981506.719m);
        record.Value.ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be("1588852981506.719");
    }

    [Fact]
    public void Optional_measures_are_absent_until_given_and_zero_is_a_value()
    {
        ChinaImportsFromWorld2022.NetWeightKg.Should().BeNull();
        ChinaImportsFromWorld2022.Quantity.Should().BeNull();
        ChinaImportsFromWorld2022.QuantityUnitCode.Should().BeNull();

        var weighed = ChinaImportsFromWorld2022 with { NetWeightKg = 0, Quantity = 12.5, QuantityUnitCode = 8 };

        weighed.NetWeightKg.Should().Be(0);
        weighed.Quantity.Should().Be(12.5);
        weighed.QuantityUnitCode.Should().Be(8);
        (weighed with { NetWeightKg = null }).NetWeightKg.Should().BeNull();
    }

    [Fact]
    public void Records_with_the_same_fields_are_equal_and_a_different_weight_makes_them_differ()
    {
        var copy = new TradeRecord(TradePeriod.Annual(2022), new AreaCode(156), AreaCode.World, TradeFlow.Import, HsCode.Total, 2715997517261m);

        copy.Should().Be(ChinaImportsFromWorld2022);
        (copy with { NetWeightKg = 1 }).Should().NotBe(ChinaImportsFromWorld2022);
    }

    [Fact]
    public void A_breakdown_by_customs_procedure_is_marked_as_a_breakdown()
    {
        ChinaImportsFromWorld2022.IsBreakdown.Should().BeFalse();

        var c01 = ChinaImportsFromWorld2022 with { Breakdown = new TradeBreakdown(AreaCode.World, 1, 0) };

        c01.IsBreakdown.Should().BeTrue();
        c01.Breakdown.CustomsProcedureCode.Should().Be("C01");
    }

    [Fact]
    public void ToString_reads_as_one_line_with_codes()
    {
        ChinaImportsFromWorld2022.ToString().Should().Be("2022 156->000 M TOTAL US$2715997517261");
    }
}
