using System.CommandLine;
using System.Globalization;
using TrackerAudit.Baselines;
using TrackerAudit.Browsing;
using TrackerAudit.Errors;
using TrackerAudit.Expectations;
using TrackerAudit.Journeys;
using TrackerAudit.Reports;
using TrackerAudit.Reports.Bundle;
using TrackerAudit.Reports.Markdown;
using TrackerAudit.Running;
using TrackerAudit.Trackers;

namespace TrackerAudit.Cli.Commands;

/// <summary>
/// Runs an audit for a command: checks every input first (exit 2 before any browser starts), makes the
/// run folder and its log, runs, writes every report, seals the folder with checksums, prints the summary.
/// </summary>
internal static class AuditExecution
{
    public static async Task<int> RunAsync(
        IReadOnlyList<Journey> journeys,
        ParseResult parsed,
        AuditCommandOptions options,
        TextWriter output,
        Func<AuditOptions, TrackerCatalogue, AuditOptions> configure,
        CancellationToken cancellationToken)
    {
        var settleQuiet = parsed.GetValue(options.SettleQuiet);
        if (settleQuiet is < 0 or > 10 || double.IsNaN(settleQuiet))
        {
            throw TrackerAuditException.InvalidOption("--settle-quiet", "must be a number of seconds from 0 to 10");
        }

        var stepTimeout = parsed.GetValue(options.StepTimeout);
        if (stepTimeout <= 0 || double.IsNaN(stepTimeout))
        {
            throw TrackerAuditException.InvalidOption("--step-timeout", "must be a positive number of seconds");
        }

        var policies = LoadPolicies(parsed.GetValue(options.Policy) ?? []);
        var thirdParties = AuditCommandOptions.ThirdParties(parsed.GetValue(options.ThirdPartyList) ?? []);
        var baselinePath = parsed.GetValue(options.Baseline);
        var baseline = baselinePath is null ? null : ReportInput.Read(baselinePath, "--baseline");
        var failOnNew = parsed.GetValue(options.FailOnNew);
        if (failOnNew && baseline is null)
        {
            throw TrackerAuditException.InvalidOption("--fail-on-new", "needs --baseline <report.json> to know which findings are new");
        }

        var verdict = new Verdict(parsed.GetValue(options.FailOn), failOnNew);
        var runId = AuditCommandOptions.NewRunId(DateTimeOffset.UtcNow);
        var runFolder = Path.GetFullPath(Path.Combine(parsed.GetValue(options.Output)!, runId));
        // The decoders are made once here and used by everything in the run: capture, sinkhole, decoding.
        var trackers = TrackerRegistry.Catalogue();
        var auditOptions = configure(new AuditOptions
        {
            RunFolder = runFolder,
            RunId = runId,
            BrowserPath = parsed.GetValue(options.Browser),
            Connect = parsed.GetValue(options.Connect),
            Headed = parsed.GetValue(options.Headed),
            StepTimeout = TimeSpan.FromSeconds(stepTimeout),
            SettleQuiet = TimeSpan.FromSeconds(settleQuiet),
            Screenshots = !parsed.GetValue(options.NoScreenshots),
            Workers = parsed.GetValue(options.Workers),
            MaxBodyInMemory = parsed.GetValue(options.MaxBodyInMemory),
            Repeat = parsed.GetValue(options.Repeat),
            Archive = parsed.GetValue(options.Archive),
            Policies = policies,
            // An access token in the endpoint (?token=...) must not end up in the evidence bundle.
            CommandLine = RemoteEndpoint.Scrub(Environment.CommandLine, parsed.GetValue(options.Connect)),
        }, trackers);
        AuditRunner.CheckRunnable(journeys, auditOptions);
        using var signer = options.Signing.CreateSigner(parsed, output);
        CreateFolder(runFolder);

        int exitCode;
        await using (var logger = RunLogger.Create(runFolder, parsed.GetValue(options.Verbose)))
        {
            var result = await new AuditRunner(logger, trackers, thirdParties).RunAsync(journeys, auditOptions, cancellationToken).ConfigureAwait(false);
            var diff = baseline is null ? null : RunComparer.Compare(baseline, result.Report);
            // Reports are written even after Ctrl-C: they are the point of stopping cleanly.
            var report = await ReportBundle.WriteDerivedAsync(result.Report, runFolder, diff, logger, CancellationToken.None).ConfigureAwait(false);
            exitCode = verdict.ExitCode(report, result.ExitCode, diff);
            await output.WriteAsync(ConsoleSummary.Render(report, runFolder)).ConfigureAwait(false);
            if (report.Completeness is { NotStarted.Count: > 0 } interrupted)
            {
                await output.WriteLineAsync("Never started: " + string.Join(", ", interrupted.NotStarted)).ConfigureAwait(false);
            }

            if (diff is not null)
            {
                await output.WriteAsync(RunDiffText.Render(diff)).ConfigureAwait(false);
            }

            foreach (var reason in verdict.Reasons(report, diff))
            {
                await output.WriteLineAsync("FAILED: " + reason).ConfigureAwait(false);
            }
        }

        // Sealed last, once the log is closed, so that every file is listed as it will stay.
        exitCode = SigningOptions.Worst(exitCode, await Sealing.SealAsync(runFolder, signer, output, CancellationToken.None).ConfigureAwait(false));
        await AppendJobSummaryAsync(runFolder).ConfigureAwait(false);
        if (parsed.GetValue(options.Redact))
        {
            var redacted = runFolder + "-redacted";
            await BundleRedactor.RedactAsync(
                runFolder,
                redacted,
                (report, folder, token) => ReportBundle.WriteDerivedAsync(report, folder, null, Serilog.Core.Logger.None, token),
                CancellationToken.None).ConfigureAwait(false);
            // The copy has its own SHA256SUMS: the original's signature cannot vouch for it, so it is signed anew.
            exitCode = SigningOptions.Worst(exitCode, await SigningOptions.SignAsync(signer, redacted, output, CancellationToken.None).ConfigureAwait(false));
            exitCode = SigningOptions.Worst(exitCode, await Sealing.CheckWholeAsync(redacted, output).ConfigureAwait(false));
            await output.WriteLineAsync($"Redacted copy, safe to share: {redacted}").ConfigureAwait(false);
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Exit code {exitCode}. Check the bundle later with: trackeraudit verify {runFolder}")).ConfigureAwait(false);
        return exitCode;
    }

    private static List<Policy> LoadPolicies(IReadOnlyList<string> paths)
    {
        var policies = new List<Policy>();
        var problems = new List<JourneyProblem>();
        foreach (var path in paths)
        {
            var result = PolicyLoader.Load(path);
            problems.AddRange(result.Problems);
            if (result.Policy is not null)
            {
                policies.Add(result.Policy);
            }
        }

        return problems.Count > 0 ? throw TrackerAuditException.JourneyInvalid(problems) : policies;
    }

    private static void CreateFolder(string runFolder)
    {
        try
        {
            Directory.CreateDirectory(runFolder);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw TrackerAuditException.OutputNotWritable(runFolder, exception);
        }
    }

    /// <summary>On GitHub Actions, the Markdown summary also becomes the job's summary page.</summary>
    private static async Task AppendJobSummaryAsync(string runFolder)
    {
        var summary = Environment.GetEnvironmentVariable("GITHUB_STEP_SUMMARY");
        var markdown = Path.Combine(runFolder, MarkdownReportWriter.FileName);
        if (string.IsNullOrEmpty(summary) || !File.Exists(markdown))
        {
            return;
        }

        await File.AppendAllTextAsync(summary, await File.ReadAllTextAsync(markdown).ConfigureAwait(false)).ConfigureAwait(false);
    }
}
