namespace TrackerAudit.Reports.Dataset;

/// <summary>What <c>trackeraudit export --format</c> writes.</summary>
internal enum DatasetFormat
{
    /// <summary>One SQLite database file.</summary>
    Sqlite,

    /// <summary>A folder with one Parquet file per table.</summary>
    Parquet,

    /// <summary>A folder with one CSV file per table (RFC 4180).</summary>
    Csv,
}
