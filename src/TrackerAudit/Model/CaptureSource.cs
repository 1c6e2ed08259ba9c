namespace TrackerAudit.Model;

/// <summary>Which witness saw a request.</summary>
public enum CaptureSource
{
    /// <summary>Playwright's request events: full detail (headers, body, frame, step).</summary>
    Playwright,

    /// <summary>
    /// Only Chromium's own network log: requests Playwright cannot see, above all beacons sent while a
    /// page unloads. URL, method, headers and outcome are known; the body is not recorded there.
    /// </summary>
    NetworkLog,
}
