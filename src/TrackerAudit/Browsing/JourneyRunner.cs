using System.Globalization;
using Microsoft.Playwright;
using Serilog;
using TrackerAudit.Capture;
using TrackerAudit.Journeys;
using TrackerAudit.Running;
using TrackerAudit.Scanning;
using TrackerAudit.ThirdParties;

namespace TrackerAudit.Browsing;

/// <summary>Runs one journey in a fresh browser context and returns everything it captured.</summary>
internal sealed class JourneyRunner
{
    /// <summary>Where <c>--archive</c> puts each journey's HAR, in the run folder.</summary>
    public const string ArchiveFolder = JourneyContext.ArchiveFolder;

    private static readonly TimeSpan MinimumSettleWait = TimeSpan.FromMilliseconds(1);

    private readonly IBrowser _browser;
    private readonly AuditOptions _options;
    private readonly CaptureWriter _writer;
    private readonly Func<long> _nextId;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly RequestBodies _bodies;

    public JourneyRunner(IBrowser browser, AuditOptions options, CaptureWriter writer, Func<long> nextId, TimeProvider time, ILogger logger)
    {
        _bodies = new RequestBodies(options.RunFolder, options.MaxBodyInMemory);
        _browser = browser;
        _options = options;
        _writer = writer;
        _nextId = nextId;
        _time = time;
        _logger = logger;
    }

    public async Task<JourneyRun> RunAsync(Journey journey, CancellationToken interruption)
    {
        // A journey that runs out of its own time (scan --site-timeout) fails; the others go on. Ctrl-C interrupts them all.
        using var timeLimit = _options.JourneyTimeout is { } limit ? new CancellationTokenSource(limit, _time) : new CancellationTokenSource();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(interruption, timeLimit.Token);
        var cancellationToken = stop.Token;
        var startedAt = _time.GetUtcNow();
        var inputs = new InputValues(journey);
        var startUrl = ResolveUrl(journey.Start, journey);
        var recorder = new RequestRecorder(
            journey.Name,
            _writer,
            _nextId,
            _bodies,
            _time,
            _logger.ForContext("Journey", journey.Name),
            _options.Replay.Count == 0 ? RequestDisposition.Sent : RequestDisposition.FromArchive);
        var steps = new List<StepResult>();
        var typed = new Dictionary<string, string>(inputs.Inputs, StringComparer.Ordinal);
        _writer.Write(new JourneyLine(journey.Name, startedAt, startUrl, ValuesToType(journey, inputs, typed)));
        var status = JourneyStatus.Completed;
        string? error = null;
        void Typed(string label, string value)
        {
            if (!typed.ContainsValue(value))
            {
                typed.TryAdd(label, value);
            }
        }

        var setup = new JourneyContext(_options, _logger);
        IBrowserContext? context = null;
        var storage = new StorageRecorder(journey, Sites.SiteOf(Sites.HostOf(startUrl) ?? ""), _logger.ForContext("Journey", journey.Name));
        try
        {
            // Inside the try: a browser closed by an interruption (or a crash) between two journeys ends this one, not the process.
            context = await setup.CreateAsync(_browser, journey).ConfigureAwait(false);
            recorder.Attach(context);
            await storage.AttachAsync(context).ConfigureAwait(false);
            await setup.RouteAsync(context, journey, recorder).ConfigureAwait(false);
            var page = await context.NewPageAsync().ConfigureAwait(false);
            context.Page += (_, opened) => page = opened;
            using var closing = cancellationToken.Register(() => _ = context?.CloseAsync());

            var start = new GotoStep { Index = 0, Name = StepMarker.Start.Name, Url = startUrl };
            var failed = false;
            foreach (var step in journey.Steps.Prepend(start))
            {
                if (failed || cancellationToken.IsCancellationRequested)
                {
                    steps.Add(Skipped(step, inputs));
                    continue;
                }

                var result = await RunStepAsync(step, () => page, recorder, inputs, journey, Typed, cancellationToken).ConfigureAwait(false);
                if (result.Status == StepStatus.Passed)
                {
                    result = result with { Storage = await storage.SnapshotAsync(page).ConfigureAwait(false) };
                }

                steps.Add(result);
                if (step is FillStep fill && inputs.Resolve(fill.Value) is var value && !typed.ContainsValue(value))
                {
                    typed.TryAdd(step.Name, value);
                }

                if (result.Status == StepStatus.Failed)
                {
                    failed = true;
                    status = interruption.IsCancellationRequested ? JourneyStatus.Interrupted : JourneyStatus.Failed;
                    error = interruption.IsCancellationRequested ? "interrupted"
                        : timeLimit.IsCancellationRequested ? OutOfTime()
                        : $"step {step.Index} '{step.Name}' failed: {result.Error}";
                }
            }

            if (interruption.IsCancellationRequested)
            {
                status = JourneyStatus.Interrupted;
                error ??= "interrupted";
            }
            else if (timeLimit.IsCancellationRequested)
            {
                status = JourneyStatus.Failed;
                error ??= OutOfTime();
            }
        }
        catch (PlaywrightException exception)
        {
            status = interruption.IsCancellationRequested ? JourneyStatus.Interrupted : JourneyStatus.Failed;
            error = timeLimit.IsCancellationRequested && !interruption.IsCancellationRequested ? OutOfTime() : exception.Message.Split('\n')[0];
            _logger.Error("Journey {Journey} stopped: {Error}", journey.Name, error);
        }
        finally
        {
            if (context is not null)
            {
                await CloseQuietlyAsync(context).ConfigureAwait(false);
            }
        }

        var requests = await recorder.CollectAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
        var run = new JourneyRun
        {
            Journey = journey.Name,
            Variation = journey.Variation,
            SourcePath = journey.SourcePath,
            SourceSha256 = journey.SourceSha256,
            StartUrl = startUrl,
            Status = status,
            Error = error,
            StartedAt = startedAt,
            EndedAt = _time.GetUtcNow(),
            Sensitive = journey.Sensitive,
            TypedValues = typed,
            Steps = steps,
            Requests = requests,
        };
        return SiteOutcomes.IsScan(journey) ? run with { Site = SiteOutcomes.Of(run) } : run;
    }

