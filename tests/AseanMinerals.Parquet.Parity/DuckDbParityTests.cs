using System.Globalization;
using AseanMinerals.Comtrade;
using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;
using DuckDB.NET.Data;

namespace AseanMinerals.Parquet.Parity;

/// <summary>
/// The library's Parquet output, read by DuckDB, gives the cube's figures to the cent: the Comtrade+ excerpt (China's
/// imports of 2022 from the World and from each partner, TOTAL commodity) is imported, written as a partitioned dataset,
/// and queried in SQL as docs/larger-than-one-machine.md tells an analyst to.
/// </summary>
public sealed class DuckDbParityTests : IAsyncLifetime
{
    private static readonly TradePeriod Year2022 = TradePeriod.Annual(2022);
    private static readonly AreaGroup China = AreaGroup.Of("China", new AreaCode(156));
    private readonly string _folder = Directory.CreateTempSubdirectory("asean-parity-").FullName;
    private TradeCube _cube = null!;
    private DuckDBConnection _duck = null!;

    public async Task InitializeAsync()
    {
        var import = ComtradeFile.Open(Path.Combine(AppContext.BaseDirectory, "Fixtures", "comtradeplus-total-2022.csv"));
        var written = await TradeParquet.WriteDatasetAsync(import, Path.Combine(_folder, "trade"));
        written.Rows.Should().Be(import.Summary.Records);

        var builder = new TradeCubeBuilder();
        await builder.AddRangeAsync(TradeParquet.Open(Path.Combine(_folder, "trade")));
        _cube = builder.ToCube();

        _duck = new DuckDBConnection("Data Source=:memory:");
        await _duck.OpenAsync();
        var glob = Path.Combine(_folder, "trade", "**", "*.parquet").Replace("'", "''", StringComparison.Ordinal);
        await ExecuteAsync($$"""
            CREATE VIEW trade AS
            SELECT * FROM read_parquet('{{glob}}', hive_partitioning = true, hive_types = {'year': INTEGER, 'reporter': VARCHAR})
            """);
        // The aggregate rows only: no breakdown (by second partner, customs procedure, transport) and no subset flow.
        await ExecuteAsync("""
            CREATE VIEW figures AS
            SELECT * FROM trade
            WHERE secondPartner = '000' AND customsProcedure = 0 AND transportMode = 0 AND flow IN ('import', 'export')
            """);
    }

    public async Task DisposeAsync()
    {
        await _duck.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Total_trade_is_the_world_row_to_the_cent()
    {
        var cube = _cube.TotalTrade(Year2022, China);
        var sql = await ScalarAsync("SELECT SUM(value) FROM figures WHERE year = 2022 AND reporter = '156' AND partner = '000' AND commodity = 'TOTAL'");

        cube.Value.Should().NotBeNull();
        sql.Should().Be(cube.Value!.Value);
        sql.Should().Be(2715997517261m + 3593601435602m); // the import and export World rows of the excerpt, read by eye
    }

    [Fact]
    public async Task The_asean_partner_share_of_imports_has_the_same_numerator_and_denominator()
    {
        // Imports: the excerpt has China's partner rows for imports only (its exports are a World row alone).
        var asean = AreaGroup.Asean();
        var members = asean.MembersFor(Year2022);
        var cube = _cube.PartnerGroupShare(Year2022, China, asean, CommoditySelection.All(), TradeDirection.Imports);
        var inList = string.Join(", ", members.Select(m => $"'{m}'"));

        var numerator = await ScalarAsync($"SELECT SUM(value) FROM figures WHERE year = 2022 AND reporter = '156' AND flow = 'import' AND commodity = 'TOTAL' AND partner IN ({inList})");
        var denominator = await ScalarAsync("SELECT SUM(value) FROM figures WHERE year = 2022 AND reporter = '156' AND flow = 'import' AND commodity = 'TOTAL' AND partner = '000'");

        members.Should().HaveCount(10); // the ten members of 2022, whose partner rows the excerpt has
        numerator.Should().Be(408053988033m); // the ten member rows of the excerpt, added by hand
        numerator.Should().Be(cube.Numerator.Value!.Value);
        denominator.Should().Be(cube.Denominator.Value!.Value);
        cube.Share.Should().Be(numerator / denominator);
    }

    [Fact]
    public async Task Each_member_partner_value_of_imports_is_the_same()
    {
        foreach (var member in AreaGroup.Asean().MembersFor(Year2022))
        {
            var cube = _cube.Value(Year2022, China, CommoditySelection.All(), TradeDirection.Imports, partners: AreaGroup.Of(member.ToString(), member));
            var sql = await ScalarOrNullAsync($"SELECT SUM(value) FROM figures WHERE year = 2022 AND reporter = '156' AND flow = 'import' AND commodity = 'TOTAL' AND partner = '{member}'");
            sql.Should().Be(cube.Value, because: $"partner {member}");
        }
    }

    [Fact]
    public async Task Every_row_written_is_in_duckdb_once()
    {
        var rows = await ScalarAsync("SELECT COUNT(*) FROM trade");
        rows.Should().Be(_cube.Statistics.RecordsRead);
    }

    [Fact]
    public async Task Partial_cubes_written_per_reporter_give_the_same_figures_in_duckdb_and_merged()
    {
        // One part per reporter folder of the dataset, as one machine each would build it, written as Parquet cells.
        var parts = Path.Combine(_folder, "parts");
        Directory.CreateDirectory(parts);
        var built = new List<TradeCubePart>();
        foreach (var reporter in Directory.GetDirectories(Path.Combine(_folder, "trade", "year=2022")).Order(StringComparer.Ordinal))
        {
            var part = await TradeCubePart.BuildAsync(Path.GetFileName(reporter), TradeParquet.Open(reporter));
            await TradeCubeParquet.WriteAsync(part, Path.Combine(parts, Path.GetFileName(reporter) + ".parquet"));
            built.Add(await TradeCubeParquet.ReadAsync(Path.Combine(parts, Path.GetFileName(reporter) + ".parquet")));
        }

        // Cell 0 is the TOTAL cell; the World rows of both flows are China's total trade.
        var glob = Path.Combine(parts, "*.parquet").Replace("'", "''", StringComparison.Ordinal);
        var sql = await ScalarAsync($"SELECT SUM(value) FROM read_parquet('{glob}') WHERE year = 2022 AND reporter = '156' AND partner = '000' AND commodity = 0 AND flow IN ('import', 'export')");
        var merged = TradeCubePart.Merge(built).ToCube();

        built.Should().HaveCount(3); // China, Germany and the United States report in the excerpt
        sql.Should().Be(_cube.TotalTrade(Year2022, China).Value!.Value);
        merged.Cells.Should().Equal(_cube.Cells);
        merged.PartnerGroupShare(Year2022, China, AreaGroup.Asean(), CommoditySelection.All(), TradeDirection.Imports)
            .Should().Be(_cube.PartnerGroupShare(Year2022, China, AreaGroup.Asean(), CommoditySelection.All(), TradeDirection.Imports));
    }

    private async Task ExecuteAsync(string sql)
    {
        using var command = _duck.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private async Task<decimal> ScalarAsync(string sql) => await ScalarOrNullAsync(sql) ?? throw new InvalidOperationException($"No value: {sql}");

    private async Task<decimal?> ScalarOrNullAsync(string sql)
    {
        using var command = _duck.CreateCommand();
        command.CommandText = sql;
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? null : Convert.ToDecimal(value, CultureInfo.InvariantCulture);
    }
}
