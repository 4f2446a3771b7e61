using System.IO.Compression;

namespace AseanMinerals.Testing;

/// <summary>
/// Gzip files as tests need them: one member, or several made by compressing each part on its own and putting the members
/// one after the other (what <c>cat a.gz b.gz</c> or <c>gzip -c &gt;&gt; file</c> makes), with the parts cut anywhere,
/// inside a line or a UTF-8 character.
/// </summary>
public static class GzipMembers
{
    /// <summary>The bytes compressed into <paramref name="members"/> members of (nearly) equal uncompressed length.</summary>
    public static byte[] Compress(ReadOnlySpan<byte> bytes, int members = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(members, 1);
        using var file = new MemoryStream();
        var length = bytes.Length / members;
        for (var member = 0; member < members; member++)
        {
            var part = member == members - 1 ? bytes[(member * length)..] : bytes.Slice(member * length, length);
            using var gzip = new GZipStream(file, CompressionLevel.Fastest, leaveOpen: true);
            gzip.Write(part);
        }

        return file.ToArray();
    }
}
