namespace TrackerAudit.Reports.Dataset;

/// <summary>
/// The two kinds of value a dataset column holds. Times are text (ISO 8601, UTC offset included) so that SQLite, CSV and
/// Parquet hold the same value, byte for byte.
/// </summary>
internal enum ColumnType
{
    Text,
    Integer,
}
