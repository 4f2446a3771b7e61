namespace AseanMinerals.Comtrade.Reading;

/// <summary>The fields of one JSON element, laid out in the Comtrade+ column order, in one reused buffer of UTF-8 bytes.</summary>
internal sealed class FieldBuffer(int count) : IRowFields
{
    private readonly (int Start, int Length)[] _ranges = new (int, int)[count];
    private readonly bool[] _given = new bool[count];
    private byte[] _bytes = new byte[1024];
    private int _length;

    public int Count => _ranges.Length;

    public int DuplicateField { get; private set; } = -1;

    public ReadOnlySpan<byte> this[int index] => _bytes.AsSpan(_ranges[index].Start, _ranges[index].Length);

    public void Clear()
    {
        _length = 0;
        Array.Clear(_ranges);
        Array.Clear(_given);
        DuplicateField = -1;
    }

    /// <summary>Room for up to <paramref name="maxLength"/> bytes of a field; <see cref="Commit"/> says how many were written.</summary>
    public Span<byte> Reserve(int maxLength)
    {
        if (_length + maxLength > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _length + maxLength));
        }

        return _bytes.AsSpan(_length, maxLength);
    }

    public void Commit(int index, int written)
    {
        if (_given[index] && DuplicateField < 0)
        {
            DuplicateField = index;
        }

        _given[index] = true;
        _ranges[index] = (_length, written);
        _length += written;
    }

    public void Set(int index, ReadOnlySpan<byte> text)
    {
        text.CopyTo(Reserve(text.Length));
        Commit(index, text.Length);
    }
}
