using System.Collections.Concurrent;
using Microsoft.Playwright;
using Serilog;
using TrackerAudit.Capture;
using TrackerAudit.Journeys;

namespace TrackerAudit.Browsing;

/// <summary>
/// Records every request of one browser context, stamped with the step that caused it.
/// The event handlers do only what must happen at once (id, time, step, body); a body over the
/// in-memory limit is stored and headers are awaited in the background, and every line goes to
/// the <see cref="CaptureWriter"/>.
/// </summary>
internal sealed class RequestRecorder
{
    private static readonly TimeSpan HeaderWait = TimeSpan.FromSeconds(10);

    private readonly string _journey;
    private readonly CaptureWriter _writer;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Func<long> _nextId;
    private readonly RequestBodies _bodies;
    private readonly RequestDisposition _unmarked;
    private readonly ConcurrentDictionary<IRequest, Entry> _entries = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<IRequest, RequestDisposition> _dispositions = new(ReferenceEqualityComparer.Instance);
    private volatile StepMarker _step = StepMarker.Start;
    private int _inFlight;
    private long _lastActivityTicks;

    /// <param name="unmarked">What happened to a request no route handler marked: sent, or (replaying) answered from the archive.</param>
    public RequestRecorder(string journey, CaptureWriter writer, Func<long> nextId, RequestBodies bodies, TimeProvider time, ILogger logger, RequestDisposition unmarked = RequestDisposition.Sent)
    {
        _unmarked = unmarked;
        _journey = journey;
        _writer = writer;
        _nextId = nextId;
        _bodies = bodies;
        _time = time;
        _logger = logger;
        _lastActivityTicks = time.GetTimestamp();
    }

    /// <summary>The step that new requests are stamped with.</summary>
    public StepMarker Step
    {
        get => _step;
        set => _step = value;
    }

    /// <summary>Requests started and not yet finished or failed.</summary>
    public int InFlight => Volatile.Read(ref _inFlight);

    /// <summary>Time since a request last started or ended.</summary>
    public TimeSpan SinceLastActivity => _time.GetElapsedTime(Interlocked.Read(ref _lastActivityTicks));

    public void Attach(IBrowserContext context)
    {
        context.Request += (_, request) => OnRequest(request);
        context.RequestFinished += (_, request) => OnEnded(request, failure: null);
        context.RequestFailed += (_, request) => OnEnded(request, request.Failure ?? "failed");
    }

    /// <summary>Called by route handlers: this request did not leave the machine.</summary>
    public void MarkDisposition(IRequest request, RequestDisposition disposition) => _dispositions[request] = disposition;

    /// <summary>Waits (bounded) for pending header reads, then returns every request in the order the browser made them.</summary>
    public async Task<IReadOnlyList<CapturedRequest>> CollectAsync(TimeSpan wait)
    {
        var pending = _entries.Values.Select(entry => (Task)entry.Captured.Task).ToArray();
        await Task.WhenAny(Task.WhenAll(pending), Task.Delay(wait, _time)).ConfigureAwait(false);
        return _entries
            .Where(pair => pair.Value.Captured.Task.IsCompletedSuccessfully)
            .Select(pair => WithKnownDisposition(pair.Key, pair.Value.Current))
            .OrderBy(request => request.Id)
            .ToList();
    }

    private void OnRequest(IRequest request)
    {
        Interlocked.Increment(ref _inFlight);
        Touch();
        var step = _step;
        var captured = new CapturedRequest
        {
            Id = _nextId(),
            Time = TruncateToMilliseconds(_time.GetUtcNow()),
            Journey = _journey,
            StepIndex = step.Index,
            StepName = step.Name,
            PageUrl = SafeRead(() => request.Frame.Page.Url),
            FrameUrl = SafeRead(() => request.Frame.Url),
            ResourceType = request.ResourceType,
            Method = request.Method,
            Url = request.Url,
            IsNavigation = SafeRead(() => request.IsNavigationRequest),
            Headers = ToHeaders(request.Headers),
            Disposition = _unmarked,
        };
        var body = SafeRead(() => request.PostDataBuffer);
        PlaywrightPostData.Release(request);
        byte[]? toStore = null;
        if (body is { Length: > 0 })
        {
            if (_bodies.Stores(body.Length))
            {
                captured = captured with { BodySize = body.Length };
                toStore = body;
            }
            else
            {
                captured = RequestBodies.Inline(captured, body);
            }
        }

        var entry = new Entry(captured);
        _entries[request] = entry;
        _ = CompleteAsync(request, entry, toStore);
    }

