namespace AseanMinerals.Comtrade.Tests.Support;

/// <summary>The excerpts of the shared Comtrade files in <c>Fixtures/</c> (see its README for what each row is for).</summary>
internal static class Fixture
{
    public const string LegacyBulk = "legacy-bulk-hs252310-cement-clinker.csv";
    public const string LegacyApi = "legacy-api-total-2017.csv";
    public const string ComtradePlusCsv = "comtradeplus-total-2022.csv";
    public const string ComtradePlusJson = "comtradeplus-api-china-imports-2022.json";

    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));

    public static Task<ComtradeImportResult> ReadAsync(string name, ComtradeImportOptions? options = null) =>
        ComtradeFile.ReadAllAsync(PathOf(name), options);

    /// <summary>Reads text made up in a test (a header and a few rows) as a file would be read.</summary>
    public static Task<ComtradeImportResult> ReadTextAsync(string text, ComtradeImportOptions? options = null, string name = "test.csv") =>
        ReadBytesAsync(System.Text.Encoding.UTF8.GetBytes(text), options, name);

    public static Task<ComtradeImportResult> ReadBytesAsync(byte[] bytes, ComtradeImportOptions? options = null, string name = "test.csv") =>
        ComtradeFile.ReadStreamAsync(new MemoryStream(bytes), name, options);
}
