using System.Text.Json;
using TrackerAudit.Errors;
using TrackerAudit.Reports.Bundle;

namespace TrackerAudit.Reports.Dataset;

/// <summary>
/// <c>trackeraudit export</c>: combines run folders (one per site, merged shards, redacted copies) into one dataset.
/// Each folder is verified against its <c>SHA256SUMS</c> and read from its <c>report.json</c>, one at a time; a folder
/// that fails either is named with why and left out, and every other one is still exported.
/// </summary>
internal static class DatasetExport
{
    /// <summary>
    /// Checks that <paramref name="output"/> can receive the dataset: a file or folder that does not exist yet, or (for a
    /// folder format) an empty folder. Throws the invalid-input error otherwise.
    /// </summary>
    public static void CheckOutput(string output, DatasetFormat format)
    {
        if (File.Exists(output))
        {
            throw TrackerAuditException.InvalidOption("--output", $"{output} exists: give a new path, an export never overwrites a dataset");
        }

        if (Directory.Exists(output) && (format == DatasetFormat.Sqlite || Directory.EnumerateFileSystemEntries(output).Any()))
        {
            throw TrackerAuditException.InvalidOption("--output", format == DatasetFormat.Sqlite
                ? $"{output} is a folder: give the path of the .sqlite file to write"
                : $"{output} is not empty: give a new or empty folder");
        }

        var parent = Path.GetDirectoryName(Path.GetFullPath(output));
        if (parent is not null && !Directory.Exists(parent))
        {
            throw TrackerAuditException.InvalidOption("--output", $"{parent} does not exist");
        }
    }

    public static async Task<ExportResult> ExportAsync(IReadOnlyList<string> folders, string output, DatasetFormat format, Action<string> progress, CancellationToken cancellationToken)
    {
        CheckOutput(output, format);
        var exported = new List<ExportedRun>();
        var problems = new List<ExportProblem>();
        var runIds = new Dictionary<string, string>(StringComparer.Ordinal);
        var writer = await CreateWriterAsync(output, format, cancellationToken).ConfigureAwait(false);
        await using (writer.ConfigureAwait(false))
        {
            foreach (var folder in folders)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (report, problem) = Read(folder);
                if (problem is null && runIds.TryGetValue(report!.RunId, out var earlier))
                {
                    problem = new ExportProblem(folder, $"holds the run {report.RunId}, already exported from {earlier} (a run once: not both a folder and its -redacted copy)", ExitCodes.InvalidInput);
                }

                if (problem is not null)
                {
                    problems.Add(problem);
                    progress($"Not exported: {problem.Folder}: {problem.Reason}");
                    continue;
                }

                runIds[report!.RunId] = folder;
                var rows = RunRows.Of(report, SqliteReportWriter.FolderName(folder));
                await writer.AddAsync(rows, cancellationToken).ConfigureAwait(false);
                exported.Add(new ExportedRun(
                    folder,
                    report.RunId,
                    rows.Of(DatasetSchema.Journeys).Count,
                    rows.Of(DatasetSchema.Requests).Count,
                    rows.Of(DatasetSchema.Events).Count,
                    rows.Of(DatasetSchema.Findings).Count));
            }

            await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        return new ExportResult(output, exported, problems);
    }

    private static async Task<IDatasetWriter> CreateWriterAsync(string output, DatasetFormat format, CancellationToken cancellationToken) => format switch
    {
        DatasetFormat.Sqlite => await SqliteDatasetWriter.CreateAsync(output, cancellationToken).ConfigureAwait(false),
        DatasetFormat.Parquet => await ParquetDatasetWriter.CreateAsync(output, cancellationToken).ConfigureAwait(false),
        _ => CsvDatasetWriter.Create(output),
    };

    /// <summary>The folder's report, or why it cannot be exported. Only a folder intact under its own seal is read.</summary>
    private static (RunReport? Report, ExportProblem? Problem) Read(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return (null, new ExportProblem(folder, File.Exists(folder) ? "is a file, not a run folder" : "does not exist", ExitCodes.InvalidInput));
        }

        var reportPath = Path.Combine(folder, JsonReportWriter.FileName);
        if (!File.Exists(reportPath))
        {
            return (null, new ExportProblem(folder, $"is not a run folder: it has no {JsonReportWriter.FileName}", ExitCodes.InvalidInput));
        }

        try
        {
            var verification = BundleChecksums.Verify(folder);
            if (!verification.Ok)
            {
                return (null, new ExportProblem(folder, verification.Message.Replace("\n", "\n    ", StringComparison.Ordinal), ExitCodes.ExpectationFailed));
            }
        }
        catch (FileNotFoundException)
        {
            return (null, new ExportProblem(folder, $"has no {BundleChecksums.FileName}: it was never sealed; seal what it holds with: trackeraudit recover {folder}", ExitCodes.ExpectationFailed));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return (null, new ExportProblem(folder, $"cannot be verified: {exception.Message}", ExitCodes.ExpectationFailed));
        }

        try
        {
            return (JsonReportWriter.Read(reportPath), null);
        }
        catch (JsonException exception)
        {
            // System.Text.Json's message names the line, the byte and the field (its JSON path).
            return (null, new ExportProblem(folder, $"{JsonReportWriter.FileName} is not a TrackerAudit report: {exception.Message}", ExitCodes.InvalidInput));
        }

        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return (null, new ExportProblem(folder, $"{JsonReportWriter.FileName} cannot be read: {exception.Message}", ExitCodes.InvalidInput));
        }
    }
}
