using System.CommandLine;
using System.Globalization;
using TrackerAudit.Errors;
using TrackerAudit.Reports;
using TrackerAudit.Reports.Dataset;

namespace TrackerAudit.Cli.Commands;

/// <summary>
/// <c>trackeraudit export</c>: combines run folders into one dataset (SQLite, Parquet or CSV; docs/dataset.md). Exit 0
/// when every folder was exported; 1 when one fails its seal and 2 when one is not a readable run folder (each named,
/// the others exported all the same); 2 when the output cannot be written.
/// </summary>
internal static class ExportCommand
{
    public static Command Create(TextWriter output)
    {
        var folders = new Argument<string[]>("run-folders")
        {
            Description = "Run folders to export (each holding report.json and SHA256SUMS): one per site, merged shards, redacted copies",
            Arity = ArgumentArity.OneOrMore,
        };
        var target = new Option<string>("--output", "-o")
        {
            Description = "Where to write the dataset: a new .sqlite file, or a new or empty folder for parquet and csv",
            Required = true,
        };
        var format = new Option<string>("--format")
        {
            Description = "sqlite (one database), parquet (one file per table) or csv (one file per table)",
            DefaultValueFactory = _ => "sqlite",
        };
        format.AcceptOnlyFromAmong("sqlite", "parquet", "csv");
        var command = new Command("export", "Combine run folders into one dataset to query: SQLite, Parquet or CSV, the tables of docs/dataset.md") { folders, target, format };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var inputs = parsed.GetValue(folders)!.Select(path => Path.GetFullPath(path)).Distinct(StringComparer.Ordinal).ToList();
            var destination = Path.GetFullPath(parsed.GetValue(target)!);
            var kind = Enum.Parse<DatasetFormat>(parsed.GetValue(format)!, ignoreCase: true);
            ExportResult result;
            try
            {
                result = await DatasetExport.ExportAsync(inputs, destination, kind, line => output.WriteLine(TerminalText.Escape(line)), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Data.Common.DbException)
            {
                throw TrackerAuditException.OutputNotWritable(destination, exception);
            }

            await output.WriteLineAsync(TerminalText.Escape(string.Create(
                CultureInfo.InvariantCulture,
                $"Exported {result.Exported.Count} of {inputs.Count} run folders ({result.Exported.Sum(run => run.Journeys)} journeys, {result.Exported.Sum(run => run.Requests)} requests, {result.Exported.Sum(run => run.Events)} tracker events, {result.Exported.Sum(run => run.Findings)} findings) to {destination}"))).ConfigureAwait(false);
            if (result.Problems.Count > 0)
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{result.Problems.Count} run folder(s) not exported, named above.")).ConfigureAwait(false);
            }

            return result.ExitCode;
        });
        return command;
    }
}
