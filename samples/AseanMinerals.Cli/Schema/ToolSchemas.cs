using System.Reflection;

namespace AseanMinerals.Cli.Schema;

/// <summary>The schemas of the tool's own outputs (embedded from <c>Schema/*.schema.json</c>), beside the core's document schemas.</summary>
internal static class ToolSchemas
{
    public const string SharesReportFileName = "shares-report.schema.json";

    public static string SharesReport => Read(SharesReportFileName);

    public const string ProductionReportFileName = "production-report.schema.json";

    public static string ProductionReport => Read(ProductionReportFileName);

    private static string Read(string fileName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"AseanMinerals.Cli.Schema.{fileName}")
            ?? throw new InvalidOperationException($"The tool lacks its embedded schema {fileName}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