    private async Task CompleteAsync(IRequest request, Entry entry, byte[]? body)
    {
        if (body is not null)
        {
            entry.Current = await StoreAsync(entry.Current, body).ConfigureAwait(false);
        }

        try
        {
            // All headers include Cookie and the others the network stack adds; they arrive a little after the event.
            var headers = await request.AllHeadersAsync().WaitAsync(HeaderWait).ConfigureAwait(false);
            entry.Current = entry.Current with { Headers = ToHeaders(headers) };
        }
        catch (Exception exception) when (exception is TimeoutException or PlaywrightException or ObjectDisposedException)
        {
            _logger.Debug("Only the provisional headers of {Url} are known: {Reason}", request.Url, exception.Message);
        }

        _writer.Write(new RequestLine(entry.Current));
        entry.Captured.TrySetResult();
    }

    private async Task<CapturedRequest> StoreAsync(CapturedRequest request, byte[] body)
    {
        try
        {
            return await _bodies.StoreAsync(request, body, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Captured data is never lost: a body that cannot go to disk stays in memory.
            _logger.Warning("The body of request {Id} ({Size} bytes) could not be stored in {Folder}/: {Reason}; it is kept in memory", request.Id, body.Length, RequestBodies.FolderName, exception.Message);
            return RequestBodies.Inline(request, body);
        }
    }

    private void OnEnded(IRequest request, string? failure)
    {
        Interlocked.Decrement(ref _inFlight);
        Touch();
        if (!_entries.TryGetValue(request, out var entry))
        {
            return;
        }

        var disposition = _dispositions.TryGetValue(request, out var marked) ? marked : _unmarked;
        var now = TruncateToMilliseconds(_time.GetUtcNow());
        _ = RecordOutcomeAsync(request, entry, failure, disposition, now);
    }

    private async Task RecordOutcomeAsync(IRequest request, Entry entry, string? failure, RequestDisposition disposition, DateTimeOffset now)
    {
        int? status = null;
        if (failure is null)
        {
            try
            {
                status = (await request.ResponseAsync().WaitAsync(HeaderWait).ConfigureAwait(false))?.Status;
            }
            catch (Exception exception) when (exception is TimeoutException or PlaywrightException or ObjectDisposedException)
            {
                _logger.Debug("No response status for {Url}: {Reason}", request.Url, exception.Message);
            }
        }

        await entry.Captured.Task.ConfigureAwait(false);
        entry.Current = entry.Current with { Status = status, Failure = failure, Disposition = disposition };
        _writer.Write(new OutcomeLine(_journey, entry.Current.Id, now, status, failure, disposition));
    }

    // A beacon answered by a route as its page unloads may never raise a finished event; the route still saw it.
    private CapturedRequest WithKnownDisposition(IRequest request, CapturedRequest captured) =>
        captured.Disposition == _unmarked && _dispositions.TryGetValue(request, out var disposition)
            ? captured with { Disposition = disposition }
            : captured;

    private void Touch() => Interlocked.Exchange(ref _lastActivityTicks, _time.GetTimestamp());

    private static List<HttpHeader> ToHeaders(IEnumerable<KeyValuePair<string, string>> headers) =>
        headers.Select(header => new HttpHeader(header.Key.ToLowerInvariant(), header.Value)).ToList();

    private static DateTimeOffset TruncateToMilliseconds(DateTimeOffset time) =>
        new(time.Ticks - (time.Ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);

    private static T? SafeRead<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception exception) when (exception is PlaywrightException or InvalidOperationException or NullReferenceException)
        {
            // Requests from service workers have no frame; a closed page throws. Neither stops the capture.
            return default;
        }
    }

    private sealed class Entry(CapturedRequest initial)
    {
        private CapturedRequest _current = initial;

        public TaskCompletionSource Captured { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public CapturedRequest Current
        {
            get => Volatile.Read(ref _current);
            set => Volatile.Write(ref _current, value);
        }
    }
}
