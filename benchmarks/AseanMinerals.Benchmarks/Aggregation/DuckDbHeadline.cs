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

    /// <summary>
    /// One question as the one SQL query an analyst would write: the three figures with <c>SUM ... FILTER</c> over the
    /// records table, <c>WHERE period = ...</c>, no cube built first.
    /// </summary>
    public HeadlineFigures OneQuery(TradePeriod period)
    {
        var members = Members(AreaGroup.Asean().MembersFor(period));
        return Read($"""
            SELECT SUM(value) FILTER (WHERE cell_scopes.minerals) AS minerals,
                   SUM(value) AS total,
                   SUM(value) FILTER (WHERE cell_scopes.minerals AND partner IN ({members})) AS intra
            FROM trade JOIN cells USING (hs) JOIN cell_scopes USING (cell)
            WHERE period = {PeriodCode(period)} AND reporter IN ({members}) AND flow IN (0, 1) AND partner <> 0
              AND NOT breakdown AND NOT cell_scopes.is_total
            """);
    }

    /// <summary>Builds the cube as a table once (for many questions), as <see cref="Run"/> does each time.</summary>
    public void MaterialiseCube() => Execute("""
        CREATE OR REPLACE TABLE cube AS
        SELECT period, reporter, partner, flow, cells.cell, SUM(value) AS value, COUNT(*) AS records
        FROM trade JOIN cells USING (hs)
        WHERE NOT breakdown
        GROUP BY ALL
        """);

    /// <summary>A question's three figures from the materialised cube: trade in the scope's cells, its share of all commodities, its share with the group's partners.</summary>
    public HeadlineFigures Ask(HeadlineQuestion question, CommodityClassifier classifier)
    {
        var members = Members(question.Group.MembersFor(question.Period));
        var cells = string.Join(", ", classifier.Cells.Where(c => c.Scopes.Contains(question.Scope)).Select(static c => c.Index.ToString(CultureInfo.InvariantCulture)));
        return Read($"""
            SELECT SUM(value) FILTER (WHERE cell IN ({cells})) AS part,
                   SUM(value) AS total,
                   SUM(value) FILTER (WHERE cell IN ({cells}) AND partner IN ({members})) AS intra
            FROM cube
            WHERE period = {PeriodCode(question.Period)} AND reporter IN ({members}) AND flow IN (0, 1) AND partner <> 0 AND cell <> 0
            """);
    }

    public void Dispose() => _connection.Dispose();

    private static string Members(IEnumerable<Core.Countries.AreaCode> codes) => string.Join(", ", codes.Select(static c => c.Value.ToString(CultureInfo.InvariantCulture)));

    private static int PeriodCode(TradePeriod period) => (period.Year * 13) + (period.Month ?? 0);

    private HeadlineFigures Read(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        reader.Read();
        var part = reader.GetDecimal(0);
        var total = reader.GetDecimal(1);
        var intra = reader.IsDBNull(2) ? 0m : reader.GetDecimal(2);
        return new HeadlineFigures(part, part / total, intra / part);
    }

    private static int HsKey(HsCode code) => (code.Digits * 1_000_000) + code.Number;

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
