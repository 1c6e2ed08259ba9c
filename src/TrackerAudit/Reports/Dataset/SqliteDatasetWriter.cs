using System.Globalization;
using Microsoft.Data.Sqlite;

namespace TrackerAudit.Reports.Dataset;

/// <summary>
/// Writes the dataset as one SQLite database: a table per <see cref="DatasetSchema"/> table, indexes on their keys,
/// <c>PRAGMA user_version</c> set to the schema version. Written to <c>&lt;path&gt;.tmp</c>, one transaction per run, and
/// moved into place when complete.
/// </summary>
internal sealed class SqliteDatasetWriter : IDatasetWriter
{
    private readonly string _path;
    private readonly string _temporary;
    private readonly SqliteConnection _connection;
    private readonly Dictionary<string, SqliteCommand> _inserts = new(StringComparer.Ordinal);

    private SqliteDatasetWriter(string path)
    {
        _path = path;
        _temporary = path + ".tmp";
        File.Delete(_temporary);
        // No pooling: a pooled connection keeps the file open after it is closed, and the file is moved and hashed next.
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _temporary, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString());
    }

    public static async Task<SqliteDatasetWriter> CreateAsync(string path, CancellationToken cancellationToken)
    {
        var writer = new SqliteDatasetWriter(path);
        try
        {
            await writer._connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            // The file is a temporary one until it is complete: a crash leaves a .tmp, never a torn dataset.
            await writer.ExecuteAsync("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;", cancellationToken).ConfigureAwait(false);
            await writer.ExecuteAsync(string.Create(CultureInfo.InvariantCulture, $"PRAGMA user_version = {DatasetSchema.Version};"), cancellationToken).ConfigureAwait(false);
            foreach (var table in DatasetSchema.Tables)
            {
                await writer.ExecuteAsync(CreateTable(table), cancellationToken).ConfigureAwait(false);
                writer._inserts[table.Name] = writer.Insert(table);
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
        using var transaction = _connection.BeginTransaction();
        foreach (var table in DatasetSchema.Tables)
        {
            var insert = _inserts[table.Name];
            insert.Transaction = transaction;
            foreach (var row in rows.Of(table))
            {
                for (var i = 0; i < row.Length; i++)
                {
                    insert.Parameters[i].Value = row[i] ?? DBNull.Value;
                }

                await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        foreach (var table in DatasetSchema.Tables)
        {
            await ExecuteAsync($"CREATE INDEX \"{table.Name}_key\" ON \"{table.Name}\" ({string.Join(", ", table.Key.Select(Quote))});", cancellationToken).ConfigureAwait(false);
        }

        await CloseAsync().ConfigureAwait(false);
        File.Move(_temporary, _path, overwrite: true);
    }

    public async ValueTask DisposeAsync()
    {
        await CloseAsync().ConfigureAwait(false);
        File.Delete(_temporary);
    }

    private async Task CloseAsync()
    {
        foreach (var insert in _inserts.Values)
        {
            await insert.DisposeAsync().ConfigureAwait(false);
        }

        _inserts.Clear();
        await _connection.DisposeAsync().ConfigureAwait(false);
    }

    private static string CreateTable(DatasetTable table) =>
        $"CREATE TABLE \"{table.Name}\" ({string.Join(", ", table.Columns.Select(column => $"{Quote(column.Name)} {(column.Type == ColumnType.Integer ? "INTEGER" : "TEXT")}"))});";

    private static string Quote(string name) => "\"" + name + "\"";

    private SqliteCommand Insert(DatasetTable table)
    {
        var command = _connection.CreateCommand();
        command.CommandText = $"INSERT INTO \"{table.Name}\" VALUES ({string.Join(", ", table.Columns.Select((_, i) => "$p" + i.ToString(CultureInfo.InvariantCulture)))});";
        for (var i = 0; i < table.Columns.Count; i++)
        {
            command.Parameters.Add(new SqliteParameter("$p" + i.ToString(CultureInfo.InvariantCulture), table.Columns[i].Type == ColumnType.Integer ? SqliteType.Integer : SqliteType.Text));
        }

        command.Prepare();
        return command;
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