    private string OutOfTime() => string.Create(CultureInfo.InvariantCulture, $"ran out of time: stopped after {_options.JourneyTimeout!.Value.TotalSeconds:0.#} s (--site-timeout)");

    /// <summary>Every value the journey will type if it runs to the end: its inputs, then each fill step's value.</summary>
    private static Dictionary<string, string> ValuesToType(Journey journey, InputValues inputs, Dictionary<string, string> typed)
    {
        var values = new Dictionary<string, string>(typed, StringComparer.Ordinal);
        foreach (var fill in journey.Steps.OfType<FillStep>())
        {
            // Canaries are resolved once per run: the value written now is the one the step will type.
            if (inputs.Resolve(fill.Value) is var value && !values.ContainsValue(value))
            {
                values.TryAdd(fill.Name, value);
            }
        }

        if (journey.Steps.Any(step => step is TypeCanariesStep))
        {
            foreach (var kind in Placeholders.CanaryNames)
            {
                // Made now, so that the value written for recovery is the one the step will type.
                if (inputs.Resolve("${canary." + kind + "}") is var canary && !values.ContainsValue(canary))
                {
                    values.TryAdd("canary." + kind, canary);
                }
            }
        }

        return values;
    }

    private async Task<StepResult> RunStepAsync(Step step, Func<IPage> page, RequestRecorder recorder, InputValues inputs, Journey journey, Action<string, string> typed, CancellationToken cancellationToken)
    {
        var action = StepDescriptions.Describe(step, inputs.Resolve);
        var timeout = (float)(step.Timeout ?? _options.StepTimeout).TotalMilliseconds;
        var screenshots = new List<string>();
        var startedAt = _time.GetUtcNow();
        recorder.Step = new StepMarker(step.Index, step.Name);
        _writer.Write(new StepLine(journey.Name, step.Index, step.Name, "start", startedAt, null));
        _logger.Information("{Journey} step {Index} {Name}: {Action}", journey.Name, step.Index, step.Name, action);

        string? error = null;
        IReadOnlyList<PageVisit>? pages = null;
        try
        {
            if (step is ClickStep && WantsScreenshots(step))
            {
                screenshots.Add(await ScreenshotAsync(page(), journey, step, "before", fullPage: false).ConfigureAwait(false));
            }

            var around = new StepSurroundings(url => ResolveUrl(url, journey), journey.Sensitive, _time, () => SettleAsync(page(), recorder, cancellationToken), _logger.ForContext("Journey", journey.Name), typed);
            pages = await StepActions.ExecuteAsync(step, page(), inputs, around, timeout, cancellationToken).ConfigureAwait(false);
            await SettleAsync(page(), recorder, cancellationToken).ConfigureAwait(false);
            if (step is ScreenshotStep shot)
            {
                screenshots.Add(await ScreenshotAsync(page(), journey, step, "page", shot.FullPage).ConfigureAwait(false));
            }
            else if (WantsScreenshots(step))
            {
                screenshots.Add(await ScreenshotAsync(page(), journey, step, "after", fullPage: false).ConfigureAwait(false));
            }
        }
        catch (Exception exception) when (exception is PlaywrightException or TimeoutException or OperationCanceledException)
        {
            error = cancellationToken.IsCancellationRequested ? "interrupted" : exception.Message.Split('\n')[0];
            _logger.Warning("{Journey} step {Index} {Name} failed: {Error}", journey.Name, step.Index, step.Name, error);
        }

        var endedAt = _time.GetUtcNow();
        _writer.Write(new StepLine(journey.Name, step.Index, step.Name, error is null ? "end" : "failed", endedAt, error));
        return new StepResult
        {
            Index = step.Index,
            Name = step.Name,
            Kind = step.Index == 0 ? "start" : step.Kind,
            Action = action,
            Status = error is null ? StepStatus.Passed : StepStatus.Failed,
            StartedAt = startedAt,
            EndedAt = endedAt,
            Error = error,
            PageUrl = StepActions.SafeUrl(page()),
            PageTitle = await StepActions.SafeTitleAsync(page()).ConfigureAwait(false),
            Screenshots = screenshots,
            Pages = pages,
        };
    }

