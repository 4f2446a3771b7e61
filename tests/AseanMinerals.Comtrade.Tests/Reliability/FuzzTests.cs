using AseanMinerals.Comtrade.Tests.Support;
using AseanMinerals.Core.Validation;
using AseanMinerals.Testing;
using AseanMinerals.Core.TradeSources;

namespace AseanMinerals.Comtrade.Tests.Reliability;

/// <summary>
/// A short, deterministic fuzzing run of the importer: 3,000 mutations (fixed seed) of the four fixtures, of the CSV one
/// gzip-compressed in one member and in two, and of the API response appended to itself (what <c>curl &gt;&gt; file</c>
/// makes). The import may end or stop with its <see cref="ValidationException"/>, never anything else;
/// every row read is a record, set aside or rejected, and the records yielded are those the summary counts.
/// </summary>
public class FuzzTests
{
    // 3,000 in CI; ASEAN_FUZZ_INPUTS runs a long campaign.
    private static readonly int Inputs = MutationFuzzer.InputsFor(3_000);

    private static readonly ComtradeImportOptions Collecting = new() { OnInvalidRow = InvalidRowHandling.Collect };

    [Fact]
    public async Task The_importer_reads_or_stops_on_3000_mutated_files_with_its_own_exception_only_and_accounts_for_every_row()
    {
        byte[][] seeds =
        [
            Fixture.Bytes(Fixture.ComtradePlusCsv), Fixture.Bytes(Fixture.ComtradePlusJson), Fixture.Bytes(Fixture.LegacyApi),
            Fixture.Bytes(Fixture.LegacyBulk), GzipMembers.Compress(Fixture.Bytes(Fixture.ComtradePlusCsv)),
            GzipMembers.Compress(Fixture.Bytes(Fixture.ComtradePlusCsv), members: 2),
            [.. Fixture.Bytes(Fixture.ComtradePlusJson), .. "\n"u8, .. Fixture.Bytes(Fixture.ComtradePlusJson)],
        ];
        var fuzzer = new MutationFuzzer(seeds, MutationFuzzer.SeedFor(13));
        var failures = new List<string>();

        for (var i = 0; i < Inputs; i++)
        {
            var input = fuzzer.Next();
            var problem = await ProblemWithAsync(input, i % 2 == 0 ? Collecting : ComtradeImportOptions.Default);
            if (problem is not null)
            {
                var path = Path.Combine(Path.GetTempPath(), $"fuzz-comtrade-{i}.bin");
                await File.WriteAllBytesAsync(path, input);
                failures.Add($"input {i} ({path}): {problem}");
            }
        }

        failures.Should().BeEmpty();
    }

    // Null when the import behaved as documented; else what went wrong.
    private static async Task<string?> ProblemWithAsync(byte[] input, ComtradeImportOptions options)
    {
        var import = ComtradeFile.OpenStream(new MemoryStream(input), "fuzzed", options);
        long yielded = 0;
        try
        {
            await foreach (var _ in import)
            {
                yielded++;
            }
        }
        catch (ValidationException)
        {
            // documented: a file that cannot be read, or the first bad row when stopping at errors
        }
        catch (Exception e)
        {
            return $"{e.GetType().Name}: {e.Message}";
        }

        var summary = import.Summary;
        return !summary.IsReconciled ? $"not reconciled: {summary}"
            : yielded != summary.Records ? $"{yielded} records yielded, {summary.Records} counted"
            : null;
    }
}
