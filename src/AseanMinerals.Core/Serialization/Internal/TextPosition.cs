namespace AseanMinerals.Core.Serialization.Internal;

/// <summary>Turns a byte offset in UTF-8 input into the 1-based line and 0-based byte position in that line.</summary>
internal static class TextPosition
{
    public static (long Line, long BytePositionInLine) Of(ReadOnlySpan<byte> input, long offset)
    {
        var before = input[..(int)Math.Clamp(offset, 0, input.Length)];
        var lastNewLine = before.LastIndexOf((byte)'\n');
        return (before.Count((byte)'\n') + 1, before.Length - (lastNewLine + 1));
    }

    /// <summary>
    /// The first byte of the token that ends just before <paramref name="end"/> (the serializer reports the position after a
    /// value it could not convert): a string back to its opening quote, a number or literal back to its first character.
    /// </summary>
    public static long TokenStartBefore(ReadOnlySpan<byte> input, long end)
    {
        var i = (int)Math.Clamp(end, 0, input.Length) - 1;
        while (i >= 0 && IsWhiteSpace(input[i]))
        {
            i--;
        }

        if (i < 0)
        {
            return 0;
        }

        if (input[i] == (byte)'"')
        {
            for (var j = i - 1; j >= 0; j--)
            {
                if (input[j] == (byte)'"' && !IsEscaped(input, j))
                {
                    return j;
                }
            }

            return i;
        }

        while (i > 0 && !IsDelimiter(input[i - 1]))
        {
            i--;
        }

        return i;
    }

    private static bool IsEscaped(ReadOnlySpan<byte> input, int quote)
    {
        var backslashes = 0;
        for (var k = quote - 1; k >= 0 && input[k] == (byte)'\\'; k--)
        {
            backslashes++;
        }

        return backslashes % 2 == 1;
    }

    private static bool IsWhiteSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n';

    private static bool IsDelimiter(byte b) => IsWhiteSpace(b) || b is (byte)',' or (byte)':' or (byte)'[' or (byte)'{';
}
