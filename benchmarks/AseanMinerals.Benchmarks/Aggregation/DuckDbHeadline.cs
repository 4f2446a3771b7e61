using System.Globalization;
using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Classification;
using AseanMinerals.Core.Trade;
using DuckDB.NET.Data;

namespace AseanMinerals.Benchmarks.Aggregation;

/// <summary>
/// DuckDB in memory: the records as a table (loaded once, not measured), the same cube built with GROUP BY into a
/// table, and the same figures computed from it in SQL.
/// </summary>
public sealed class DuckDbHeadline : IDisposable
{
    private readonly DuckDBConnection _connection;

    public DuckDbHeadline(TradeRecord[] records, CommodityClassifier classifier)
    {
        _connection = new DuckDBConnection("Data Source=:memory:");
        _connection.Open();
        Execute("CREATE TABLE trade (period INTEGER, reporter SMALLINT, partner SMALLINT, flow TINYINT, hs INTEGER, breakdown BOOLEAN, value DECIMAL(18, 3))");
        Execute("CREATE TABLE cells (hs INTEGER PRIMARY KEY, cell TINYINT)");
        Execute("CREATE TABLE cell_scopes (cell TINYINT, minerals BOOLEAN, is_total BOOLEAN)");
        using (var appender = _connection.CreateAppender("trade"))
        {
            foreach (var r in records)
            {
                appender.CreateRow()
                    .AppendValue((r.Period.Year * 13) + (r.Period.Month ?? 0))
                    .AppendValue((short)r.Reporter.Value)
                    .AppendValue((short)r.Partner.Value)
                    .AppendValue((sbyte)r.Flow)
                    .AppendValue(HsKey(r.Commodity))
                    .AppendValue(r.IsBreakdown)
                    .AppendValue(r.Value)
                    .EndRow();
            }
        }

        // The classification of each distinct code, as the cube's classifier caches it.
        using (var appender = _connection.CreateAppender("cells"))
        {
            foreach (var code in records.Select(static r => r.Commodity).Distinct())
            {
                appender.CreateRow().AppendValue(HsKey(code)).AppendValue((sbyte)classifier.Classify(code).Index).EndRow();
            }
        }

        using (var appender = _connection.CreateAppender("cell_scopes"))
        {
            foreach (var cell in classifier.Cells)
            {
                appender.CreateRow().AppendValue((sbyte)cell.Index).AppendValue(cell.Scopes.Contains(MineralsClassification.MineralsScope)).AppendValue(cell.Kind == CommodityCellKind.Total).EndRow();
            }
        }
    }

    public HeadlineFigures Run(TradePeriod period)
    {
        Execute("""
            CREATE OR REPLACE TEMP TABLE cube AS
            SELECT period, reporter, partner, flow, cells.cell, SUM(value) AS value, COUNT(*) AS records
            FROM trade JOIN cells USING (hs)
            WHERE NOT breakdown
            GROUP BY ALL
            """);
        var members = string.Join(", ", AreaGroup.Asean().MembersFor(period).Select(static c => c.Value.ToString(CultureInfo.InvariantCulture)));
        using var command = _connection.CreateCommand();
        command.CommandText = $"""
            WITH asean AS (
                SELECT cube.*, cell_scopes.minerals FROM cube JOIN cell_scopes USING (cell)
                WHERE period = {(period.Year * 13) + (period.Month ?? 0)} AND reporter IN ({members}) AND flow IN (0, 1)
                  AND partner <> 0 AND NOT cell_scopes.is_total)
            SELECT SUM(value) FILTER (WHERE minerals) AS minerals,
                   SUM(value) AS total,
                   SUM(value) FILTER (WHERE minerals AND partner IN ({members})) AS intra
            FROM asean
            """;
        using var reader = command.ExecuteReader();
        return HeadlineFigures.FromSums(reader);
    }

    public void Dispose() => _connection.Dispose();

    private static int HsKey(HsCode code) => (code.Digits * 1_000_000) + code.Number;

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
