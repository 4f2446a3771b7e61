using AseanMinerals.Core.Production.Usgs;

namespace AseanMinerals.Core.Tests.Production;

/// <summary>The USGS excerpts kept in the repository (Production/Usgs/SOURCE.txt), read from the test output folder.</summary>
internal static class UsgsExcerpts
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Production", "Usgs");

    public static string Mcs2025 => Path.Combine(Folder, "MCS2025_World_Data_excerpt.csv");

    public static string Mcs2024Nickel => Path.Combine(Folder, "mcs2024-nicke_world.csv");

    public static string Mcs2023Nickel => Path.Combine(Folder, "mcs2023-nicke_world.csv");

    public static string Mcs2024IronOxidePigments => Path.Combine(Folder, "mcs2024-fepig_world.csv");

    public static UsgsReadResult Read(string path) => UsgsWorldData.Read(path);

    public static UsgsReadResult ReadText(string text, string name = "mcs2024-nicke_world.csv") =>
        UsgsWorldData.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), name);
}
