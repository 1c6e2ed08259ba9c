namespace TrackerAudit.Reports.Har;

/// <summary>One HAR page: a journey step and the page it left the browser on.</summary>
internal sealed record HarPage(string Id, string Title, DateTimeOffset StartedAt, string Journey, int StepIndex, string PageUrl, string? PageTitle);
