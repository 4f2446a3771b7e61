using System.Text.Json;
using AseanMinerals.Core.Production;

namespace AseanMinerals.Cli.Production;

/// <summary>
/// The production report as JSON (schema <c>Schema/production-report.schema.json</c>): amounts are exact decimals in the
/// row's unit, shares are fractions; a figure the data cannot give is null and the notes say why.
/// </summary>
internal static class ProductionJson
{
    public const string SchemaId = "urn:asean-minerals:schema:production-report:1";

    public static void Write(Stream stream, ProductionReport report)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("$schema", SchemaId);
        json.WriteString("schemaVersion", "1.0");
        json.WriteString("group", report.Group);
        json.WriteString("vintages", report.Vintages);
        json.WriteStartArray("sources");
        foreach (var source in report.Sources)
        {
            json.WriteStartObject();
            json.WriteString("file", source.Source);
            Strings(json, "releases", source.Releases);
            json.WriteNumber("files", source.Files);
            json.WriteNumber("rowsRead", source.RowsRead);
            json.WriteNumber("countryRows", source.CountryRows);
            json.WriteNumber("setAside", source.SetAside);
            json.WriteNumber("rejected", source.Rejected);
            json.WriteNumber("figures", source.Figures);
            json.WriteStartObject("setAsideByReason");
            foreach (var (reason, count) in source.SetAsideByReason)
            {
                json.WriteNumber(JsonNamingPolicy.CamelCase.ConvertName(reason.ToString()), count);
            }

            json.WriteEndObject();
            json.WriteStartObject("rejectedByRule");
            foreach (var (rule, count) in source.RejectedByRule)
            {
                json.WriteNumber(rule, count);
            }

            json.WriteEndObject();
            Strings(json, "unknownCountryNames", source.UnknownCountryNames);
            Strings(json, "issues", source.Issues.Issues.Select(static i => i.ToString()));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("series");
        foreach (var row in report.Rows)
        {
            Series(json, row);
        }

        json.WriteEndArray();
        json.WriteStartArray("revisions");
        foreach (var revision in report.Revisions)
        {
            json.WriteStartObject();
            json.WriteString("commodity", revision.Later.Commodity.Id);
            json.WriteString("area", revision.Later.Area.ToString());
            json.WriteString("areaName", revision.Later.AreaName);
            json.WriteNumber("year", revision.Later.Year);
            Figure(json, "earlier", revision.Earlier);
            Figure(json, "later", revision.Later);
            Decimal(json, "change", revision.Change);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Series(Utf8JsonWriter json, ProductionReportRow row)
    {
        var s = row.Share;
        json.WriteStartObject();
        json.WriteString("commodity", s.Series.Commodity.Id);
        json.WriteString("commodityName", s.Series.Commodity.Name);
        json.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(s.Series.Kind.ToString()));
        json.WriteString("stage", JsonNamingPolicy.CamelCase.ConvertName(s.Series.Stage.ToString()));
        json.WriteString("measure", s.Series.Measure);
        json.WriteNumber("year", s.Series.Year);
        json.WriteString("release", s.Series.Release);
        json.WriteString("unit", s.Unit.Name);
        Decimal(json, "groupAmount", s.GroupAmount);
        Decimal(json, "publishedWorldTotal", s.PublishedWorldTotal);
        Decimal(json, "shareOfPublishedTotal", s.ShareOfPublishedTotal);
        json.WriteNumber("rowSum", s.RowSum);
        json.WriteNumber("rowsWithoutNumber", s.RowsWithoutNumber);
        Decimal(json, "shareOfRowSum", s.ShareOfRowSum);
        Strings(json, "members", s.Members.Select(static m => m.ToString()));
        Strings(json, "membersWithFigures", s.MembersWithFigures.Select(static m => m.ToString()));
        Strings(json, "membersWithoutNumber", s.MembersWithoutNumber.Select(static m => m.ToString()));
        json.WriteBoolean("estimated", s.IsEstimated);
        if (row.TopProducer is { } top)
        {
            json.WriteStartObject("largestProducer");
            Rank(json, top);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("largestProducer");
        }

        json.WriteStartArray("memberRanks");
        foreach (var rank in row.MemberRanks)
        {
            json.WriteStartObject();
            Rank(json, rank);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Decimal(json, "hhi", row.Concentration.Index is { } i ? Math.Round(i, 4) : null);
        if (row.Trade is { } trade)
        {
            json.WriteStartObject("tradeBeside");
            Strings(json, "hsCodes", trade.HsCodes.Select(static c => c.ToString()));
            json.WriteString("flow", JsonNamingPolicy.CamelCase.ConvertName(trade.Flow.ToString()));
            Decimal(json, "valueUsd", trade.ValueUsd);
            Decimal(json, "netWeightTonnes", trade.NetWeightTonnes);
            json.WriteNumber("records", trade.Records);
            json.WriteNumber("recordsWithoutWeight", trade.RecordsWithoutWeight);
            Strings(json, "reportersWithTrade", trade.ReportersWithTrade.Select(static c => c.ToString()));
            json.WriteString("unitQuestion", trade.UnitQuestion);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("tradeBeside");
        }

        Strings(json, "notes", s.Notes);
        json.WriteEndObject();
    }

    private static void Rank(Utf8JsonWriter json, ProductionRank rank)
    {
        json.WriteNumber("rank", rank.Rank);
        json.WriteString("area", rank.Area.ToString());
        json.WriteString("name", rank.AreaName);
        json.WriteNumber("amount", rank.Amount);
        json.WriteNumber("shareOfCountrySum", rank.ShareOfCountrySum);
    }

    private static void Figure(Utf8JsonWriter json, string name, ProductionRecord figure)
    {
        json.WriteStartObject(name);
        json.WriteString("release", figure.Release);
        json.WriteString("measure", figure.Measure);
        Decimal(json, "amount", figure.Amount);
        json.WriteString("unit", figure.Unit.Name);
        json.WriteBoolean("estimated", figure.IsEstimated);
        json.WriteEndObject();
    }

    private static void Decimal(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
