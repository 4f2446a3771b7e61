using System.Text;
using System.Text.Unicode;

namespace AseanMinerals.Core.Serialization.Internal;

/// <summary>
/// Finds the first byte that is not UTF-8. JSON readers check UTF-8 only when a string is decoded, and then throw an
/// <see cref="InvalidOperationException"/> without a place; checking the input first gives every reader one error, at its byte.
/// </summary>
internal static class Utf8Check
{
    /// <summary>The offset of the first byte of the first invalid UTF-8 sequence, or -1 when the input is all UTF-8.</summary>
    public static int FirstInvalidByte(ReadOnlySpan<byte> input)
    {
        if (Utf8.IsValid(input))
        {
            return -1;
        }

        var offset = 0;
        while (offset < input.Length)
        {
            if (Rune.DecodeFromUtf8(input[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return -1;
    }

    /// <summary>The message for an invalid byte: which byte, and what the library reads.</summary>
    public static string Describe(ReadOnlySpan<byte> input, int offset) =>
        $"The input is not UTF-8: the byte 0x{input[offset]:X2} does not begin a valid UTF-8 sequence (the library reads UTF-8 only; save the file as UTF-8).";
}
