using TrackerAudit.Capture;
using TrackerAudit.Expectations;

namespace TrackerAudit.Model;

/// <summary>How an audit runs.</summary>
public sealed record AuditOptions
{
    /// <summary>The run folder: capture, screenshots and reports are written here.</summary>
    public required string RunFolder { get; init; }

    /// <summary>The run's id (the run folder's name).</summary>
    public required string RunId { get; init; }

    /// <summary>
    /// Explicit browser executable; found automatically when null. With <see cref="Connect"/>, a path on the
    /// Playwright server's machine, asked of the server.
    /// </summary>
    public string? BrowserPath { get; init; }

    /// <summary>
    /// A Playwright server (<c>ws://host:port/</c>) that starts the browser instead of this machine; null
    /// launches one here. Routes, capture and decoding still run here; Chromium's network log is not available.
    /// </summary>
    public Uri? Connect { get; init; }

    /// <summary>Show the browser window.</summary>
    public bool Headed { get; init; }

    /// <summary>How long one step may take unless the step says otherwise.</summary>
    public TimeSpan StepTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Base URL for relative journey URLs; overrides each journey's own.</summary>
    public Uri? BaseUrl { get; init; }

    /// <summary>Take a screenshot after every step (screenshot steps always take one).</summary>
    public bool Screenshots { get; init; } = true;

    /// <summary>After each step, how long the network must be quiet before the next step starts.</summary>
    public TimeSpan SettleQuiet { get; init; } = TimeSpan.FromMilliseconds(800);

    /// <summary>The longest wait for the network to settle after a step.</summary>
    public TimeSpan SettleLimit { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Also record Chromium's own network log, which sees requests Playwright cannot (beacons sent while
    /// a page unloads); they are added to the capture.
    /// </summary>
    public bool NetworkLog { get; init; } = true;

    /// <summary>
    /// Request bodies larger than this many bytes are written to <c>bodies/&lt;request-id&gt;.bin</c> in the run
    /// folder and referenced from the request, instead of being held in memory (<c>--max-body-in-memory</c>).
    /// </summary>
    public long MaxBodyInMemory { get; init; } = RequestBodies.DefaultLimit;

    /// <summary>
    /// How many journeys run at once, each in its own browser context of the one browser. 1 (the default
    /// here) runs them one after another; the command line defaults to one per core.
    /// </summary>
    public int Workers { get; init; } = 1;

    /// <summary>How many times each journey (each consent variant of it) runs, each time in a fresh browser context (<c>--repeat</c>).</summary>
    public int Repeat { get; init; } = 1;

    /// <summary>Policies whose rules apply to every journey of the run (<c>--policy</c>).</summary>
    public IReadOnlyList<Policy> Policies { get; init; } = [];

    /// <summary>The command line, for the record.</summary>
    public string CommandLine { get; init; } = "";

    /// <summary>
    /// The archives to replay (<c>--replay</c>), the first given answering first: pages are answered from them, never
    /// from the network; what none can answer fails as offline and is reported. Empty for a live run.
    /// </summary>
    public IReadOnlyList<ReplayArchive> Replay { get; init; } = [];

    /// <summary>
    /// Also record each journey's traffic with response bodies, as a HAR under <c>archive/</c> in the run folder, so
    /// that the run can be replayed later (<c>--archive</c>).
    /// </summary>
    public bool Archive { get; init; }

    /// <summary>Local stand-ins for hosts that must not be reached (the demo's replica tracker).</summary>
    internal IReadOnlyList<TrafficStandIn> StandIns { get; init; } = [];

    /// <summary>How long one journey may take before it is stopped and marked failed (<c>scan --site-timeout</c>); null: no limit.</summary>
    public TimeSpan? JourneyTimeout { get; init; }

    /// <summary>Says, for the report, whether tracker requests were let through or answered locally.</summary>
    public string TrackerTraffic { get; init; } = "sent to the network";
}
