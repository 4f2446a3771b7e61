using System.CommandLine;
using System.Text;
using AseanMinerals.Cli.Failures;
using AseanMinerals.Cli.Output;
using AseanMinerals.Cli.Schema;
using AseanMinerals.Core.Serialization;

namespace AseanMinerals.Cli.Commands;

/// <summary><c>schema</c>: writes the JSON Schemas the core package embeds, and the tool's own shares-report schema.</summary>
internal static class SchemaCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var output = new Option<string>("--output", "-o") { Description = "The folder to write the schemas into (created if missing).", Required = true };
        var force = OutputOptions.Force();
        var command = new Command("schema", "Write the JSON Schemas: reference data, trade dataset, trade record, classification, and the shares report.");
        command.Options.Add(output);
        command.Options.Add(force);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var folder = parse.GetValue(output)!;
            if (string.IsNullOrWhiteSpace(folder))
            {
                throw CliFailure.Usage($"-o \"{folder}\": names no folder");
            }

            if (File.Exists(folder))
            {
                throw CliFailure.Usage($"-o {folder}: is a file; schema writes its files into a folder");
            }

            var schemas = Enum.GetValues<JsonSchemaKind>()
                .Select(static kind => (AseanMineralsJson.GetSchemaFileName(kind), AseanMineralsJson.GetSchema(kind)))
                .Append((ToolSchemas.SharesReportFileName, ToolSchemas.SharesReport))
                .Select(schema => (Path: Path.Combine(folder, schema.Item1), Text: schema.Item2))
                .ToList();
            try
            {
                Directory.CreateDirectory(folder);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new CliFailure(CliApplication.UsageOrIoError, $"-o {folder}: the folder cannot be created: {e.Message}", e);
            }

            // Every target is checked before the first is written, so that a refused one leaves the folder as it was.
            foreach (var schema in schemas)
            {
                SafeOutputFile.Check("-o", schema.Path, [], parse.GetValue(force));
            }

            foreach (var (path, text) in schemas)
            {
                await SafeOutputFile.WriteAsync("-o", path, [], parse.GetValue(force), stream => stream.WriteAsync(Encoding.UTF8.GetBytes(text), cancellationToken).AsTask(), cancellationToken).ConfigureAwait(false);

                await environment.Out.WriteLineAsync(path).ConfigureAwait(false);
            }

            return CliApplication.Success;
        });
        return command;
    }
}
