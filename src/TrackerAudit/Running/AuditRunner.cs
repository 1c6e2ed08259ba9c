using System.Globalization;
using Serilog;
using TrackerAudit.Browsing;
using TrackerAudit.Capture;
using TrackerAudit.Capture.NetworkLog;
using TrackerAudit.Comparisons;
using TrackerAudit.Errors;
using TrackerAudit.Expectations;
using TrackerAudit.Findings;
using TrackerAudit.Journeys;
using TrackerAudit.Reports;
using TrackerAudit.ThirdParties;
using TrackerAudit.Trackers;

namespace TrackerAudit.Running;

/// <summary>
/// Runs journeys in Chromium and writes the run folder. Whatever happens (no browser, a crash,
/// Ctrl-C), the report of what was captured so far is written.
/// </summary>
public sealed class AuditRunner
{
    /// <summary>The name of the streamed capture file in the run folder.</summary>
    public const string CaptureFileName = RunFolderLayout.CaptureLog;

    /// <summary>The name of Chromium's own network log in the run folder.</summary>
    public const string NetworkLogFileName = RunFolderLayout.NetworkLog;

    /// <summary>The most repetitions <c>--repeat</c> takes: more is a load test, not an audit.</summary>
    public const int MaxRepeat = 1000;

    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly BrowserLocator _locator;
    private readonly TrackerCatalogue _catalogue;
    private readonly EntityCatalogue _thirdParties;

    /// <summary>Creates a runner with the real clock, browser locator and every built-in tracker decoder.</summary>
    public AuditRunner(ILogger logger)
        : this(logger, TrackerRegistry.Catalogue())
    {
    }

    /// <summary>
    /// Creates a runner with the real clock and browser locator, decoding with <paramref name="catalogue"/> and naming
    /// third parties from <paramref name="thirdParties"/> (the built-in lists when null).
    /// </summary>
    internal AuditRunner(ILogger logger, TrackerCatalogue catalogue, EntityCatalogue? thirdParties = null)
        : this(logger, TimeProvider.System, new BrowserLocator(), catalogue, thirdParties)
    {
    }

    internal AuditRunner(ILogger logger, TimeProvider time, BrowserLocator locator, TrackerCatalogue catalogue, EntityCatalogue? thirdParties = null)
    {
        _logger = logger;
        _time = time;
        _locator = locator;
        _catalogue = catalogue;
        _thirdParties = thirdParties ?? EntityCatalogue.Default;
    }

    /// <summary>Checks the run can start at all; throws <see cref="TrackerAuditException"/> (exit 2) when not.</summary>
    public static void CheckRunnable(IReadOnlyList<Journey> journeys, AuditOptions options)
    {
        if (options.Workers < 1)
        {
            throw TrackerAuditException.InvalidOption("--workers", string.Create(CultureInfo.InvariantCulture, $"must be at least 1, not {options.Workers}"));
        }

        if (options.MaxBodyInMemory < 0)
        {
            throw TrackerAuditException.InvalidOption("--max-body-in-memory", string.Create(CultureInfo.InvariantCulture, $"must be 0 or more bytes, not {options.MaxBodyInMemory}"));
        }

        if (options.Connect is not null && RemoteEndpoint.Problem(options.Connect) is { } problem)
        {
            throw TrackerAuditException.InvalidOption("--connect", problem);
        }

        if (options.Repeat is < 1 or > MaxRepeat)
        {
            throw TrackerAuditException.InvalidOption("--repeat", string.Create(CultureInfo.InvariantCulture, $"must be from 1 to {MaxRepeat}, not {options.Repeat}"));
        }

        foreach (var journey in journeys)
        {
            var hasBase = options.BaseUrl is not null || journey.BaseUrl is not null;
            var relative = journey.Steps.Concat(journey.Consent.SelectMany(variant => variant.Steps))
                .OfType<GotoStep>().Select(step => step.Url).Prepend(journey.Start)
                .FirstOrDefault(url => !JourneyUrls.IsAbsoluteHttp(url));
            if (relative is not null && !hasBase)
            {
                throw TrackerAuditException.InvalidOption(
                    "--base-url",
                    $"journey '{journey.Name}' ({journey.SourcePath}) opens the relative URL '{relative}': give --base-url or a baseUrl in the journey");
            }
        }
    }

