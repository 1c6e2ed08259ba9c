using System.CommandLine;
using TrackerAudit.Errors;
using TrackerAudit.Journeys;
using TrackerAudit.Reports;
using TrackerAudit.Running;

namespace TrackerAudit.Cli.Commands;

/// <summary>Runs an audit for a command: makes the run folder and its log, runs, prints the summary.</summary>
internal static class AuditExecution
{
    public static async Task<int> RunAsync(
        IReadOnlyList<Journey> journeys,
        ParseResult parsed,
        AuditCommandOptions options,
        TextWriter output,
        Func<AuditOptions, AuditOptions> configure,
        CancellationToken cancellationToken)
    {
        var stepTimeout = parsed.GetValue(options.StepTimeout);
        if (stepTimeout <= 0 || double.IsNaN(stepTimeout))
        {
            throw TrackerAuditException.InvalidOption("--step-timeout", "must be a positive number of seconds");
        }

        var runId = AuditCommandOptions.NewRunId(DateTimeOffset.UtcNow);
        var runFolder = Path.GetFullPath(Path.Combine(parsed.GetValue(options.Output)!, runId));
        var auditOptions = configure(new AuditOptions
        {
            RunFolder = runFolder,
            RunId = runId,
            BrowserPath = parsed.GetValue(options.Browser),
            Headed = parsed.GetValue(options.Headed),
            StepTimeout = TimeSpan.FromSeconds(stepTimeout),
            Screenshots = !parsed.GetValue(options.NoScreenshots),
            CommandLine = Environment.CommandLine,
        });
        AuditRunner.CheckRunnable(journeys, auditOptions);

        try
        {
            Directory.CreateDirectory(runFolder);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw TrackerAuditException.OutputNotWritable(runFolder, exception);
        }

        await using var logger = RunLogger.Create(runFolder, parsed.GetValue(options.Verbose));
        var result = await new AuditRunner(logger).RunAsync(journeys, auditOptions, cancellationToken).ConfigureAwait(false);
        await output.WriteAsync(ConsoleSummary.Render(result.Report, runFolder)).ConfigureAwait(false);
        return result.ExitCode;
    }
}
