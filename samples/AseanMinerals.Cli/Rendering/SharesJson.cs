using System.Text.Encodings.Web;
using System.Text.Json;
using AseanMinerals.Cli.Input;
using AseanMinerals.Cli.Shares;
using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Trade;
using AseanMinerals.Core.TradeSources;

namespace AseanMinerals.Cli.Rendering;

/// <summary>
/// The shares report as one JSON document, written member by member so that its shape is exactly the committed schema
/// (<c>Schema/shares-report.schema.json</c>): exact decimals, null with an <c>absentReason</c> where the data gives no figure.
/// Apostrophes and plus signs stay as they are: the document is data for files and pipes, never embedded in HTML.
/// </summary>
internal static class SharesJson
{
    public const string SchemaId = "urn:asean-minerals:schema:shares-report:1";

    public static void Write(Stream output, SharesReport report)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("$schema", SchemaId);
        json.WriteString("schemaVersion", "1.3");
        json.WriteString("period", report.Period);
        json.WriteString("scope", report.Scope);
        json.WriteString("membershipBasis", report.Membership);
        json.WriteString("flowsIncluded", report.Flows);
        json.WriteString("partnerGroup", report.PartnerGroup);
        json.WriteString("currency", "USD");
        json.WriteStartArray("sources");
        foreach (var source in report.Sources)
        {
            Source(json, source);
        }

        json.WriteEndArray();
        if (report.MonthlyPeriodsNotUsed.Count > 0)
        {
            json.WriteStartArray("monthlyPeriodsNotUsed");
            foreach (var period in report.MonthlyPeriodsNotUsed)
            {
                json.WriteStringValue(period);
            }

            json.WriteEndArray();
        }

