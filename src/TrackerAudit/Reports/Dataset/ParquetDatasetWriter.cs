using Parquet;
using Parquet.Schema;

namespace TrackerAudit.Reports.Dataset;

/// <summary>
/// Writes the dataset as a folder of Parquet files, one per table (<c>&lt;table&gt;.parquet</c>, Parquet.Net): text
/// columns as UTF-8 strings, integer columns as 64-bit integers, all nullable. Rows are buffered into row groups of
/// <see cref="RowGroupSize"/>, so a crawl of thousands of small runs does not make thousands of tiny row groups.
/// </summary>
internal sealed class ParquetDatasetWriter : IDatasetWriter
{
    public const int RowGroupSize = 50_000;

    private readonly string _folder;
    private readonly string _temporary;
    private readonly List<TableFile> _files = [];

    private ParquetDatasetWriter(string folder)
    {
        _folder = folder;
        _temporary = folder + ".tmp";
    }

    public static async Task<ParquetDatasetWriter> CreateAsync(string folder, CancellationToken cancellationToken)
    {
        var writer = new ParquetDatasetWriter(folder);
        if (Directory.Exists(writer._temporary))
        {
            Directory.Delete(writer._temporary, recursive: true);
        }

        Directory.CreateDirectory(writer._temporary);
        try
        {
            foreach (var table in DatasetSchema.Tables)
            {
                var fields = table.Columns.Select(column => new DataField(column.Name, column.Type == ColumnType.Integer ? typeof(long) : typeof(string), isNullable: true)).ToArray();
                var stream = File.Create(Path.Combine(writer._temporary, table.Name + ".parquet"));
                var parquet = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream, cancellationToken: cancellationToken).ConfigureAwait(false);
                writer._files.Add(new TableFile(table, fields, stream, parquet));
            }
        }
        catch
        {
            await writer.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return writer;
    }

    public async Task AddAsync(RunRows rows, CancellationToken cancellationToken)
    {
        foreach (var file in _files)
        {
            file.Pending.AddRange(rows.Of(file.Table));
            if (file.Pending.Count >= RowGroupSize)
            {
                await FlushAsync(file, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        foreach (var file in _files)
        {
            await FlushAsync(file, cancellationToken).ConfigureAwait(false);
        }

        await CloseAsync().ConfigureAwait(false);
        CsvDatasetWriter.MoveIntoPlace(_temporary, _folder);
    }

    public async ValueTask DisposeAsync()
    {
        await CloseAsync().ConfigureAwait(false);
        if (Directory.Exists(_temporary))
        {
            Directory.Delete(_temporary, recursive: true);
        }
    }

    private static async Task FlushAsync(TableFile file, CancellationToken cancellationToken)
    {
        if (file.Pending.Count == 0)
        {
            return;
        }

        using (var group = file.Writer.CreateRowGroup())
        {
            for (var column = 0; column < file.Fields.Length; column++)
            {
                if (file.Table.Columns[column].Type == ColumnType.Integer)
                {
                    var values = file.Pending.Select(row => (long?)row[column]).ToArray();
                    await group.WriteAsync<long>(file.Fields[column], values, cancellationToken: cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await group.WriteAsync(file.Fields[column], file.Pending.Select(row => (string?)row[column]).ToArray()).ConfigureAwait(false);
                }
            }
        }

        file.Pending.Clear();
    }

    private async Task CloseAsync()
    {
        foreach (var file in _files)
        {
            await file.Writer.DisposeAsync().ConfigureAwait(false);
            await file.Stream.DisposeAsync().ConfigureAwait(false);
        }

        _files.Clear();
    }

    private sealed record TableFile(DatasetTable Table, DataField[] Fields, FileStream Stream, ParquetWriter Writer)
    {
        public List<object?[]> Pending { get; } = [];
    }
}
