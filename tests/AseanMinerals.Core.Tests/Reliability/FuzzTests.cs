using AseanMinerals.Core.Serialization;
using AseanMinerals.Core.TradeSources;
using AseanMinerals.Core.Validation;
using AseanMinerals.Testing;

namespace AseanMinerals.Core.Tests.Reliability;

/// <summary>
/// A short, deterministic fuzzing run of the JSON readers: 3,000 mutations of the valid samples each (fixed seed). A
/// reader may accept an input or refuse it with its documented exception, never anything else, and the JSON Lines counts
/// always reconcile. A failing input is written to the temporary folder and named in the message, to become a corpus file.
/// </summary>
public class FuzzTests
{
    // 3,000 in CI; ASEAN_FUZZ_INPUTS runs a long campaign.
    private static readonly int Inputs = MutationFuzzer.InputsFor(3_000);

    private static readonly string Samples = Path.Combine(AppContext.BaseDirectory, "Serialization", "Samples", "valid");

    [Fact]
    public void The_document_readers_accept_or_refuse_3000_mutated_documents_with_their_own_exception_only()
    {
        var seeds = Directory.GetFiles(Samples, "*.json").Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        var fuzzer = new MutationFuzzer(seeds, MutationFuzzer.SeedFor(7));

        var failures = Run(fuzzer, "document", static input =>
        {
            foreach (var read in Readers)
            {
                try
                {
                    read(input);
                }
                catch (AseanMineralsJsonException)
                {
                    // documented: malformed, or against the schema
                }
            }
        });

        failures.Should().BeEmpty();
    }

    [Fact]
    public void The_JSON_Lines_reader_accepts_or_rejects_each_line_of_3000_mutated_files_and_counts_every_line()
    {
        // The plain files, and each gzip-compressed in one member and in two: mutations of the compressed bytes test the
        // gzip layer (a damaged or cut file is refused as a whole, never a crash).
        var plain = Directory.GetFiles(Samples, "*.jsonl").Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        var seeds = plain.Concat(plain.Select(static p => GzipMembers.Compress(p))).Concat(plain.Select(static p => GzipMembers.Compress(p, members: 2))).ToList();
        var fuzzer = new MutationFuzzer(seeds, MutationFuzzer.SeedFor(11));

        var failures = Run(fuzzer, "lines", static input =>
        {
            var collecting = AseanMineralsJson.ReadTradeRecordLines(new MemoryStream(input), new TradeSourceOptions { OnInvalidRow = InvalidRowHandling.Collect });
            var records = 0L;
            try
            {
                foreach (var _ in collecting)
                {
                    records++;
                }
            }
            catch (ValidationException e) when (e.Result.Issues.Any(static i => i.Message.Contains("gzip", StringComparison.Ordinal)))
            {
                // documented: a damaged or cut gzip file stops the reading as a whole, even when collecting
            }
            if (records != collecting.Summary.Records || collecting.Summary.RowsRead != collecting.Summary.Records + collecting.Summary.Rejected)
            {
                throw new InvalidOperationException($"The counts do not reconcile: {records} records yielded, {collecting.Summary.Records} counted, {collecting.Summary.RowsRead} lines = {collecting.Summary.Records} + {collecting.Summary.Rejected}.");
            }

            try
            {
                _ = AseanMineralsJson.ReadTradeRecordLines(new MemoryStream(input)).Count();
            }
            catch (ValidationException)
            {
                // documented: the first invalid line stops the reading
            }
        });

        failures.Should().BeEmpty();
    }

    [Fact]
    public void A_mutated_JSON_Lines_file_compressed_in_two_gzip_members_reads_as_the_plain_file_does()
    {
        // The content mutated first, then compressed whole: the reader must see through any split of the members (here
        // in the middle of the bytes, so anywhere in a line) to the same lines, records and issues. 500 inputs: each is
        // compressed, and the mutations are those of the test above.
        var seeds = Directory.GetFiles(Samples, "*.jsonl").Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        var fuzzer = new MutationFuzzer(seeds, MutationFuzzer.SeedFor(17));

        var failures = Run(fuzzer, "lines-gzip", static input =>
        {
            var plain = Outcome(input);
            var compressed = Outcome(GzipMembers.Compress(input, members: 2));
            if (compressed != plain)
            {
                throw new InvalidOperationException($"Plain: {plain}; in two gzip members: {compressed}.");
            }
        }, Math.Min(Inputs, 500));

        failures.Should().BeEmpty();
    }

    // What reading gives, collecting the bad lines: records, rows read, rejected and the issues (the byte count aside).
    private static string Outcome(byte[] input)
    {
        var lines = AseanMineralsJson.ReadTradeRecordLines(new MemoryStream(input), new TradeSourceOptions { OnInvalidRow = InvalidRowHandling.Collect });
        try
        {
            var records = string.Join(";", lines.ToList());
            return $"{lines.Summary.RowsRead} read, {lines.Summary.Records} records, {lines.Summary.Rejected} rejected: {records} {string.Join(";", lines.Summary.Issues.Issues)}";
        }
        catch (ValidationException e)
        {
            return $"stopped: {string.Join(";", e.Result.Issues)}";
        }
    }

    private static IEnumerable<Action<byte[]>> Readers =>
    [
        static b => AseanMineralsJson.DeserializeTradeDataset(b),
        static b => AseanMineralsJson.DeserializeReferenceData(b),
        static b => AseanMineralsJson.DeserializeClassification(new MemoryStream(b)),
    ];

    private static List<string> Run(MutationFuzzer fuzzer, string name, Action<byte[]> check, int? inputs = null)
    {
        var failures = new List<string>();
        for (var i = 0; i < (inputs ?? Inputs); i++)
        {
            var input = fuzzer.Next();
            try
            {
                check(input);
            }
            catch (Exception e)
            {
                var path = Path.Combine(Path.GetTempPath(), $"fuzz-{name}-{i}.bin");
                File.WriteAllBytes(path, input);
                failures.Add($"input {i} ({path}): {e.GetType().Name}: {e.Message}");
            }
        }

        return failures;
    }
}
