using System.Text.Json;
using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Serialization;
using AseanMinerals.Core.Tests.Serialization;
using AseanMinerals.Core.Time;
using AseanMinerals.Core.Trade;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace AseanMinerals.Core.Tests.Properties;

/// <summary>
/// The value types read back what they write, for any value: codes, periods and dates through their text, and the cells
/// of any cube through JSON, so that a cube computed elsewhere rebuilds exactly.
/// </summary>
[Properties(MaxTest = 100)]
public class ValueTypeProperties
{
    [Property]
    public Property An_area_code_parses_back_from_its_text() =>
        Prop.ForAll(ModelGenerators.AreaCodes.ToArbitrary(), static code => AreaCode.Parse(code.ToString()) == code);

    [Property]
    public Property An_HS_code_parses_back_from_its_text() =>
        Prop.ForAll(ModelGenerators.HsCodes.ToArbitrary(), static code => HsCode.Parse(code.ToString()) == code);

    [Property]
    public Property A_trade_period_parses_back_from_its_text() =>
        Prop.ForAll(ModelGenerators.TradePeriods.ToArbitrary(), static period => TradePeriod.Parse(period.ToString()) == period);

    [Property]
    public Property An_area_code_reads_back_from_its_UTF8_form() =>
        Prop.ForAll(ModelGenerators.AreaCodes.ToArbitrary(), static code => ThroughUtf8(code) == code);

    [Property]
    public Property An_HS_code_reads_back_from_its_UTF8_form() =>
        Prop.ForAll(ModelGenerators.HsCodes.ToArbitrary(), static code => ThroughUtf8(code) == code);

    [Property]
    public Property A_trade_period_reads_back_from_its_UTF8_form() =>
        Prop.ForAll(ModelGenerators.TradePeriods.ToArbitrary(), static period => ThroughUtf8(period) == period);

    [Property]
    public Property Any_value_writes_the_same_text_in_UTF8_as_in_chars() =>
        Prop.ForAll(Gen.Zip(Gen.Zip(ModelGenerators.AreaCodes, ModelGenerators.HsCodes), ModelGenerators.TradePeriods).ToArbitrary(), static values =>
            SameText(values.Item1.Item1) && SameText(values.Item1.Item2) && SameText(values.Item2));

    [Property]
    public Property A_partial_date_parses_back_from_its_text() =>
        Prop.ForAll(ModelGenerators.PartialDates.ToArbitrary(), static date => PartialDate.Parse(date.ToString()) == date);

    [Property]
    public Property A_partial_date_range_parses_back_from_its_text() =>
        Prop.ForAll(ModelGenerators.PartialDateRanges.ToArbitrary(), static range => PartialDateRange.Parse(range.ToString()) == range);

    [Property]
    public Property The_cells_of_any_cube_travel_as_JSON_and_rebuild_a_cube_of_the_same_cells() =>
        Prop.ForAll(CubeGenerators.RecordSets.ToArbitrary(), static records =>
        {
            var cube = TradeCube.Build(records);
            var json = JsonSerializer.Serialize<IReadOnlyList<TradeCubeCell>>([.. cube.Cells], AseanMineralsJson.Options);
            var cells = JsonSerializer.Deserialize<IReadOnlyList<TradeCubeCell>>(json, AseanMineralsJson.Options)!;
            return cells.SequenceEqual(cube.Cells) && TradeCube.FromCells(cells).Cells.SequenceEqual(cube.Cells);
        });

    // Formats into UTF-8 and parses those bytes back, never going through chars.
    private static T ThroughUtf8<T>(T value)
        where T : IUtf8SpanFormattable, IUtf8SpanParsable<T>
    {
        Span<byte> buffer = stackalloc byte[16];
        return value.TryFormat(buffer, out var written, default, null) ? T.Parse(buffer[..written], null) : throw new InvalidOperationException("Did not fit 16 bytes.");
    }

    private static bool SameText<T>(T value)
        where T : IUtf8SpanFormattable
    {
        Span<byte> buffer = stackalloc byte[16];
        return value.TryFormat(buffer, out var written, default, null) && System.Text.Encoding.UTF8.GetString(buffer[..written]) == value.ToString();
    }
}
