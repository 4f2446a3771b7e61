namespace AseanMinerals.Testing;

/// <summary>
/// A deterministic mutation fuzzer: from valid inputs (the seeds) it makes a fixed number of broken ones, by bit flips,
/// bytes set to values readers find hard, truncations, splices of two seeds, repeated and deleted chunks, and tokens
/// inserted (quotes, brackets, line breaks, byte order marks, NaN, 1e400). The same seed gives the same inputs on every
/// run, so a failure found in CI is found again on a laptop.
/// </summary>
public sealed class MutationFuzzer
{
    private static readonly byte[][] Tokens =
    [
        "\""u8.ToArray(), "{"u8.ToArray(), "}"u8.ToArray(), "["u8.ToArray(), "]"u8.ToArray(), ","u8.ToArray(), ":"u8.ToArray(),
        "\n"u8.ToArray(), "\r\n"u8.ToArray(), "\r"u8.ToArray(), [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xC3, 0x28], [0x00],
        "NaN"u8.ToArray(), "-0"u8.ToArray(), "1e400"u8.ToArray(), "1234567890123456789012345678901234567890"u8.ToArray(),
        "null"u8.ToArray(), "\\u0000"u8.ToArray(), "\\ud800"u8.ToArray(), "-1"u8.ToArray(), "\"\""u8.ToArray(),
    ];

    private static readonly byte[] HardBytes = [0x00, 0x0A, 0x0D, 0x22, 0x2C, 0x5C, 0x7B, 0x7D, 0x80, 0xBF, 0xC0, 0xEF, 0xFF];

    private readonly IReadOnlyList<byte[]> _seeds;
    private readonly Random _random;

    /// <summary>Creates the fuzzer.</summary>
    /// <param name="seeds">The valid inputs to mutate (at least one, none empty).</param>
    /// <param name="seed">The seed of the random choices.</param>
    public MutationFuzzer(IReadOnlyList<byte[]> seeds, int seed)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        ArgumentOutOfRangeException.ThrowIfZero(seeds.Count);
        _seeds = seeds;
        _random = new Random(seed);
    }

    /// <summary>
    /// How many inputs a fuzzing test makes: <paramref name="ciInputs"/>, unless the environment variable
    /// <c>ASEAN_FUZZ_INPUTS</c> asks for more (a long campaign: see tests/README.md).
    /// </summary>
    public static int InputsFor(int ciInputs) =>
        int.TryParse(Environment.GetEnvironmentVariable("ASEAN_FUZZ_INPUTS"), out var inputs) && inputs > 0 ? inputs : ciInputs;

    /// <summary>The seed of a fuzzing test: <paramref name="ciSeed"/>, unless the environment variable <c>ASEAN_FUZZ_SEED</c> names another.</summary>
    public static int SeedFor(int ciSeed) =>
        int.TryParse(Environment.GetEnvironmentVariable("ASEAN_FUZZ_SEED"), out var seed) ? seed ^ ciSeed : ciSeed;

    /// <summary>The next mutated input: one to four mutations of a seed.</summary>
    public byte[] Next()
    {
        var input = new List<byte>(_seeds[_random.Next(_seeds.Count)]);
        var mutations = 1 + _random.Next(4);
        for (var i = 0; i < mutations; i++)
        {
            Mutate(input);
        }

        return [.. input];
    }

    private void Mutate(List<byte> input)
    {
        if (input.Count == 0)
        {
            input.AddRange(Tokens[_random.Next(Tokens.Length)]);
            return;
        }

        var at = _random.Next(input.Count);
        switch (_random.Next(8))
        {
            case 0: // flip a bit
                input[at] ^= (byte)(1 << _random.Next(8));
                break;
            case 1: // a byte readers find hard
                input[at] = HardBytes[_random.Next(HardBytes.Length)];
                break;
            case 2: // cut the input short
                input.RemoveRange(at, input.Count - at);
                break;
            case 3: // splice: the start of this input, the end of another seed
                var other = _seeds[_random.Next(_seeds.Count)];
                var from = _random.Next(other.Length);
                input.RemoveRange(at, input.Count - at);
                input.AddRange(other.AsSpan(from).ToArray());
                break;
            case 4: // repeat a chunk
                var length = Math.Min(input.Count - at, 1 + _random.Next(256));
                var chunk = input.GetRange(at, length);
                for (var times = 1 + _random.Next(8); times > 0; times--)
                {
                    input.InsertRange(at, chunk);
                }

                break;
            case 5: // delete a chunk
                input.RemoveRange(at, Math.Min(input.Count - at, 1 + _random.Next(64)));
                break;
            default: // insert a token
                input.InsertRange(at, Tokens[_random.Next(Tokens.Length)]);
                break;
        }
    }
}
