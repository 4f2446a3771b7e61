using System.Text;

namespace AseanMinerals.Comtrade.Reading;

/// <summary>
/// The encodings Comtrade files come in. Detection reads UTF-8 and decodes any byte that is not part of valid UTF-8 as
/// Windows-1252, byte by byte: a UTF-8 file reads as UTF-8, a Windows-1252 file (<c>C\xF4te d'Ivoire</c>) as Windows-1252,
/// and the stream is read once, without a second pass. Codes and numbers are ASCII, so no record depends on the guess.
/// </summary>
internal static class TextDecoding
{
    /// <summary>Windows-1252, from the code-page provider of the shared framework (no global registration needed).</summary>
    public static Encoding Windows1252 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(1252)
        ?? throw new InvalidOperationException("The Windows-1252 code page is not available on this platform.");

    private static readonly char[] Windows1252Chars = MakeWindows1252Chars();

    /// <summary>A UTF-8 encoding whose invalid bytes decode as Windows-1252; <see cref="Windows1252Fallback.Used"/> tells whether any did.</summary>
    public static (Encoding Encoding, Windows1252Fallback Fallback) CreateDetecting()
    {
        var fallback = new Windows1252Fallback();
        return (Encoding.GetEncoding(Encoding.UTF8.CodePage, EncoderFallback.ReplacementFallback, fallback), fallback);
    }

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
    internal sealed class Windows1252Fallback : DecoderFallback
    {
        /// <summary>True once a byte was decoded as Windows-1252.</summary>
        public bool Used { get; private set; }

        /// <inheritdoc />
        // One character per byte: never more characters than bytes, so readers size their buffers as for plain UTF-8.
        public override int MaxCharCount => 1;

        /// <inheritdoc />
        public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

        private sealed class Buffer(Windows1252Fallback owner) : DecoderFallbackBuffer
        {
            private char[] _chars = new char[4];
            private int _count;
            private int _position;

            public override int Remaining => _count - _position;

            public override bool Fallback(byte[] bytesUnknown, int index)
            {
                owner.Used = true;
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
