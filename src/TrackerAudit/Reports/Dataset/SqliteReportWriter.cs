namespace TrackerAudit.Reports.Dataset;

/// <summary>Writes <c>report.sqlite</c>: the run of <c>report.json</c> as the tables of docs/dataset.md.</summary>
internal static class SqliteReportWriter
{
    public const string FileName = RunFolderLayout.ReportSqlite;

    public static async Task WriteAsync(RunReport report, string runFolder, CancellationToken cancellationToken)
    {
        var writer = await SqliteDatasetWriter.CreateAsync(Path.Combine(runFolder, FileName), cancellationToken).ConfigureAwait(false);
        await using (writer.ConfigureAwait(false))
        {
            await writer.AddAsync(RunRows.Of(report, FolderName(runFolder)), cancellationToken).ConfigureAwait(false);
            await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public static string FolderName(string runFolder) => Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(runFolder)));
}
