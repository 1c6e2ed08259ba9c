using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.VisualBasic.FileIO;
using Parquet;
using TrackerAudit.Reports.Dataset;

namespace TrackerAudit.Tests.Reports.Dataset;

/// <summary>
/// Reads a dataset back, each format with a reader other than the writer's (SQLite's own engine, Parquet.Net's reader,
/// the BCL's <see cref="TextFieldParser"/> for CSV), every cell as text (null for a missing value).
/// </summary>
internal static class DatasetFiles
{
    public static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    public static List<string?[]> Query(string path, string sql)
    {
        using var connection = Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string?[]>();
        while (reader.Read())
        {
            var row = new string?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture);
            }

            rows.Add(row);
        }

        return rows;
    }

    public static long Scalar(string path, string sql) => long.Parse(Query(path, sql).Single()[0]!, CultureInfo.InvariantCulture);

    public static List<string?[]> Sqlite(string path, DatasetTable table) =>
        Query(path, $"SELECT {string.Join(", ", table.Columns.Select(column => "\"" + column.Name + "\""))} FROM \"{table.Name}\" ORDER BY rowid");

    public static async Task<List<string?[]>> ParquetAsync(string folder, DatasetTable table)
    {
        var rows = new List<string?[]>();
        await using var reader = await ParquetReader.CreateAsync(Path.Combine(folder, table.Name + ".parquet"));
        var fields = reader.Schema.GetDataFields();
        Assert.That(fields.Select(field => field.Name), Is.EqualTo(table.Columns.Select(column => column.Name)), table.Name);
        for (var group = 0; group < reader.RowGroupCount; group++)
        {
            using var rowGroup = reader.OpenRowGroupReader(group);
            var count = (int)rowGroup.RowCount;
            var columns = new List<string?[]>();
            for (var column = 0; column < fields.Length; column++)
            {
                if (table.Columns[column].Type == ColumnType.Integer)
                {
                    var values = new long?[count];
                    await rowGroup.ReadAsync<long>(fields[column], values.AsMemory());
                    columns.Add(values.Select(value => value?.ToString(CultureInfo.InvariantCulture)).ToArray());
                }
                else
                {
                    var values = new string?[count];
                    await rowGroup.ReadAsync(fields[column], values.AsMemory()!);
                    columns.Add(values);
                }
            }

            for (var row = 0; row < count; row++)
            {
                rows.Add(columns.Select(column => column[row]).ToArray());
            }
        }

        return rows;
    }

    /// <summary>The records of a CSV file after its header, which must be the table's column names.</summary>
    public static List<string[]> Csv(string folder, DatasetTable table)
    {
        using var parser = new TextFieldParser(Path.Combine(folder, table.Name + ".csv"), System.Text.Encoding.UTF8)
        {
            TextFieldType = FieldType.Delimited,
            HasFieldsEnclosedInQuotes = true,
            TrimWhiteSpace = false,
        };
        parser.SetDelimiters(",");
        Assert.That(parser.ReadFields(), Is.EqualTo(table.Columns.Select(column => column.Name)), table.Name);
        var rows = new List<string[]>();
        while (!parser.EndOfData)
        {
            rows.Add(parser.ReadFields()!);
        }

        return rows;
    }
}
