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
}
