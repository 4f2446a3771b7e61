using System.Text.Json;

namespace AseanMinerals.Benchmarks.JsonLines;

/// <summary>
/// The floor no reader can beat: one <see cref="Utf8JsonReader"/> pass over every token of the file, reading it in 64 KiB
/// blocks, carrying the reader state across blocks, building nothing.
/// </summary>
internal static class BareReader
{
    public static long CountTokens(Stream stream)
    {
        var buffer = new byte[1 << 16];
        var state = new JsonReaderState(new JsonReaderOptions { AllowMultipleValues = true });
        long tokens = 0;
        var pending = 0;
        while (true)
        {
            var read = stream.Read(buffer, pending, buffer.Length - pending);
            var length = pending + read;
            var reader = new Utf8JsonReader(buffer.AsSpan(0, length), isFinalBlock: read == 0, state);
            while (reader.Read())
            {
                tokens++;
            }

            if (read == 0)
            {
                return tokens;
            }

            var consumed = (int)reader.BytesConsumed;
            pending = length - consumed;
            buffer.AsSpan(consumed, pending).CopyTo(buffer);
            state = reader.CurrentState;
        }
    }
}