        json.WriteStartArray("reporters");
        foreach (var reporter in report.Reporters)
        {
            Reporter(json, reporter);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Source(Utf8JsonWriter json, TradeSourceSummary source)
    {
        json.WriteStartObject();
        json.WriteString("file", source.Source);
        json.WriteString("format", source.Format);
        json.WriteNumber("rowsRead", source.RowsRead);
        json.WriteNumber("records", source.Records);
        json.WriteNumber("duplicatesLeftOut", source.DuplicatesLeftOut);
        json.WriteNumber("setAside", source.SetAside);
        json.WriteNumber("rejected", source.Rejected);
        Counts(json, "setAsideByReason", source.SetAsideByReason.Where(static p => p.Value > 0).ToDictionary(static p => p.Key.ToString(), static p => p.Value));
        Counts(json, "rejectedByRule", source.RejectedByRule);
        json.WriteEndObject();
    }

    private static void Counts(Utf8JsonWriter json, string name, IReadOnlyDictionary<string, long> counts)
    {
        json.WriteStartObject(name);
        foreach (var (key, count) in counts)
        {
            json.WriteNumber(key, count);
        }

        json.WriteEndObject();
    }

    private static void Reporter(Utf8JsonWriter json, ReporterShares reporter)
    {
        json.WriteStartObject();
        json.WriteString("reporter", reporter.Reporter);
        json.WriteStartArray("reporterCodes");
        foreach (var code in reporter.ReporterCodes)
        {
            json.WriteStringValue(code);
        }

        json.WriteEndArray();
        Amount(json, "totalTrade", reporter.TotalTrade);
        Amount(json, "mineralsTrade", reporter.MineralsTrade);
        Ratio(json, "mineralsShareOfTotal", reporter.MineralsShareOfTotal);
        json.WriteStartArray("partnerGroupShares");
        foreach (var group in reporter.PartnerGroupShares)
        {
            json.WriteStartObject();
            json.WriteString("direction", group.Direction);
            Ratio(json, "ofTotalTrade", group.OfTotalTrade);
            Ratio(json, "ofMineralsTrade", group.OfMineralsTrade);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("byMemberState");
        json.WriteString("absentReason", reporter.ByMemberStateAbsentReason);
        json.WriteStartArray("members");
        foreach (var member in reporter.ByMemberState)
        {
            json.WriteStartObject();
            json.WriteString("code", member.Code);
            json.WriteString("name", member.Name);
            Amount(json, "mineralsTrade", member.MineralsTrade);
            Ratio(json, "partOfAseanMineralsTrade", member.PartOfAseanMineralsTrade);
            Ratio(json, "mineralsShareOfTotal", member.MineralsShareOfTotal);
            Ratio(json, "intraAseanShareOfMinerals", member.IntraAseanShareOfMinerals);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        Breakdown(json, "byCommodityGroup", reporter.ByCommodityGroup);
        Breakdown(json, "topPartnersInMinerals", reporter.TopPartnersInMinerals);
        Breakdown(json, "topPartnersInTotalTrade", reporter.TopPartnersInTotalTrade);
        MirrorFill(json, reporter.MirrorFill);
        json.WriteEndObject();
    }

    // Null unless --fill mirror: each flow's reported + mirror = total, from whom, and the basis of the estimates.
    private static void MirrorFill(Utf8JsonWriter json, MirrorFillFigures? mirror) => ObjectOrNull(json, "mirrorFill", mirror, static (json, mirror) =>
    {
        json.WriteString("basis", mirror.Basis);
        Number(json, "cifToFobFactor", mirror.CifToFobFactor);
        json.WriteString("worldTotals", mirror.WorldTotals);
        json.WriteStartArray("flows");
        foreach (var flow in mirror.Flows)
        {
            json.WriteStartObject();
            json.WriteString("direction", flow.Direction);
            json.WriteString("commodities", flow.Commodities);
            Number(json, "reportedUsd", flow.ReportedUsd);
            Number(json, "mirrorUsd", flow.MirrorUsd);
            Number(json, "totalUsd", flow.TotalUsd);
            Number(json, "mirrorShare", flow.MirrorShare);
            json.WriteStartArray("sources");
            foreach (var source in flow.Sources)
            {
                json.WriteStartObject();
                json.WriteString("reporter", source.Code);
                json.WriteString("label", source.Label);
                json.WriteNumber("valueUsd", Normalized(source.ValueUsd));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteString("partnerScope", flow.PartnerScope);
            Codes(json, "mirrorReporters", flow.MirrorReporters);
            json.WriteString("membersText", flow.MembersText);
            json.WriteStartArray("members");
            foreach (var member in flow.Members)
            {
                json.WriteStartObject();
                json.WriteString("code", member.Member.ToString());
                json.WriteString("label", GroupCoverage.Label(member.Member));
                json.WriteString("fill", JsonNamingPolicy.CamelCase.ConvertName(member.Fill.ToString()));
                Codes(json, "sources", [.. member.Sources.Select(static c => c.ToString())]);
                Codes(json, "coarseSources", [.. member.CoarseSources.Select(static c => c.ToString())]);
                json.WriteString("gap", member.Gap is { } gap ? JsonNamingPolicy.CamelCase.ConvertName(gap.ToString()) : null);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            Reason(json, flow.Absence);
            Coverage(json, flow.Coverage);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    });

    private static void Amount(Utf8JsonWriter json, string name, Amount amount)
    {
        json.WriteStartObject(name);
        json.WriteString("measure", amount.Measure);
        Number(json, "valueUsd", amount.ValueUsd);
        json.WriteNumber("records", amount.Records);
        json.WriteString("basis", amount.Basis);
        Reason(json, amount.Absence);
        Coverage(json, amount.Coverage);
        json.WriteEndObject();
    }

    private static void Ratio(Utf8JsonWriter json, string name, Ratio ratio)
    {
        json.WriteStartObject(name);
        json.WriteString("measure", ratio.Measure);
        Number(json, "share", ratio.Share);
        Number(json, "percent", ratio.Share is { } s ? Math.Round(s * 100, 2) : null);
        Number(json, "numeratorUsd", ratio.NumeratorUsd);
        Number(json, "denominatorUsd", ratio.DenominatorUsd);
        Reason(json, ratio.Absence);
        Coverage(json, ratio.Coverage);
        Notes(json, ratio.Notes);
        json.WriteEndObject();
    }

    private static void Breakdown(Utf8JsonWriter json, string name, Breakdown breakdown)
    {
        json.WriteStartObject(name);
        json.WriteString("measure", breakdown.Measure);
        json.WriteString("basis", breakdown.Basis);
        Number(json, "totalUsd", breakdown.TotalUsd);
        Reason(json, breakdown.Absence);
        Coverage(json, breakdown.Coverage);
        Notes(json, breakdown.Notes);
        json.WriteStartArray("parts");
        foreach (var part in breakdown.Parts)
        {
            json.WriteStartObject();
            json.WriteString("key", part.Key);
            json.WriteString("name", part.Name);
            json.WriteNumber("valueUsd", Normalized(part.ValueUsd));
            Number(json, "share", part.Share);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, Normalized(v));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    // The cube keeps each sum's exact scale, so 2715997517261.0 (as the API writes it) plus 1 is 2715997517262.0: the same
    // amount must print the same whatever its source's scale, so trailing zeros go (the value is unchanged).
    private static decimal Normalized(decimal value) => value / 1.000000000000000000000000000000000m;

    // The engine's reason: its words (absentReason, as in version 1.0) and, since 1.2, its kind and the data concerned.
    private static void Reason(Utf8JsonWriter json, FigureAbsence? absence)
    {
        json.WriteString("absentReason", absence?.Message);
        Absent(json, "absent", absence);
    }

    private static void Absent(Utf8JsonWriter json, string name, FigureAbsence? absence) => ObjectOrNull(json, name, absence, static (json, absence) =>
    {
        json.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(absence.Kind.ToString()));
        json.WriteString("message", absence.Message);
        Codes(json, "members", [.. absence.Members.Select(static c => c.ToString())]);
        Codes(json, "partners", [.. absence.Partners.Select(static c => c.ToString())]);
        json.WriteString("flow", absence.Flow?.ToName());
        Number(json, "numeratorUsd", absence.Numerator);
        Number(json, "denominatorUsd", absence.Denominator);
        Absent(json, "cause", absence.Cause);
    });

    // The engine's notes on reading a figure that is there: kind, words, members and values.
    private static void Notes(Utf8JsonWriter json, IReadOnlyList<FigureNote> notes)
    {
        json.WriteStartArray("notes");
        foreach (var note in notes)
        {
            json.WriteStartObject();
            json.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(note.Kind.ToString()));
            json.WriteString("message", note.Message);
            Codes(json, "members", [.. note.Members.Select(static c => c.ToString())]);
            Number(json, "valueUsd", note.Value);
            Number(json, "wholeUsd", note.Whole);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    // Which members of the group the figure covers, which it lacks and why: the engine's words and codes.
    private static void Coverage(Utf8JsonWriter json, CoverageNote? coverage) => ObjectOrNull(json, "coverage", coverage, static (json, coverage) =>
    {
        json.WriteString("text", coverage.Text);
        Codes(json, "members", coverage.Members);
        Codes(json, "covered", coverage.Covered);
        json.WriteStartArray("missing");
        foreach (var missing in coverage.Missing)
        {
            json.WriteStartObject();
            json.WriteString("code", missing.Code);
            json.WriteString("label", missing.Label);
            json.WriteString("gap", JsonNamingPolicy.CamelCase.ConvertName(missing.Gap.ToString()));
            json.WriteString("reason", missing.Reason);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    });

    // An optional part of the report: null when absent, else an object of the members the writer gives.
    private static void ObjectOrNull<T>(Utf8JsonWriter json, string name, T? value, Action<Utf8JsonWriter, T> members)
        where T : class
    {
        if (value is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        members(json, value);
        json.WriteEndObject();
    }

    private static void Codes(Utf8JsonWriter json, string name, IReadOnlyList<string> codes)
    {
        json.WriteStartArray(name);
        foreach (var code in codes)
        {
            json.WriteStringValue(code);
        }

        json.WriteEndArray();
    }
}
