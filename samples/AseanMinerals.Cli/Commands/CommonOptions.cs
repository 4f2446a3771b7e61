using System.CommandLine;
using AseanMinerals.Cli.Failures;
using AseanMinerals.Cli.Input;
using AseanMinerals.Cli.Shares;
using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Classification;
using AseanMinerals.Core.Trade;
using AseanMinerals.Core.TradeSources;

namespace AseanMinerals.Cli.Commands;

/// <summary>The options <c>shares</c> and <c>chart</c> share, declared once.</summary>
internal sealed class CommonOptions
{
    public Argument<string[]> Files { get; } = new("files")
    {
        Description = "Trade files: JSON Lines (.jsonl, .ndjson) or any Comtrade file the importer detects (Comtrade+ CSV/JSON, legacy CSV, .gz).",
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<int?> Year { get; } = new("--year")
    {
        Description = "The year (annual period); the latest year in the data when left out.",
        CustomParser = static result => OptionValues.Year(result),
    };

    public Option<string[]> Reporter { get; } = new("--reporter")
    {
        Description = "Reporters, each with its own figures: ASEAN, an area code (156) or an ISO alpha-3 code (CHN); repeat or separate with commas. Left out: ASEAN where a member state reports in the data, otherwise each reporter of the data.",
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

    public Option<string> RequireCoverage { get; } = new("--require-coverage")
    {
        Description = "How many of a group's members a figure must cover: 'all', or a fraction (0.8) or percentage (80%) of them; below it the figure is n/a with the coverage. Any by default (the coverage is always shown).",
    };

    public Option<string> Duplicates { get; } = CreateDuplicates();

    public Option<string> Fill { get; } = new("--fill")
    {
        Description = "none (the default), or mirror: members that report no rows by partner get their flows estimated from their partners' reports (exports from the partners' CIF imports, no CIF/FOB adjustment), shown apart with the mirror-based part and each source reporter.",
        DefaultValueFactory = static _ => "none",
    };

    public Option<string> CifToFobFactor { get; } = new("--cif-fob-factor")
    {
        Description = "With --fill mirror: a CIF-to-FOB factor above 0 and at most 1 (0.95), an assumption stated in the output: exports estimated from the partners' CIF imports are multiplied by it, imports from their FOB exports divided by it. None by default.",
    };

    public Option<int> Threads { get; } = CreateThreads();

    /// <summary><c>--duplicates</c>: what to do with a record whose key an earlier record of the files has (refuse, the default, or keep-first).</summary>
    public static Option<string> CreateDuplicates()
    {
        var duplicates = new Option<string>("--duplicates")
        {
            Description = "A record whose key (period, reporter, partner, flow, commodity, breakdown) an earlier record of the files has: refuse (the default: exit 1 naming both places) or keep-first (the later ones are left out and counted).",
            DefaultValueFactory = static _ => "refuse",
        };
        duplicates.AcceptOnlyFromAmong("refuse", "keep-first");
        return duplicates;
    }

    /// <summary>The rule <c>--duplicates</c> asks for.</summary>
    public static DuplicateTradeRule DuplicateRuleOf(ParseResult parse, Option<string> duplicates) =>
        parse.GetValue(duplicates) == "keep-first" ? DuplicateTradeRule.KeepFirst : DuplicateTradeRule.Refuse;

    /// <summary>
    /// <c>--threads</c>: how many threads read each JSON Lines or Comtrade CSV file, in parts (0, the default: every core;
    /// 1: one reader). The records and summaries are the same whatever the number.
    /// </summary>
    public static Option<int> CreateThreads()
    {
        var threads = new Option<int>("--threads")
        {
            Description = "How many threads read each JSON Lines or Comtrade CSV file, in parts: 0 (the default) for every core, 1 for one. The records, their order and the summary are the same; gzip files are read on one thread each, the next file read ahead.",
            DefaultValueFactory = static _ => 0,
        };
        threads.Validators.Add(static result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
            {
                result.AddError($"--threads {result.GetValueOrDefault<int>()}: give 0 (every core) or a number of threads");
            }
        });
        return threads;
    }

    /// <summary>Adds the options to a command; <c>chart</c> draws ASEAN's member states, so it takes no <c>--reporter</c>.</summary>
    public void AddTo(Command command, bool withReporter = true)
    {
        OptionValues.RefuseOptionsAsFiles(command, Files);
        command.Arguments.Add(Files);
        command.Options.Add(Year);
        if (withReporter)
        {
            command.Options.Add(Reporter);
        }

        command.Options.Add(PartnerGroup);
        command.Options.Add(Scope);
        command.Options.Add(Membership);
        command.Options.Add(RequireCoverage);
        command.Options.Add(Duplicates);
        Fill.AcceptOnlyFromAmong("none", "mirror");
        command.Options.Add(Fill);
        command.Options.Add(CifToFobFactor);
        command.Options.Add(Edition);
        command.Options.Add(Threads);
    }

    public SharesQuery Query(ParseResult parse) => SharesQuery.Parse(
        parse.GetValue(Year), parse.GetValue(Reporter) ?? [], parse.GetValue(PartnerGroup)!, parse.GetValue(Scope)!, parse.GetValue(Membership)!)
        with
        {
            RequiredCoverage = SharesQuery.ParseCoverage(parse.GetValue(RequireCoverage)),
            FillMirror = parse.GetValue(Fill) == "mirror",
            MirrorOptions = SharesQuery.ParseCifToFob(parse.GetValue(CifToFobFactor), parse.GetValue(Fill) == "mirror"),
        };

    /// <summary>
    /// Reads the files into the cube and builds the report for the asked (or latest) year. With no <c>--reporter</c>, the
    /// reporters come from the data when <paramref name="reportersFromData"/> (ASEAN where a member reports, else each
    /// reporter of the data); otherwise ASEAN.
    /// </summary>
    public async Task<SharesReport> ReportAsync(ParseResult parse, CliEnvironment environment, bool reportersFromData, CancellationToken cancellationToken)
    {
        var query = Query(parse);
        var files = parse.GetValue(Files)!;
        InputFiles.Check(files);
        var edition = parse.GetValue(Edition);

        // Question first: with --year (and no mirror fill, which needs other reporters, nor an edition conversion, whose
        // weights come from every record) the readers set aside the rows of other years as soon as they read their period,
        // and the cube is built for that year only; every row is still accounted for (set aside: OutsideQuestion).
        var question = query.Year is { } asked && !query.FillMirror && edition is null ? new TradeCubeFilter([TradePeriod.Annual(asked)]) : null;
        var (cube, summaries, commodities) = await ReadCubeAsync(parse, environment, files, edition, question, cancellationToken).ConfigureAwait(false);
        if (question is not null && cube.Periods.Count == 0)
        {
            // The year is not in the files: read them whole, to say which years they hold.
            (cube, summaries, commodities) = await ReadCubeAsync(parse, environment, files, edition, null, cancellationToken).ConfigureAwait(false);
        }

        var period = query.Year is { } year
            ? TradePeriod.Annual(year)
            : cube.Periods.Where(static p => p.IsAnnual).DefaultIfEmpty().Max();
        if (!period.IsAnnual || period == default)
        {
            throw new CliFailure(CliApplication.DataErrors, $"{string.Join(", ", files)}: no annual period in the data ({OptionValues.FewOf(cube.Periods, "periods")}); name one with --year");
        }

        if (query.Year is not null && !cube.Periods.Contains(period))
        {
            // An asked year the files do not hold is a question the data cannot answer: say what they hold, not pages of n/a.
            throw new CliFailure(CliApplication.DataErrors, $"no data for {period}; the files hold {string.Join(", ", cube.Periods)}");
        }

        if (reportersFromData && !query.ReportersNamed)
        {
            query = query with { Reporters = query.ReportersIn(cube, period) };
        }
        else if (query.ReportersNamed && !query.FillMirror)
        {
            query.CheckReportersIn(cube, period);
        }

        return new SharesReportBuilder(cube, query, period).Build(summaries) with
        {
            CodesInScope = commodities.InScope(period, query.Scope),
            MonthlyPeriodsNotUsed = [.. cube.Periods.Where(static p => !p.IsAnnual).Order().Select(static p => p.ToString())],
        };
    }

    // Reads the files into a cube, for a question (its records only) or whole; the duplicates are told on standard error.
    private async Task<(TradeCube Cube, List<TradeSourceSummary> Summaries, CommoditiesInData Commodities)> ReadCubeAsync(
        ParseResult parse, CliEnvironment environment, string[] files, string? edition, TradeCubeFilter? question, CancellationToken cancellationToken)
    {
        var summaries = new List<TradeSourceSummary>();
        var progress = new ProgressLine(environment);
        var commodities = new CommoditiesInData();
        var duplicates = new DuplicateTradeGuard(DuplicateRuleOf(parse, Duplicates));
        var options = Comtrade.ComtradeImportOptions.Default with { Question = question };
        var records = TradeFiles.ReadAsync(files, summaries, progress, options, duplicates, parse.GetValue(Threads), cancellationToken);
        if (edition is not null)
        {
            records = EditionOption.ConvertAsync(records, edition, environment, cancellationToken: cancellationToken);
        }

        // Read, guarded and noted in order on this thread; added to the cube on the other cores (the same cube as one pass).
        var cube = await TradeCube.BuildAsync(commodities.Note(records, cancellationToken), filter: question, threads: parse.GetValue(Threads), cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        await WriteDuplicatesLeftOutAsync(environment, duplicates).ConfigureAwait(false);
        progress.Clear();
        return (cube, summaries, commodities);
    }

    /// <summary>
    /// Lists on standard error the duplicates a guard left out (<c>--duplicates keep-first</c>): the first 100 with both
    /// places, then how many more; each file's summary counts its own (<see cref="TradeSourceSummary.DuplicatesLeftOut"/>).
    /// </summary>
    public static async Task WriteDuplicatesLeftOutAsync(CliEnvironment environment, DuplicateTradeGuard duplicates)
    {
        foreach (var duplicate in duplicates.Duplicates)
        {
            await environment.Error.WriteLineAsync($"{duplicate} (left out: --duplicates keep-first)").ConfigureAwait(false);
        }

        if (duplicates.DuplicatesLeftOut > duplicates.Duplicates.Count)
        {
            await environment.Error.WriteLineAsync($"... {duplicates.DuplicatesLeftOut - duplicates.Duplicates.Count:N0} more duplicates left out").ConfigureAwait(false);
        }
    }
}