    // On Unix "/path" parses as an absolute file URI: only http(s) counts as absolute here.
    /// <summary>
    /// Runs the journeys, up to <see cref="AuditOptions.Workers"/> at once, and writes the report. The report
    /// lists the journeys in the order given, whichever finished first.
    /// </summary>
    public async Task<AuditResult> RunAsync(IReadOnlyList<Journey> journeys, AuditOptions options, CancellationToken cancellationToken)
    {
        CheckRunnable(journeys, options);
        journeys = RunPlan.Expand(journeys, options.Repeat);
        Directory.CreateDirectory(options.RunFolder);
        var startedAt = _time.GetUtcNow();
        PlanRecord.Write(journeys, options, startedAt, _logger);
        var slots = new JourneyRun?[journeys.Count];
        var runs = new List<JourneyRun>();
        BrowserInfo? browserInfo = null;
        string? error = null;
        var exitCode = ExitCodes.Success;
        long requestIds = 0;

        await using (var writer = new CaptureWriter(Path.Combine(options.RunFolder, CaptureFileName), _logger))
        {
            // A remote browser would write its network log on the server's machine, out of reach.
            var netLog = options.NetworkLog && options.Connect is null ? Path.Combine(options.RunFolder, NetworkLogFileName) : null;
            try
            {
                if (journeys.Count == 0)
                {
                    // An empty shard: a report that says so is the result, and no browser is needed for it.
                    _logger.Information("No journeys to run");
                }
                else
                {
                    await using (var session = await BrowserStart.StartAsync(journeys, options, netLog, _locator, _logger).ConfigureAwait(false))
                    {
                        browserInfo = session.Info;
                        var runner = new JourneyRunner(session.Browser, options, writer, () => Interlocked.Increment(ref requestIds), _time, _logger);
                        await RunAllAsync(journeys, runner, slots, options.Workers, cancellationToken).ConfigureAwait(false);
                    }

                    // Chromium finishes its network log when it closes: only now can it be read.
                    runs = AddNetworkLog(slots.OfType<JourneyRun>().ToList(), netLog, writer, () => Interlocked.Increment(ref requestIds));
                }
            }
            catch (TrackerAuditException exception)
            {
                runs = slots.OfType<JourneyRun>().ToList();
                error = exception.Message;
                exitCode = exception.ExitCode;
                _logger.Error("{Error}", exception.Message);
            }
        }

        var byName = journeys.ToDictionary(journey => journey.Name, StringComparer.Ordinal);
        var bodies = new RequestBodies(options.RunFolder, options.MaxBodyInMemory);
        var completed = runs.Select(run => Complete(run, byName[run.Journey], options, bodies)).ToList();

        if (exitCode == ExitCodes.Success)
        {
            exitCode = cancellationToken.IsCancellationRequested ? ExitCodes.Interrupted
                : completed.Any(run => run.Status != JourneyStatus.Completed || run.Site is { Outcome: not SiteOutcomeKind.Completed }) ? ExitCodes.AuditFailed
                : ExitCodes.Success;
        }

        var report = RunComparisons.Add(new RunReport
        {
            RunId = options.RunId,
            Tool = ToolInfo.Current,
            Browser = browserInfo,
            StartedAt = startedAt,
            EndedAt = _time.GetUtcNow(),
            CommandLine = options.CommandLine,
            TrackerTraffic = options.TrackerTraffic,
            Replay = options.Replay.Count > 0 ? ReplaySummary.Of(options.Replay, completed) : null,
            Error = error,
            Lists = _thirdParties.Lists,
            Completeness = PlanRecord.NotStarted(journeys, slots, cancellationToken),
            Journeys = completed,
        });
        try
        {
            await JsonReportWriter.WriteAsync(report, options.RunFolder, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A full disk must not lose the other reports: the caller finds report.json missing and marks the folder incomplete.
            _logger.Error(exception, "Could not write {File}", JsonReportWriter.FileName);
        }

        return new AuditResult(report, options.RunFolder, exitCode);
    }

    /// <summary>
    /// Runs the journeys on <paramref name="workers"/> workers that each take the next journey not yet started;
    /// each run lands in its journey's slot. After Ctrl-C no worker starts another journey, and the ones running
    /// stop at their current step and keep what they captured.
    /// </summary>
    private async Task RunAllAsync(IReadOnlyList<Journey> journeys, JourneyRunner runner, JourneyRun?[] slots, int workers, CancellationToken cancellationToken)
    {
        var next = -1;
        var count = Math.Min(workers, journeys.Count);
        if (count > 1)
        {
            _logger.Information("{Journeys} journeys, {Workers} at a time", journeys.Count, count);
        }

        async Task WorkAsync()
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var index = Interlocked.Increment(ref next);
                if (index >= journeys.Count)
                {
                    return;
                }

                var journey = journeys[index];
                _logger.Information("Journey {Journey} ({File})", journey.Name, journey.SourcePath);
                slots[index] = await runner.RunAsync(journey, cancellationToken).ConfigureAwait(false);
            }
        }

