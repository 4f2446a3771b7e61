using System.Text;
using AseanMinerals.Core.Internal;

namespace AseanMinerals.Comtrade.Reading;

/// <summary>
/// The encodings Comtrade files come in. Fields are read as UTF-8 bytes; the few that are decoded (header names, values
/// quoted in messages) decode any byte that is not part of valid UTF-8 as Windows-1252, byte by byte: a UTF-8 file reads
/// as UTF-8, a Windows-1252 file (<c>C\xF4te d'Ivoire</c>) as Windows-1252, without a second pass. Codes and numbers
/// are ASCII, so no record depends on the guess.
/// </summary>
internal static class TextDecoding
{
    /// <summary>The white space trimmed around a field: ASCII spaces, tabs and line breaks.</summary>
    public static ReadOnlySpan<byte> WhiteSpace => " \t\r\n\v\f"u8;

    /// <summary>Windows-1252, from the code-page provider of the shared framework (no global registration needed).</summary>
    public static Encoding Windows1252 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(1252)
        ?? throw new InvalidOperationException("The Windows-1252 code page is not available on this platform.");

    private static readonly char[] Windows1252Chars = MakeWindows1252Chars();

    // UTF-8 whose invalid bytes decode as Windows-1252 (whether any did is told by the row source, not here).
    private static readonly Encoding Detecting = Encoding.GetEncoding(Encoding.UTF8.CodePage, EncoderFallback.ReplacementFallback, new Windows1252Fallback());

    /// <summary>The text of UTF-8 bytes, each byte that is not UTF-8 read as Windows-1252.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes) => Detecting.GetString(bytes);

    /// <summary>A field's bytes as a message quotes them (decoded as <see cref="Decode"/> does, cut as <see cref="QuotedText.Cut(ReadOnlySpan{char})"/> does).</summary>
    public static string Quote(ReadOnlySpan<byte> bytes) => QuotedText.Cut(Decode(bytes));

    /// <summary>True for bytes that are all ASCII white space (or none): a blank line or field.</summary>
    public static bool IsBlank(ReadOnlySpan<byte> bytes) => bytes.IndexOfAnyExcept(WhiteSpace) < 0;

    private static char[] MakeWindows1252Chars()
    {
        var bytes = new byte[256];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)i;
        }

        return Windows1252.GetChars(bytes);
    }

    /// <summary>Decodes each byte that is not valid UTF-8 as the Windows-1252 character it stands for.</summary>
    private sealed class Windows1252Fallback : DecoderFallback
    {
        /// <inheritdoc />
        // One character per byte: never more characters than bytes, so readers size their buffers as for plain UTF-8.
        public override int MaxCharCount => 1;

        /// <inheritdoc />
        public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer();

        private sealed class Buffer : DecoderFallbackBuffer
        {
            private char[] _chars = new char[4];
            private int _count;
            private int _position;

            public override int Remaining => _count - _position;

            public override bool Fallback(byte[] bytesUnknown, int index)
            {
                if (bytesUnknown.Length > _chars.Length)
                {
                    _chars = new char[bytesUnknown.Length];
                }

                for (var i = 0; i < bytesUnknown.Length; i++)
                {
                    _chars[i] = Windows1252Chars[bytesUnknown[i]];
                }

                _count = bytesUnknown.Length;
                _position = 0;
                return _count > 0;
            }

            public override char GetNextChar() => _position < _count ? _chars[_position++] : '\0';

            public override bool MovePrevious()
            {
                if (_position == 0)
                {
                    return false;
                }

                _position--;
                return true;
            }

            public override void Reset() => _count = _position = 0;
        }
    }
}
