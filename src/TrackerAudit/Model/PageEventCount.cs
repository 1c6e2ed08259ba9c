namespace TrackerAudit.Model;

/// <summary>
/// How many times a tracker received one event from one page of a journey, in the baseline and in the
/// current run. The page is its path only: origin, port and query change between runs of an unchanged site.
/// </summary>
/// <param name="Journey">The journey.</param>
/// <param name="TrackerId">Stable tracker id.</param>
/// <param name="TrackerName">The tracker, for people.</param>
/// <param name="EventName">The event, e.g. <c>PageView</c>.</param>
/// <param name="PagePath">The page's path, e.g. <c>/report/fraud/</c>.</param>
/// <param name="BaselineCount">How many in the baseline run (0: new).</param>
/// <param name="CurrentCount">How many in the current run (0: gone).</param>
public sealed record PageEventCount(
    string Journey,
    string TrackerId,
    string TrackerName,
    string EventName,
    string PagePath,
    int BaselineCount,
    int CurrentCount);
