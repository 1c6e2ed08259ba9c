namespace TrackerAudit.Scanning;

/// <summary>
/// How the scan of one site ended, from its journey run: unreachable when the start page never answered, failed
/// when a step failed or time ran out, blocked when its first page was a wall, an error page or empty, or a wall
/// stood on any page
/// (its trackers unknown, not absent), completed otherwise.
/// </summary>
internal static class SiteOutcomes
{
    // Chromium's errors for a site that never answered, as Playwright reports them.
    private static readonly string[] Unanswered =
    [
        "ERR_NAME_NOT_RESOLVED", "ERR_CONNECTION_REFUSED", "ERR_CONNECTION_TIMED_OUT", "ERR_ADDRESS_UNREACHABLE",
        "ERR_CONNECTION_RESET", "ERR_CONNECTION_CLOSED", "ERR_EMPTY_RESPONSE", "ERR_INTERNET_DISCONNECTED", "ERR_TIMED_OUT",
        "ERR_NAME_RESOLUTION_FAILED", "ERR_SSL_PROTOCOL_ERROR", "ERR_CERT_",
    ];

    /// <summary>Whether a journey is a scan (it has a scan step), and so has a site outcome.</summary>
    public static bool IsScan(Journey journey) => journey.Steps.Any(step => step is ScrollStep or TypeCanariesStep or FollowLinksStep);

    public static SiteOutcome Of(JourneyRun run)
    {
        var pages = run.Steps.SelectMany(step => step.Pages ?? []).ToList();
        var start = run.Steps.FirstOrDefault(step => step.Index == 0);
        if (start is { Status: StepStatus.Failed, Error: { } startError } && Unanswered.Any(code => startError.Contains(code, StringComparison.Ordinal)))
        {
            return new SiteOutcome { Outcome = SiteOutcomeKind.Unreachable, Why = startError, Pages = pages };
        }

        if (run.Status != JourneyStatus.Completed)
        {
            return new SiteOutcome { Outcome = SiteOutcomeKind.Failed, Why = run.Error ?? run.Status.ToString(), Pages = pages };
        }

        // A broken link further in is noted on its page; the site is blocked when its first page could not be read, or a wall stood anywhere.
        var walls = pages.Where((page, i) => page.Mark == PageMark.BotWall || (i == 0 && page.Mark != PageMark.Page)).ToList();
        return walls.Count > 0
            ? new SiteOutcome { Outcome = SiteOutcomeKind.Blocked, Why = string.Join("; ", walls.Select(page => $"{page.Url}: {page.Why}")), Pages = pages }
            : new SiteOutcome { Outcome = SiteOutcomeKind.Completed, Pages = pages };
    }
}
