using System.Globalization;
using CsvHelper;

namespace TrackerAudit.Reports.Dataset;

/// <summary>
/// Writes the dataset as a folder of CSV files, one per table (<c>&lt;table&gt;.csv</c>), RFC 4180 (CsvHelper): a header
/// row, UTF-8, CRLF, a field quoted when it holds a comma, a quote or a line break. Values are written as they are,
/// formula-like text included (docs/dataset.md says how to open them safely in a spreadsheet).
/// </summary>
internal sealed class CsvDatasetWriter : IDatasetWriter
{
    private readonly string _folder;
    private readonly string _temporary;
    private readonly Dictionary<string, CsvWriter> _writers = new(StringComparer.Ordinal);

    private CsvDatasetWriter(string folder)
    {
        _folder = folder;
        _temporary = folder + ".tmp";
    }

    public static CsvDatasetWriter Create(string folder)
    {
        var writer = new CsvDatasetWriter(folder);
        if (Directory.Exists(writer._temporary))
        {
            Directory.Delete(writer._temporary, recursive: true);
        }

        Directory.CreateDirectory(writer._temporary);
        foreach (var table in DatasetSchema.Tables)
        {
            var csv = CsvWriter.ToFile(Path.Combine(writer._temporary, table.Name + ".csv"), CsvWriterOptions.Default);
            writer._writers[table.Name] = csv;
            csv.WriteHeader(table.Columns.Select(column => column.Name).ToArray());
        }

        return writer;
    }

    public async Task AddAsync(RunRows rows, CancellationToken cancellationToken)
    {
        foreach (var table in DatasetSchema.Tables)
        {
            var csv = _writers[table.Name];
            foreach (var row in rows.Of(table))
            {
                await csv.WriteRecordAsync(Array.ConvertAll(row, Text), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public Task CompleteAsync(CancellationToken cancellationToken)
    {
        Close();
        MoveIntoPlace(_temporary, _folder);
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        Close();
        if (Directory.Exists(_temporary))
        {
            Directory.Delete(_temporary, recursive: true);
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>Moves the finished files into <paramref name="folder"/>, which may exist empty (a folder made for the export).</summary>
    internal static void MoveIntoPlace(string temporary, string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder);
        }

        Directory.Move(temporary, folder);
    }

    private void Close()
    {
        foreach (var csv in _writers.Values)
        {
            csv.Dispose();
        }

        _writers.Clear();
    }

    private static string? Text(object? cell) => cell switch
    {
        null => null,
        long number => number.ToString(CultureInfo.InvariantCulture),
        var other => (string)other,
    };
}