        await Task.WhenAll(Enumerable.Range(0, count).Select(_ => WorkAsync())).ConfigureAwait(false);
    }

    private JourneyRun Complete(JourneyRun run, Journey journey, AuditOptions options, RequestBodies bodies)
    {
        var policies = options.Policies;
        var decoded = run with { TrackerRequests = TrackerDecoding.Decode(run.Requests, _catalogue, _logger, bodies) };
        var analysed = decoded with { Findings = AnalyseSafely(decoded, bodies), ThirdParties = ThirdPartyTable.Build(decoded, _thirdParties) };
        var expectations = ExpectationEvaluator.Evaluate(analysed, journey.Expectations, "journey")
            .Concat(policies.SelectMany(policy => ExpectationEvaluator.Evaluate(analysed, RunPlan.ShiftSteps(policy.Rules, run.Variation), "policy:" + policy.SourcePath)))
            .ToList();
        foreach (var failed in expectations.Where(expectation => !expectation.Passed))
        {
            _logger.Warning("{Journey}: expectation '{Name}' ({Source}) failed: {Evidence}", run.Journey, failed.Name, failed.Source, failed.Evidence.FirstOrDefault());
        }

        return analysed with { Expectations = expectations };
    }

    private List<JourneyRun> AddNetworkLog(List<JourneyRun> runs, string? netLog, CaptureWriter writer, Func<long> nextId)
    {
        if (netLog is null || !File.Exists(netLog))
        {
            return runs;
        }

        try
        {
            var merged = NetworkLogSupplement.Merge(
                runs,
                NetLogReader.Read(netLog),
                nextId,
                request => writer.Write(new RequestLine(request)),
                (entry, candidates) => _logger.Warning(
                    "{Method} {Url} at {Time:HH:mm:ss.fff}, seen only in Chromium's network log, could come from any of the journeys {Journeys} running then: attributed to none (it stays in {NetLog})",
                    entry.Method,
                    entry.Url,
                    entry.Time,
                    candidates,
                    NetworkLogFileName));
            var added = merged.Sum(run => run.Requests.Count) - runs.Sum(run => run.Requests.Count);
            if (added > 0)
            {
                _logger.Information("{Count} requests were seen only in Chromium's network log (e.g. beacons sent as a page unloaded)", added);
            }

            return merged.ToList();
        }
        catch (Exception exception) when (exception is IOException or System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            _logger.Warning("Chromium's network log {Path} could not be read: {Reason}", netLog, exception.Message);
            return runs;
        }
    }

    private IReadOnlyList<Finding> AnalyseSafely(JourneyRun run, RequestBodies bodies)
    {
        try
        {
            return FindingsEngine.Analyse(run, bodies);
        }
        catch (Exception exception)
        {
            // Findings are derived; the capture they come from is still in the report.
            _logger.Error(exception, "Analysing the findings of {Journey} failed", run.Journey);
            return [];
        }
    }
}
