using System.Globalization;

namespace TrackerAudit.Journeys;

/// <summary>Says in a few words what a step does, for logs and reports.</summary>
internal static class StepDescriptions
{
    public static string Describe(Step step, Func<string, string> resolve) => step switch
    {
        GotoStep go => $"goto {go.Url}",
        ClickStep click => $"click {click.Selector}",
        FillStep fill => $"fill {fill.Selector} with \"{resolve(fill.Value)}\"",
        SelectStep select => $"select {string.Join(", ", select.Values.Select(value => $"\"{value}\""))} in {select.Selector}",
        CheckStep check => $"{(check.Checked ? "check" : "uncheck")} {check.Selector}",
        PressStep press => press.Selector is null ? $"press {press.Key}" : $"press {press.Key} in {press.Selector}",
        WaitStep { Selector: not null } wait => $"wait for {wait.Selector}",
        WaitStep { Url: not null } wait => $"wait for URL {wait.Url}",
        WaitStep wait => string.Create(CultureInfo.InvariantCulture, $"wait {wait.Duration?.TotalMilliseconds ?? 0} ms"),
        ScreenshotStep => "screenshot",
        ScrollStep => "scroll through the page",
        TypeCanariesStep => "type canary values into every visible input, without submitting",
        FollowLinksStep follow => string.Create(CultureInfo.InvariantCulture, $"follow up to {follow.Pages} same-site links (seed {follow.Seed}), sensitive ones first"),
        _ => step.Kind,
    };
}
