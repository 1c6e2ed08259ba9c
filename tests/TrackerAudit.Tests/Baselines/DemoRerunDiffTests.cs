using TrackerAudit.Baselines;
using TrackerAudit.Capture;
using TrackerAudit.Errors;
using TrackerAudit.Findings;
using TrackerAudit.Reports;
using TrackerAudit.Running;
using TrackerAudit.Tests.Cli;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Baselines;

/// <summary>Baselines against real runs: the demo audited twice in Chromium, on two random ports.</summary>
[NonParallelizable]
public sealed class DemoRerunDiffTests
{
    private const string Journey = "Report sexual assault";
    private const string ContactPath = "/report/rape-sexual-assault/contact/";

    private TempFolder _folder = null!;
    private string _firstFile = null!;
    private string _secondFile = null!;
    private RunReport _first = null!;
    private RunReport _second = null!;

    [OneTimeSetUp]
    public async Task RunTheDemoTwice()
    {
        _folder = new TempFolder();
        (_firstFile, _first) = await RunDemoAsync("first");
        (_secondFile, _second) = await RunDemoAsync("second");
    }

    [OneTimeTearDown]
    public void CleanUp() => _folder.Dispose();

    [Test]
    public void Two_runs_of_the_unchanged_demo_do_not_differ()
    {
        var diff = RunComparer.Compare(_first, _second);

        Assert.Multiple(() =>
        {
            Assert.That(_first.Journeys.SelectMany(run => run.Findings), Is.Not.Empty, "the demo leaks: there is something to compare");
            Assert.That(_second.RunId, Is.Not.EqualTo(_first.RunId));
            Assert.That(diff.IsEmpty, Is.True, RunDiffText.Render(diff));
        });
    }

    [Test]
    public void A_run_where_the_pixel_sent_one_more_event_shows_exactly_that_event()
    {
        var diff = RunComparer.Compare(_first, WithOneMoreLead(_second));

        Assert.Multiple(() =>
        {
            Assert.That(diff.NewEvents, Is.EqualTo(new[] { new PageEventCount(Journey, "meta-pixel", "Meta Pixel", "Lead", ContactPath, 0, 1) }), RunDiffText.Render(diff));
            var finding = diff.NewFindings.Single();
            Assert.That((finding.EventName, finding.Category, finding.Severity), Is.EqualTo(("Lead", FindingCategory.PageAndBehaviour, Severity.Low)));
            Assert.That(diff with { NewEvents = [], NewFindings = [] }, Has.Property(nameof(RunDiff.IsEmpty)).True);
        });
    }

    [Test]
    public async Task The_diff_command_exits_0_for_the_reruns_and_1_with_the_extra_event()
    {
        var changed = Path.Combine(_folder.Path, "changed");
        Directory.CreateDirectory(changed);
        await JsonReportWriter.WriteAsync(WithOneMoreLead(_second), changed, CancellationToken.None);

        var same = await DiffCommandTests.DiffAsync(_firstFile, _secondFile);
        var different = await DiffCommandTests.DiffAsync(_firstFile, Path.Combine(changed, JsonReportWriter.FileName));

        Assert.Multiple(() =>
        {
            Assert.That(same.Code, Is.EqualTo(ExitCodes.Success), same.Output);
            Assert.That(different.Code, Is.EqualTo(ExitCodes.ExpectationFailed), different.Output);
            Assert.That(different.Output, Does.Contain($"+ {Journey}: Meta Pixel Lead on {ContactPath} (0 -> 1)"));
            Assert.That(different.Output, Does.Contain("Differences: 1 new event, 1 new finding."));
        });
    }

    /// <summary>
    /// The second run as if the replica's pixel had also sent <c>fbq('track', 'Lead')</c> on the contact
    /// page: made in code by adding one captured request and its decoded event to the real report (the
    /// replica has no switch for it), then deriving the findings again the way a run does.
    /// </summary>
    private static RunReport WithOneMoreLead(RunReport report)
    {
        var run = report.Journeys.Single(journey => journey.Journey == Journey);
        var pageView = run.TrackerRequests.SelectMany(decoded => decoded.Events)
            .First(e => e.Name == "PageView" && e.PageUrl is not null && new Uri(e.PageUrl).AbsolutePath == ContactPath);
        var pageRequest = run.Requests.Single(request => request.Id == pageView.RequestId);
        var id = run.Requests.Max(request => request.Id) + 1;
        var request = pageRequest with
        {
            Id = id,
            Time = pageRequest.Time.AddMilliseconds(5),
            Url = $"https://www.facebook.com/tr/?id={pageView.AccountId}&ev=Lead",
            Headers = [],
            BodyText = null,
        };
        var lead = SomeRun.MetaEvent(id, "Lead", pageView.AccountId, pageView.PageUrl) with
        {
            TrackerId = pageView.TrackerId,
            TrackerName = pageView.TrackerName,
            PageTitle = pageView.PageTitle,
        };
        var changed = run with
        {
            Requests = [.. run.Requests, request],
            TrackerRequests = [.. run.TrackerRequests, SomeRun.Decoded(id, lead) with { TrackerId = lead.TrackerId, TrackerName = lead.TrackerName }],
        };
        changed = changed with { Findings = FindingsEngine.Analyse(changed) };
        return report with { Journeys = [.. report.Journeys.Select(journey => journey == run ? changed : journey)] };
    }

    private async Task<(string File, RunReport Report)> RunDemoAsync(string name)
    {
        var output = Path.Combine(_folder.Path, name);
        var result = await CliResult.RunAsync("demo", "--output", output, "--browser", TestBrowser.Path);
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.Error + result.Output);
        var file = Path.Combine(Directory.GetDirectories(output).Single(), JsonReportWriter.FileName);
        return (file, JsonReportWriter.Read(file));
    }
}