    /// <summary>
    /// Waits until the page has loaded and no request has started or ended for a quiet period, so that
    /// requests a step causes (timers, unload beacons, redirects) are stamped with that step.
    /// </summary>
    private async Task SettleAsync(IPage page, RequestRecorder recorder, CancellationToken cancellationToken)
    {
        var limit = _options.SettleLimit;
        var started = _time.GetTimestamp();
        try
        {
            await page.WaitForLoadStateAsync(LoadState.Load, new PageWaitForLoadStateOptions { Timeout = (float)limit.TotalMilliseconds }).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            _logger.Debug("Page did not finish loading within {Limit}", limit);
        }

        // Sleep until the quiet period would be over, then look again (a request meanwhile moves its end): no overshoot.
        while (true)
        {
            var quiet = recorder.SinceLastActivity;
            var elapsed = _time.GetElapsedTime(started);
            if (quiet >= _options.SettleQuiet || elapsed >= limit)
            {
                return;
            }

            var wait = TimeSpan.FromTicks(Math.Min((_options.SettleQuiet - quiet).Ticks, (limit - elapsed).Ticks));
            await Task.Delay(wait < MinimumSettleWait ? MinimumSettleWait : wait, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    private bool WantsScreenshots(Step step) => step.Screenshot ?? _options.Screenshots;

    private async Task<string> ScreenshotAsync(IPage page, Journey journey, Step step, string when, bool fullPage)
    {
        var relative = Path.Combine(
            RunFolderLayout.ScreenshotsFolder,
            Slug.Unique(journey.Name),
            string.Create(CultureInfo.InvariantCulture, $"{step.Index:00}-{Slug.Of(step.Name)}-{when}.png"));
        var path = Path.Combine(_options.RunFolder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage, Timeout = 15_000 }).ConfigureAwait(false);
        return relative.Replace('\\', '/');
    }

    private string ResolveUrl(string url, Journey journey)
    {
        if (JourneyUrls.IsAbsoluteHttp(url))
        {
            return new Uri(url).ToString();
        }

        var baseUrl = _options.BaseUrl ?? (journey.BaseUrl is null ? null : new Uri(journey.BaseUrl));
        if (baseUrl is null)
        {
            // AuditRunner checks this before the browser starts; reaching here is a bug.
            throw new InvalidOperationException($"'{url}' is relative but the journey has no baseUrl and no --base-url was given");
        }

        return new Uri(baseUrl, url).ToString();
    }

    private StepResult Skipped(Step step, InputValues inputs) => new()
    {
        Index = step.Index,
        Name = step.Name,
        Kind = step.Index == 0 ? "start" : step.Kind,
        Action = StepDescriptions.Describe(step, inputs.Resolve),
        Status = StepStatus.Skipped,
    };

    private async Task CloseQuietlyAsync(IBrowserContext context)
    {
        try
        {
            await context.CloseAsync().ConfigureAwait(false);
        }
        catch (PlaywrightException exception)
        {
            _logger.Debug("Closing the browser context: {Reason}", exception.Message);
        }
    }
}
