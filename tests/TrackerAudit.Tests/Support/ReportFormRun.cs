using TrackerAudit.Findings;
using TrackerAudit.Running;
using TrackerAudit.Trackers;

namespace TrackerAudit.Tests.Support;

/// <summary>The journey run the expectation tests evaluate: a report form on a police site, with Meta Pixel on it.</summary>
internal static class ReportFormRun
{
    public const string Home = JourneyRunBuilder.Site + "/";

    public const string ReportPage = JourneyRunBuilder.Site + "/report/x/";

    /// <summary>
    /// The start page loads the pixel and sends a PageView; step 1 clicks through to a report page, which sends a
    /// PageView; step 2 clicks Continue, which sends a SubscribedButtonClick and loads a font from a third party.
    /// </summary>
    public static JourneyRun Completed() => new JourneyRunBuilder()
        .Step("open start page")
        .Request("GET", Home, "about:blank")
        .Pixel("GET", "https://connect.facebook.net/en_US/fbevents.js", Home, "library loaded", TrackerEventKind.Library)
        .Pixel("GET", "https://www.facebook.com/tr/?id=1&ev=PageView", Home, "PageView")
        .Finding("identifier", FindingCategory.Identifier, Severity.High, "Meta Pixel 1 received the Facebook account id.")
        .Step("Open report")
        .Pixel("POST", "https://www.facebook.com/tr/", Home, "SubscribedButtonClick")
        .Finding("click", FindingCategory.PageAndBehaviour, Severity.Low, "Meta Pixel 1 received a click.")
        .Request("GET", ReportPage, Home)
        .Request("GET", "https://cdn.northshire.police.uk/site.css", ReportPage)
        .Pixel("GET", "https://www.facebook.com/tr/?id=1&ev=PageView&dl=x", ReportPage, "PageView")
        .Finding("sensitive", FindingCategory.SensitiveContext, Severity.High, "Meta Pixel 1 received the sensitive word 'rape'.")
        .Step("Continue")
        .Pixel("POST", "https://www.facebook.com/tr/", ReportPage, "SubscribedButtonClick")
        .Finding("typed", FindingCategory.TypedData, Severity.Critical, "Meta Pixel 1 received the value you typed as 'email'.")
        .Request("GET", "https://fonts.example.net/font.woff2", ReportPage)
        .Build();

    /// <summary>The same journey when step 1 fails: step 2 is skipped and nothing after step 1's failure was captured.</summary>
    public static JourneyRun FailedAtStep1() => new JourneyRunBuilder()
        .Step("open start page")
        .Pixel("GET", "https://www.facebook.com/tr/?id=1&ev=PageView", Home, "PageView")
        .Step("Open report", StepStatus.Failed, "Timeout 30000ms exceeded")
        .Step("Continue", StepStatus.Skipped)
        .Build(JourneyStatus.Failed, "step 1 'Open report' failed: Timeout 30000ms exceeded");
}
