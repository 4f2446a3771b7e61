namespace AseanMinerals.Comtrade.Reading;

/// <summary>
/// The text of a CSV file on its way to the CSV reader, watched for rows longer than the limit: it counts the characters
/// since the last line break outside quotes, so that a quote left open (which makes the rest of the file one row) stops
/// the import at the row's line instead of growing the reader's buffer with the whole file.
/// </summary>
internal sealed class RowLengthGuard(TextReader inner, int maxRowLength, Func<long, Exception> tooLong) : TextReader
{
    private long _line = 1;
    private long _rowStartLine = 1;
    private long _rowLength;
    private bool _inQuotes;

    public override int Peek() => inner.Peek();

    public override int Read()
    {
        Span<char> one = stackalloc char[1];
        return Read(one) == 0 ? -1 : one[0];
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        var read = inner.Read(buffer);
        Watch(buffer[..read]);
        return read;
    }

    public override async ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        Watch(buffer.Span[..read]);
        return read;
    }

    public override Task<int> ReadAsync(char[] buffer, int index, int count) => ReadAsync(buffer.AsMemory(index, count)).AsTask();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    // A line at a time, not a quote at a time: Comtrade+ quotes every field, so a row holds some 100 quotes, and only
    // whether a line holds an odd number of them (a quoted field going on past the line break) matters.
    private void Watch(ReadOnlySpan<char> text)
    {
        // The usual text: its last line break is outside quotes, and even the rows before it taken as one are not too
        // long, so no row ending there is either: its quotes and line breaks are counted in bulk, not line by line.
        var last = text.LastIndexOf('\n');
        if (last >= 0 && _rowLength + last <= maxRowLength)
        {
            var head = text[..(last + 1)];
            if (((head.Count('"') & 1) == 1) == _inQuotes)
            {
                _line += head.Count('\n');
                _rowStartLine = _line;
                _rowLength = 0;
                _inQuotes = false;
                text = text[(last + 1)..];
            }
        }

        while (!text.IsEmpty)
        {
            var lineBreak = text.IndexOf('\n');
            var line = lineBreak < 0 ? text : text[..lineBreak];
            _rowLength += line.Length;
            if (_rowLength > maxRowLength)
            {
                throw tooLong(_rowStartLine);
            }

            if ((line.Count('"') & 1) == 1)
            {
                _inQuotes = !_inQuotes; // a doubled quote inside a field counts twice
            }

            if (lineBreak < 0)
            {
                return;
            }

            _line++;
            if (_inQuotes)
            {
                _rowLength++;
            }
            else
            {
                _rowLength = 0;
                _rowStartLine = _line;
            }

            text = text[(lineBreak + 1)..];
        }
    }
}
