using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Tests.Trade.Primitives;

public class HsConversionTableTests
{
    // The table is process-wide and other tests add to it: each test uses source codes of its own (HS 9701-9706, works
    // of art, which no other test converts) and asserts on handles, never on the table's count.
    private static HsConversion Conversion(string source, decimal weight) => new(HsCode.Parse(source, null), HsRevision.Hs2007, weight);

    [Fact]
    public void The_same_value_gets_the_same_handle_and_reads_back()
    {
        var first = HsConversionTable.HandleOf(Conversion("970110", 0.125m));
        var again = HsConversionTable.HandleOf(Conversion("970110", 0.125m));

        again.Should().Be(first);
        first.Should().NotBe(HsConversionTable.None);
        HsConversionTable.ValueOf(first).Should().Be(Conversion("970110", 0.125m));
    }

    [Fact]
    public void Values_differing_in_code_edition_weight_or_trailing_zeros_get_different_handles()
    {
        var handles = new[]
        {
            HsConversionTable.HandleOf(Conversion("970200", 0.5m)),
            HsConversionTable.HandleOf(Conversion("970300", 0.5m)),
            HsConversionTable.HandleOf(Conversion("970200", 0.5m) with { SourceRevision = HsRevision.Hs2012 }),
            HsConversionTable.HandleOf(Conversion("970200", 0.25m)),
            HsConversionTable.HandleOf(Conversion("970200", 0.50m)), // the same number, written with a trailing zero: kept as written
        };

        handles.Should().OnlyHaveUniqueItems();
        HsConversionTable.ValueOf(handles[4]).Weight.ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be("0.50");
    }

    [Fact]
    public void Concurrent_adds_of_the_same_values_agree_on_one_handle_each_and_every_handle_reads_its_value()
    {
        // 4 threads add the same 2,000 values (enough to grow the table's array several times) in different orders.
        const int Distinct = 2_000;
        var values = Enumerable.Range(1, Distinct).Select(static i => Conversion("9704" + (i % 2 == 0 ? "00" : "10"), i / 10_000m)).ToArray();
        var handles = new int[4][];
        Parallel.For(0, 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, thread =>
        {
            var order = thread % 2 == 0 ? values : [.. values.Reverse()];
            var mine = order.Select(static v => HsConversionTable.HandleOf(v)).ToArray();
            handles[thread] = thread % 2 == 0 ? mine : [.. mine.Reverse()];
        });

        foreach (var threadHandles in handles)
        {
            threadHandles.Should().Equal(handles[0]);
        }

        handles[0].Should().OnlyHaveUniqueItems();
        handles[0].Select(HsConversionTable.ValueOf).Should().Equal(values);
    }
}
