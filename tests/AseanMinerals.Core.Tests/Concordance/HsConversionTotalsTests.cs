using System.Globalization;
using AseanMinerals.Core.Concordance;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;
using AseanMinerals.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace AseanMinerals.Core.Tests.Concordance;

public class HsConversionTotalsTests
{
    private static readonly HsRevision[] Editions = [.. Enumerable.Range(1, 7).Select(static e => (HsRevision)e)];

    // Every code of every edition at 6, 4 and 2 digits: the tables themselves, so every table is drawn from.
    private static readonly (HsRevision Edition, HsCode Code)[] Codes =
    [
        .. Editions.SelectMany(static e => HsCorrelationTables.Default.SubheadingsOf(e)
            .SelectMany(static c => new[] { c, c.Truncate(4), c.Truncate(2) }).Distinct().Select(c => (e, c))),
    ];

    private static readonly Gen<TradeRecord> Records =
        from code in Gen.Choose(0, Codes.Length - 1)
        from reporter in Gen.Choose(1, 3)
        from flow in Gen.Elements(TradeFlow.Import, TradeFlow.Export)
        from year in Gen.Choose(2020, 2022)
        from units in Gen.Choose(0, int.MaxValue)
        from scale in Gen.Choose(0, 7)
        select new TradeRecord(TradePeriod.Annual(year), new AreaCode(reporter), AreaCode.World, flow, Codes[code].Code, new decimal(units, units % 7, 0, false, (byte)scale))
        {
            Revision = Codes[code].Edition,
        };

    // Up to 20 records per case: a record of a large n:n group (chapters 84/85 between distant editions) becomes hundreds
    // of parts, and the suite must stay fast.
    [Property(MaxTest = 30)]
    public Property Every_conversion_keeps_the_sum_per_reporter_partner_flow_and_period() =>
        Prop.ForAll(
            (from count in Gen.Choose(0, 20)
             from records in Records.ArrayOf(count)
             from target in Gen.Elements(Editions)
             from mode in Gen.Elements(Enum.GetValues<HsSplitMode>())
             select (Records: records.ToList(), Target: target, Mode: mode)).ToArbitrary(),
            input =>
            {
                var (records, target, mode) = input;
                var result = new HsConverter(target, mode).Convert(records);
                return Sums(records).SequenceEqual(Sums(result.TradeRecords))
                    && result.Records.Where(r => r.IsConverted).All(r => r.Record.Revision == target)
                    && result.Issues.Count == 0;
            });

    // The streamed form (ConvertEach: records in, records out, weights from a pass over the data first) over the same
    // inputs: the same sums, and exactly the records the list form gives.
    [Property(MaxTest = 30)]
    public Property Every_streamed_conversion_keeps_the_sums_and_gives_what_the_list_gives() =>
        Prop.ForAll(
            (from count in Gen.Choose(0, 20)
             from records in Records.ArrayOf(count)
             from target in Gen.Elements(Editions)
             from mode in Gen.Elements(Enum.GetValues<HsSplitMode>())
             select (Records: records.ToList(), Target: target, Mode: mode)).ToArbitrary(),
            input =>
            {
                var (records, target, mode) = input;
                var converter = new HsConverter(target, mode);
                var tally = new HsConversionTally();
                var weights = mode == HsSplitMode.TradeWeighted ? HsTradeWeights.From(records, target) : null;
                var streamed = converter.ConvertEach(records, tally, weights).ToList();
                var listed = new HsConverter(target, mode).Convert(records);
                return Sums(records).SequenceEqual(Sums(streamed.Select(static r => r.Record)))
                    && streamed.SequenceEqual(listed.Records)
                    && tally.RecordsRead == records.Count && tally.RecordsWritten == streamed.Count
                    && tally.ConvertedRecords == listed.ConvertedRecords && tally.ValueMovedBetweenCodes == listed.ValueMovedBetweenCodes;
            });

    [Fact]
    public void The_cement_clinker_series_1988_to_2020_converts_to_HS_2022_with_every_year_total_kept()
    {
        // comtrade.csv: 252310 in H0..H5 (1988-2020). Expected sums per year are read from the file itself, independently
        // of the converter: the sum of "Trade Value (US$)" over all rows of that year.
        var path = SharedDataFolder.File("comtrade_legacy_hs252310_cement_clinker/comtrade.csv");
        var lines = File.ReadAllLines(path).Skip(1).Select(SplitCsv).ToList();
        var expected = lines.GroupBy(static c => int.Parse(c[1], CultureInfo.InvariantCulture))
            .ToDictionary(static g => g.Key, static g => g.Sum(static c => decimal.Parse(c[31], CultureInfo.InvariantCulture)));
        var records = lines.Select(static c => new TradeRecord(
            TradePeriod.Annual(int.Parse(c[1], CultureInfo.InvariantCulture)),
            AreaCode.Parse(c[8]),
            AreaCode.Parse(c[11]),
            TradeFlows.TryParseComtradeCode(c[7], out var flow) ? flow : throw new FormatException(c[7]),
            HsCode.Parse(c[21]),
            decimal.Parse(c[31], CultureInfo.InvariantCulture))
        {
            Revision = HsRevisions.TryParseComtradeCode(c[0], out var revision) ? revision : throw new FormatException(c[0]),
        }).ToList();
        expected.Keys.Should().Contain([1988, 2020]);
        records.Select(static r => r.Revision).Distinct().Should().BeEquivalentTo([HsRevision.Hs1992, HsRevision.Hs1996, HsRevision.Hs2002, HsRevision.Hs2007, HsRevision.Hs2012, HsRevision.Hs2017]);

        foreach (var mode in Enum.GetValues<HsSplitMode>())
        {
            var result = new HsConverter(HsRevision.Hs2022, mode).Convert(records);
            result.Records.GroupBy(static r => r.Record.Period.Year).ToDictionary(static g => g.Key, static g => g.Sum(static r => r.Record.Value))
                .Should().Equal(expected);
            result.Records.Should().OnlyContain(static r => r.IsConverted && r.Record.Commodity == HsCode.Parse("252310") && r.Record.Revision == HsRevision.Hs2022);
            result.ConvertedRecords.Should().Be(lines.Count);
            result.ValueMovedBetweenCodes.Should().Be(0m); // 252310 is 1:1 in every edition
        }
    }

    // Comma-separated with double quotes around fields that hold commas ("Korea, Rep."); no field of this file holds a quote.
    private static string[] SplitCsv(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return [.. fields];
    }

    private static List<(AreaCode, AreaCode, TradeFlow, TradePeriod, decimal)> Sums(IEnumerable<TradeRecord> records) =>
    [
        .. records.GroupBy(static r => (r.Reporter, r.Partner, r.Flow, r.Period))
            .Select(static g => (g.Key.Reporter, g.Key.Partner, g.Key.Flow, g.Key.Period, g.Sum(static r => r.Value)))
            .OrderBy(static s => s.Reporter.Value).ThenBy(static s => s.Partner.Value).ThenBy(static s => s.Flow).ThenBy(static s => s.Period),
    ];
}
