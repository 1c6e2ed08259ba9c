using System.CommandLine;
using System.Globalization;
using TrackerAudit.Errors;
using TrackerAudit.Imports;
using TrackerAudit.Reports;
using TrackerAudit.Reports.Bundle;
using TrackerAudit.Running;
using TrackerAudit.Trackers;

namespace TrackerAudit.Cli.Commands;

/// <summary>
/// <c>trackeraudit decode</c>: decodes the tracker requests of a capture made elsewhere (a HAR file, URLs)
/// into the same report folder a live run writes, without a browser. Exit 0 when decoded; 2 when an input is
/// missing or malformed: an entry that cannot be read is skipped and listed, every other one decoded and reported
/// (<c>--strict</c> stops at the first instead), and a file cut short still gets the report of what was read.
/// </summary>
internal static class DecodeCommand
{
    public static Command Create(TextWriter output, TextReader? input = null)
    {
        var inputs = new Argument<string[]>("input")
        {
            Description = "HAR files, tracker URLs, or - for URLs on standard input (one a line)",
            Arity = ArgumentArity.OneOrMore,
        };
        var outputFolder = new Option<string>("--output", "-o")
        {
            Description = "Folder that receives the run folder <output>/<run-id>-decode/",
            DefaultValueFactory = _ => "reports",
        };
        var sensitive = new Option<string[]>("--sensitive")
        {
            Description = "A word whose presence in tracker traffic is a finding (repeatable)",
            AllowMultipleArgumentsPerToken = false,
        };
        var typed = new Option<string[]>("--typed")
        {
            Description = "A value the person typed, as LABEL=VALUE, found however it was encoded or hashed (repeatable)",
            AllowMultipleArgumentsPerToken = false,
        };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Log every detail to the console" };
        var strict = new Option<bool>("--strict")
        {
            Description = "Stop reading an input at its first bad entry, and a bad URL stops everything, instead of skipping and listing them",
        };
        var command = new Command("decode", "Decode the tracker requests in a HAR file or in URLs, and report what they leaked, as a run would")
        {
            inputs,
            outputFolder,
            sensitive,
            typed,
            verbose,
            strict,
        };
        command.SetAction((parsed, cancellationToken) =>
        {
            var options = new DecodeOptions(parsed.GetValue(sensitive) ?? [], TypedValues(parsed.GetValue(typed) ?? []));
            var isStrict = parsed.GetValue(strict);
            var captures = Resolve(parsed.GetValue(inputs)!, input ?? Console.In, isStrict);
            return DecodeAsync(captures, options, parsed.GetValue(outputFolder)!, parsed.GetValue(verbose), isStrict, output, cancellationToken);
        });
        return command;
    }

    private static async Task<int> DecodeAsync(List<DecodeInput> captures, DecodeOptions options, string outputFolder, bool verbose, bool strict, TextWriter output, CancellationToken cancellationToken)
    {
        var startedAt = DateTimeOffset.UtcNow;
        var runId = AuditCommandOptions.NewRunId(startedAt) + "-decode";
        var runFolder = Path.GetFullPath(Path.Combine(outputFolder, runId));
        try
        {
            Directory.CreateDirectory(runFolder);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw TrackerAuditException.OutputNotWritable(runFolder, exception);
        }

        RunReport report;
        await using (var logger = RunLogger.Create(runFolder, verbose))
        {
            var runs = new List<JourneyRun>();
            try
            {
                var nextId = 1L;
                var trackers = TrackerRegistry.Catalogue();
                foreach (var capture in captures)
                {
                    if (cancellationToken.IsCancellationRequested)
                    {
                        break;
                    }

                    // The requests wait on disk in the run folder until the reports are written; released below, before sealing.
                    var run = DecodeRun.Decode(capture, nextId, options, trackers, logger, cancellationToken, runFolder, strict);
                    runs.Add(run);
                    nextId += run.Requests.Count;
                }

                report = new RunReport
                {
                    RunId = runId,
                    Tool = ToolInfo.Current,
                    StartedAt = startedAt,
                    EndedAt = DateTimeOffset.UtcNow,
                    CommandLine = Environment.CommandLine,
                    TrackerTraffic = "none: decoded from a capture made elsewhere",
                    Journeys = runs,
                };

                // Written even after Ctrl-C or a broken file: what was decoded until then is the point.
                await JsonReportWriter.WriteAsync(report, runFolder, CancellationToken.None).ConfigureAwait(false);
                await ReportBundle.WriteDerivedAsync(report, runFolder, null, logger, CancellationToken.None).ConfigureAwait(false);
                await output.WriteAsync(ConsoleSummary.Render(report, runFolder)).ConfigureAwait(false);
                await WriteProblemsAsync(report, output).ConfigureAwait(false);
            }
            finally
            {
                runs.ForEach(DecodeRun.Release);
            }
        }

        // Sealed last, once the log is closed, so that every file is listed as it will stay.
        await BundleChecksums.WriteAsync(runFolder, CancellationToken.None).ConfigureAwait(false);
        await output.WriteLineAsync($"Check the bundle later with: trackeraudit verify {runFolder}").ConfigureAwait(false);

        var broken = report.Journeys.FirstOrDefault(run => run.Status == JourneyStatus.Failed);
        if (broken is not null)
        {
            throw TrackerAuditException.InvalidOption("decode", broken.Error + " (the report holds what was decoded before it)");
        }

        return cancellationToken.IsCancellationRequested ? ExitCodes.Interrupted
            : report.Journeys.Any(run => run.InputProblemCount > 0) ? ExitCodes.InvalidInput
            : ExitCodes.Success;
    }

    // Every entry that was skipped, with where and why, so that nobody takes a partly read capture for a whole one.
    private static async Task WriteProblemsAsync(RunReport report, TextWriter output)
    {
        foreach (var run in report.Journeys.Where(run => run.InputProblemCount > 0))
        {
            var listed = run.InputProblems ?? [];
            var count = run.InputProblemCount!.Value;
            var problems = count == 1 ? "1 problem" : Invariant($"{count:N0} problems");
            var decoded = run.Requests.Count == 0 ? "nothing could be decoded" : Invariant($"partly read: {run.Requests.Count:N0} requests decoded, the bad entries skipped");
            await output.WriteLineAsync(Invariant($"{InputProblemText.Printable(run.SourcePath)}: {problems}, {decoded}:")).ConfigureAwait(false);
            foreach (var problem in listed)
            {
                await output.WriteLineAsync("  " + InputProblemText.Format(problem)).ConfigureAwait(false);
            }

            if (run.InputProblemCount > listed.Count)
            {
                await output.WriteLineAsync(Invariant($"  ... and {run.InputProblemCount - listed.Count:N0} more (the first {listed.Count:N0} are listed in report.json)")).ConfigureAwait(false);
            }
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static List<DecodeInput> Resolve(string[] inputs, TextReader standardInput, bool strict)
    {
        try
        {
            return DecodeSources.Resolve(inputs, standardInput, DateTimeOffset.UtcNow, strict);
        }
        catch (Exception exception) when (exception is FormatException or HarFormatException or IOException or UnauthorizedAccessException)
        {
            throw TrackerAuditException.InvalidOption("decode", exception.Message);
        }
    }

    private static Dictionary<string, string> TypedValues(string[] pairs)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || equals == pair.Length - 1)
            {
                throw TrackerAuditException.InvalidOption("--typed", $"'{pair}' is not LABEL=VALUE");
            }

            values[pair[..equals]] = pair[(equals + 1)..];
        }

        return values;
    }
}
