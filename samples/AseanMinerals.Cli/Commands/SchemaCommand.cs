using System.CommandLine;
using AseanMinerals.Cli.Failures;
using AseanMinerals.Cli.Schema;
using AseanMinerals.Core.Serialization;

namespace AseanMinerals.Cli.Commands;

/// <summary><c>schema</c>: writes the JSON Schemas the core package embeds, and the tool's own shares-report schema.</summary>
internal static class SchemaCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var output = new Option<string>("--output", "-o") { Description = "The folder to write the schemas into (created if missing).", Required = true };
        var command = new Command("schema", "Write the JSON Schemas: reference data, trade dataset, trade record, classification, and the shares report.");
        command.Options.Add(output);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var folder = parse.GetValue(output)!;
            var schemas = Enum.GetValues<JsonSchemaKind>()
                .Select(static kind => (AseanMineralsJson.GetSchemaFileName(kind), AseanMineralsJson.GetSchema(kind)))
                .Append((ToolSchemas.SharesReportFileName, ToolSchemas.SharesReport));
            try
            {
                Directory.CreateDirectory(folder);
                foreach (var (name, text) in schemas)
                {
                    var path = Path.Combine(folder, name);
                    await File.WriteAllTextAsync(path, text, cancellationToken).ConfigureAwait(false);
                    await environment.Out.WriteLineAsync(path).ConfigureAwait(false);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new CliFailure(CliApplication.UsageOrIoError, $"{folder}: cannot be written: {e.Message}", e);
            }

            return CliApplication.Success;
        });
        return command;
    }
}
