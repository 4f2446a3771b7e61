using System.CommandLine;
using AseanMinerals.Cli.Failures;
using AseanMinerals.Cli.Input;
using AseanMinerals.Cli.Shares;
using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Classification;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Cli.Commands;

/// <summary>The options <c>shares</c> and <c>chart</c> share, declared once.</summary>
internal sealed class CommonOptions
{
    public Argument<string[]> Files { get; } = new("files")
    {
        Description = "Trade files: JSON Lines (.jsonl, .ndjson) or any Comtrade file the importer detects (Comtrade+ CSV/JSON, legacy CSV, .gz).",
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<int?> Year { get; } = new("--year") { Description = "The year (annual period); the latest year in the data when left out." };

    public Option<string[]> Reporter { get; } = new("--reporter")
    {
        Description = "Reporters, each with its own figures: ASEAN (the default), an area code (156) or an ISO alpha-3 code (CHN); repeat or separate with commas.",
        AllowMultipleArgumentsPerToken = true,
    };

    public Option<string> PartnerGroup { get; } = new("--partner-group")
    {
        Description = "The partner group whose share is shown: ASEAN (the default; intra-ASEAN when the reporter is ASEAN) or area codes separated by commas.",
        DefaultValueFactory = static _ => SharesQuery.Asean,
    };

    public Option<string> Scope { get; } = new("--scope")
    {
        Description = "The named minerals scope: minerals (the default), minerals-and-fuels, raw-minerals, mineral-fuels.",
        DefaultValueFactory = static _ => MineralsClassification.MineralsScope,
    };

    public Option<string> Membership { get; } = new("--membership")
    {
        Description = "ASEAN's membership basis: changing (the members at each period's end, the default) or fixed:YYYY-MM-DD.",
        DefaultValueFactory = static _ => "changing",
    };

    public Option<string?> Edition { get; } = EditionOption.Create();

    public void AddTo(Command command)
    {
        command.Options.Add(Edition);
        command.Arguments.Add(Files);
        command.Options.Add(Year);
        command.Options.Add(Reporter);
        command.Options.Add(PartnerGroup);
        command.Options.Add(Scope);
        command.Options.Add(Membership);
    }

    public SharesQuery Query(ParseResult parse) => SharesQuery.Parse(
        parse.GetValue(Year), parse.GetValue(Reporter) ?? [], parse.GetValue(PartnerGroup)!, parse.GetValue(Scope)!, parse.GetValue(Membership)!);

    /// <summary>
    /// Reads the files into the cube and builds the report for the asked (or latest) year. With no <c>--reporter</c>, the
    /// reporters come from the data when <paramref name="reportersFromData"/> (ASEAN where a member reports, else each
    /// reporter of the data); otherwise ASEAN.
    /// </summary>
    public async Task<SharesReport> ReportAsync(ParseResult parse, CliEnvironment environment, bool reportersFromData, CancellationToken cancellationToken)
    {
        var query = Query(parse);
        var files = parse.GetValue(Files)!;
        var summaries = new List<InputSummary>();
        var progress = new ProgressLine(environment);
        var records = TradeFiles.ReadAsync(files, summaries, progress, cancellationToken: cancellationToken);
        if (parse.GetValue(Edition) is { } edition)
        {
            records = EditionOption.ConvertAsync(records, edition, environment, cancellationToken);
        }

        var cube = await TradeCube.BuildAsync(records, cancellationToken: cancellationToken).ConfigureAwait(false);
        progress.Clear();
        var period = query.Year is { } year
            ? TradePeriod.Annual(year)
            : cube.Periods.Where(static p => p.IsAnnual).DefaultIfEmpty().Max();
        if (!period.IsAnnual || period == default)
        {
            throw new CliFailure(CliApplication.DataErrors, $"{string.Join(", ", files)}: no annual period in the data (periods: {string.Join(", ", cube.Periods)}); name one with --year");
        }

        if (reportersFromData && !query.ReportersNamed)
        {
            query = query with { Reporters = query.ReportersIn(cube, period) };
        }

        return new SharesReportBuilder(cube, query, period).Build(summaries);
    }
}
