namespace TrackerAudit.Reports.Dataset;

/// <summary>One table of the dataset: its name, what a row is, its columns in order, and the columns that identify a row.</summary>
internal sealed record DatasetTable(string Name, string Meaning, IReadOnlyList<DatasetColumn> Columns, IReadOnlyList<string> Key)
{
    public int IndexOf(string column)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Name == column)
            {
                return i;
            }
        }

        throw new ArgumentException($"the table {Name} has no column {column}", nameof(column));
    }
}
