using System.Globalization;
using AseanMinerals.Comtrade;
using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Serialization;
using AseanMinerals.Core.Trade;
using DuckDB.NET.Data;

namespace AseanMinerals.Parquet.Parity;

/// <summary>
/// The library's CSV output (<see cref="TradeRecordCsv"/>), read by DuckDB's <c>read_csv</c> with the code columns as
/// text, gives the cube's figures to the cent and keeps every row and every leading zero.
/// </summary>
public sealed class DuckDbCsvParityTests : IAsyncLifetime
{
    // The types docs/cli.md gives for read_csv: codes as text (leading zeros kept), the value as an exact decimal.
    private const string ReadCsv = "read_csv('{0}', header = true, types = {{'reporter': 'VARCHAR', 'partner': 'VARCHAR', 'commodity': 'VARCHAR', 'secondPartner': 'VARCHAR', 'value': 'DECIMAL(38,10)'}})";

    private static readonly TradePeriod Year2022 = TradePeriod.Annual(2022);
    private static readonly AreaGroup China = AreaGroup.Of("China", new AreaCode(156));
    private readonly string _file = Path.Combine(Directory.CreateTempSubdirectory("asean-csv-parity-").FullName, "trade.csv");
    private TradeCube _cube = null!;
    private long _written;
    private DuckDBConnection _duck = null!;

    public async Task InitializeAsync()
    {
        var import = ComtradeFile.Open(Path.Combine(AppContext.BaseDirectory, "Fixtures", "comtradeplus-total-2022.csv"));
        await using (var stream = File.Create(_file))
        {
            _written = await TradeRecordCsv.WriteAsync(stream, import);
        }

        var builder = new TradeCubeBuilder();
        await builder.AddRangeAsync(ComtradeFile.Open(Path.Combine(AppContext.BaseDirectory, "Fixtures", "comtradeplus-total-2022.csv")));
        _cube = builder.ToCube();
        _duck = new DuckDBConnection("Data Source=:memory:");
        await _duck.OpenAsync();
        using var command = _duck.CreateCommand();
        command.CommandText = "CREATE VIEW trade AS SELECT * FROM " + string.Format(CultureInfo.InvariantCulture, ReadCsv, _file.Replace("'", "''", StringComparison.Ordinal));
        await command.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        await _duck.DisposeAsync();
        Directory.Delete(Path.GetDirectoryName(_file)!, recursive: true);
    }

    [Fact]
    public async Task Total_trade_is_the_world_row_to_the_cent()
    {
        var sql = await ScalarAsync("SELECT SUM(value) FROM trade WHERE year = 2022 AND reporter = '156' AND partner = '000' AND commodity = 'TOTAL' AND secondPartner = '000' AND flow IN ('import', 'export')");

        sql.Should().Be(_cube.TotalTrade(Year2022, China).Value!.Value);
        sql.Should().Be(2715997517261m + 3593601435602m); // the import and export World rows of the excerpt, read by eye
    }

    [Fact]
    public async Task Every_row_written_is_read_once_with_its_leading_zeros()
    {
        (await ScalarAsync("SELECT COUNT(*) FROM trade")).Should().Be(_written);
        _written.Should().Be(_cube.Statistics.RecordsRead);
        // Brunei is partner 096 in the excerpt: read as text, not as the number 96.
        (await ScalarAsync("SELECT COUNT(*) FROM trade WHERE partner = '096'")).Should().BeGreaterThan(0);
    }

    private async Task<decimal> ScalarAsync(string sql)
    {
        using var command = _duck.CreateCommand();
        command.CommandText = sql;
        var value = await command.ExecuteScalarAsync();
        return Convert.ToDecimal(value, CultureInfo.InvariantCulture);
    }
}
