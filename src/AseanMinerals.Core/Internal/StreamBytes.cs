namespace AseanMinerals.Core.Internal;

/// <summary>Reads what is left of a stream into one array: documents are read whole (JSON Lines stream instead).</summary>
internal static class StreamBytes
{
    public static byte[] ReadToEnd(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (stream.CanSeek)
        {
            var bytes = new byte[stream.Length - stream.Position];
            stream.ReadExactly(bytes);
            return bytes;
        }

        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>
    /// Reads what is left of a stream, refusing it as soon as it is known to hold more than <paramref name="maxLength"/>
    /// bytes: at once when the stream knows its length, else when the reading passes the limit (never reading more than
    /// the limit and one buffer).
    /// </summary>
    public static byte[] ReadToEnd(Stream stream, int maxLength, Func<long, Exception> tooLong)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (stream.CanSeek)
        {
            var length = stream.Length - stream.Position;
            return length > maxLength ? throw tooLong(length) : ReadToEnd(stream);
        }

        var buffer = new byte[Math.Min(maxLength, 1 << 16)];
        var filled = 0;
        while (true)
        {
            if (filled == buffer.Length)
            {
                if (filled >= maxLength)
                {
                    // Full at the limit: one byte more is one too many (looked for without a larger buffer).
                    Span<byte> one = stackalloc byte[1];
                    return stream.Read(one) == 0 ? buffer : throw tooLong(filled + 1L);
                }

                Array.Resize(ref buffer, (int)Math.Min(maxLength, buffer.Length * 2L));
            }

            var read = stream.Read(buffer, filled, buffer.Length - filled);
            if (read == 0)
            {
                return filled == buffer.Length ? buffer : buffer[..filled];
            }

            filled += read;
        }
    }
}
