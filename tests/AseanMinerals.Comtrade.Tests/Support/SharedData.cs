namespace AseanMinerals.Comtrade.Tests.Support;

/// <summary>
/// The shared folder of real trade files (<c>shared/data</c> beside the repository, or <c>ASEAN_MINERALS_SHARED_DATA</c>).
/// The files may not be redistributed, so the repository carries excerpts only; CI and developers have the folder.
/// </summary>
internal static class SharedData
{
    public const string EnvironmentVariable = "ASEAN_MINERALS_SHARED_DATA";

    public static readonly string? Folder = Locate();

    public static string CementClinker => Path.Combine(Folder!, "comtrade_legacy_hs252310_cement_clinker", "comtrade.csv");

    public static string CementClinkerAseanAggregates => Path.Combine(Folder!, "comtrade_legacy_hs252310_cement_clinker", "asean_aggregate_rows.csv");

    public static string LegacyTotal2017 => Path.Combine(Folder!, "comtrade_legacy_total_2017", "comtrade.csv");

    public static string ComtradePlusTotal2022 => Path.Combine(Folder!, "comtradeplus_total_2022_chn_usa_deu", "TradeData.csv");

    private static string? Locate()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } named)
        {
            return Directory.Exists(named) ? named : throw new DirectoryNotFoundException($"{EnvironmentVariable} names '{named}', which does not exist.");
        }

        // Walk up from the test assembly: the repository (or its worktree) sits beside shared/.
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "data");
            if (Directory.Exists(Path.Combine(candidate, "comtrade_legacy_hs252310_cement_clinker")))
            {
                return candidate;
            }
        }

        return null;
    }
}
