using AseanMinerals.Testing;

namespace AseanMinerals.Comtrade.Tests.Support;

/// <summary>The whole shared Comtrade files (see <see cref="SharedDataFolder"/>).</summary>
internal static class SharedData
{
    public static string? Folder => SharedDataFolder.Path;

    public static string EnvironmentVariable => SharedDataFolder.EnvironmentVariable;

    public static string CementClinker => SharedDataFolder.File("comtrade_legacy_hs252310_cement_clinker/comtrade.csv");

    public static string CementClinkerAseanAggregates => SharedDataFolder.File("comtrade_legacy_hs252310_cement_clinker/asean_aggregate_rows.csv");

    public static string LegacyTotal2017 => SharedDataFolder.File("comtrade_legacy_total_2017/comtrade.csv");

    public static string ComtradePlusTotal2022 => SharedDataFolder.File("comtradeplus_total_2022_chn_usa_deu/TradeData.csv");
}
