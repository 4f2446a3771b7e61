using System.Globalization;
using AseanMinerals.Core.Trade;
using Parquet;
using Parquet.Schema;

namespace AseanMinerals.Parquet.Internal;

/// <summary>
/// One partition's files: rows are buffered and written a row group at a time to a temporary file beside the target,
/// which takes its final name only when the whole writing succeeded (<see cref="CommitAsync"/>).
/// </summary>
internal sealed class TradeParquetPartWriter(string folder, string fileNamePrefix, bool numbered, TradeParquetWriteOptions options) : IAsyncDisposable
{
    private readonly List<TradeRecord> _buffer = [];
    private readonly List<(string Temporary, string Target)> _files = [];
    private FileStream? _stream;
    private ParquetWriter? _writer;
    private DataField[]? _fields;
    private long _rowsInFile;

    public int Buffered => _buffer.Count;

    public IEnumerable<string> Targets => _files.Select(static f => f.Target);

    /// <summary>Adds a record; refuses a value or weight its column cannot hold exactly, before anything is written.</summary>
    public void Add(in TradeRecord record)
    {
        TradeParquetColumns.CheckFits(record, options.ValueScale, "Parquet");
        _buffer.Add(record);
    }

    /// <summary>Writes the buffered rows as row groups, starting a new file where the current one is full.</summary>
    public async Task FlushAsync(bool all, CancellationToken cancellationToken)
    {
        var start = 0;
        while (_buffer.Count - start >= options.RowGroupSize || (all && start < _buffer.Count))
        {
            if (_writer is null || (numbered && _rowsInFile >= options.MaxRowsPerFile))
            {
                await StartFileAsync(cancellationToken).ConfigureAwait(false);
            }

            var room = numbered ? (int)Math.Min(options.RowGroupSize, options.MaxRowsPerFile - _rowsInFile) : options.RowGroupSize;
            var count = Math.Min(room, _buffer.Count - start);
            await WriteRowGroupAsync(_writer!, _fields!, _buffer.GetRange(start, count), cancellationToken).ConfigureAwait(false);
            _rowsInFile += count;
            start += count;
        }

        _buffer.RemoveRange(0, start);
    }

    /// <summary>Starts the file without rows, so that an empty input still gives a file with the schema.</summary>
    public Task StartEmptyAsync(CancellationToken cancellationToken) => StartFileAsync(cancellationToken);

    /// <summary>Ends the files and gives each its final name.</summary>
    public async Task CommitAsync()
    {
        await CloseAsync().ConfigureAwait(false);
        foreach (var (temporary, target) in _files)
        {
            File.Move(temporary, target, options.Overwrite);
        }
    }

    /// <summary>Removes the temporary files of a writing that failed (no target was touched).</summary>
    public async ValueTask DisposeAsync()
    {
        await CloseAsync().ConfigureAwait(false);
        foreach (var (temporary, _) in _files)
        {
            File.Delete(temporary);
        }
    }

    internal static async Task WriteRowGroupAsync(ParquetWriter writer, DataField[] f, List<TradeRecord> rows, CancellationToken cancellationToken)
    {
        // The columns in the order of TradeParquetColumns.Schema: the one table fills each.
        using var group = writer.CreateRowGroup();
        for (var i = 0; i < f.Length; i++)
        {
            await TradeParquetColumns.All[i].WriteAsync(group, f[i], rows, cancellationToken).ConfigureAwait(false);
        }

        group.CompleteValidate();
    }

    private async Task StartFileAsync(CancellationToken cancellationToken)
    {
        await CloseAsync().ConfigureAwait(false);
        var name = numbered ? string.Create(CultureInfo.InvariantCulture, $"{fileNamePrefix}-{_files.Count}.parquet") : fileNamePrefix;
        var target = Path.Combine(folder, name);
        if (!options.Overwrite && File.Exists(target))
        {
            throw new IOException($"{target}: the file exists; it is not replaced (set TradeParquetWriteOptions.Overwrite to replace it).");
        }

        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{name}.{Guid.NewGuid():N}.tmp");
        _stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.Asynchronous);
        _files.Add((temporary, target));
        var schema = TradeParquetColumns.Schema(options.ValueScale);
        _fields = schema.GetDataFields();
        _writer = await ParquetWriter.CreateAsync(schema, _stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        _rowsInFile = 0;
    }

    private async Task CloseAsync()
    {
        if (_writer is not null)
        {
            await _writer.DisposeAsync().ConfigureAwait(false);
            _writer = null;
        }

        if (_stream is not null)
        {
            await _stream.FlushAsync().ConfigureAwait(false);
            await _stream.DisposeAsync().ConfigureAwait(false);
            _stream = null;
        }
    }
}
