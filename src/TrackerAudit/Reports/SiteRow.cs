namespace TrackerAudit.Reports;

/// <summary>
/// One site of a scan as every report shows it: its outcome, and its trackers only when the site was seen; a site
/// that was blocked, failed or unreachable has trackers "unknown", never "none".
/// </summary>
internal sealed record SiteRow(string Journey, string StartUrl, string Outcome, string? Why, int Pages, IReadOnlyList<string>? Trackers, int Findings, string? Browser)
{
    public static IReadOnlyList<SiteRow> Of(RunReport report) =>
        report.Journeys.Where(run => run.Site is not null).Select(Of).ToList();

    public string TrackersText => Trackers switch
    {
        null => "unknown (site not seen)",
        { Count: 0 } => "none seen",
        _ when Outcome != "completed" => string.Join(", ", Trackers) + " (perhaps more: site not fully seen)",
        _ => string.Join(", ", Trackers),
    };

    private static SiteRow Of(JourneyRun run)
    {
        var site = run.Site!;
        var seen = site.Outcome == SiteOutcomeKind.Completed;
        var trackers = run.TrackerRequests.Select(decoded => decoded.TrackerId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var first = site.Pages.FirstOrDefault();
        var browser = first is null ? null : $"navigator.webdriver {(first.Webdriver == true ? "true" : "false")}, user agent {first.UserAgent}";
        return new SiteRow(
            run.Journey,
            run.StartUrl,
            site.Outcome.ToString().ToLowerInvariant(),
            site.Why,
            site.Pages.Count,
            // Trackers seen before a wall are real, but their absence proves nothing.
            seen || trackers.Count > 0 ? trackers : null,
            run.Findings.Count,
            browser);
    }
}
