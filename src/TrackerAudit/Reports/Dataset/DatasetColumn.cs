namespace TrackerAudit.Reports.Dataset;

/// <summary>One column of a dataset table, with what it means (docs/dataset.md says the same, and a test checks it).</summary>
internal sealed record DatasetColumn(string Name, ColumnType Type, string Meaning);
