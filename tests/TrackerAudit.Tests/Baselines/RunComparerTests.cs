using TrackerAudit.Baselines;
using TrackerAudit.Findings;
using TrackerAudit.Running;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Baselines;

public sealed class RunComparerTests
{
    [Test]
    public void The_same_events_on_another_port_and_with_another_query_are_no_difference()
    {
        var baseline = SomeRun.Report(SomeRun.Journey().With(
            SomeRun.Beacon(1, "PageView", "http://127.0.0.1:5000/report/fraud/"),
            SomeRun.Beacon(2, "PageView", "http://127.0.0.1:5000/report/fraud/contact/?where=canary+abc")));
        var current = SomeRun.Report(SomeRun.Journey().With(
            SomeRun.Beacon(7, "PageView", "http://127.0.0.1:6123/report/fraud/contact/?where=canary+def"),
            SomeRun.Beacon(9, "PageView", "http://127.0.0.1:6123/report/fraud/")));

        var diff = RunComparer.Compare(baseline, current);

        Assert.That(diff.IsEmpty, Is.True, RunDiffText.Render(diff));
    }

    [Test]
    public void Counts_events_per_journey_tracker_page_and_name()
    {
        var baseline = SomeRun.Report(SomeRun.Journey().With(
            SomeRun.Beacon(1, "PageView", "http://127.0.0.1:5000/a/"),
            SomeRun.Beacon(2, "SubscribedButtonClick", "http://127.0.0.1:5000/a/")));
        var current = SomeRun.Report(SomeRun.Journey().With(
            SomeRun.Beacon(1, "PageView", "http://127.0.0.1:5000/a/"),
            SomeRun.Beacon(2, "PageView", "http://127.0.0.1:5000/a/"),
            SomeRun.Beacon(3, "Lead", "http://127.0.0.1:5000/b/")));

        var diff = RunComparer.Compare(baseline, current);

        Assert.Multiple(() =>
        {
            Assert.That(diff.NewEvents, Is.EqualTo(new[] { new PageEventCount("Report fraud", "meta-pixel", "Meta Pixel", "Lead", "/b/", 0, 1) }));
            Assert.That(diff.GoneEvents, Is.EqualTo(new[] { new PageEventCount("Report fraud", "meta-pixel", "Meta Pixel", "SubscribedButtonClick", "/a/", 1, 0) }));
            Assert.That(diff.ChangedEvents, Is.EqualTo(new[] { new PageEventCount("Report fraud", "meta-pixel", "Meta Pixel", "PageView", "/a/", 1, 2) }));
            Assert.That(diff.NewTrackers, Is.Empty);
            Assert.That(diff.NewAccounts, Is.Empty);
        });
    }

    [Test]
    public void The_same_event_in_another_journey_is_a_new_event()
    {
        var baseline = SomeRun.Report(SomeRun.Journey("One").With(SomeRun.Beacon(1, "PageView", "http://h/a/", "One")));
        var current = SomeRun.Report(
            SomeRun.Journey("One").With(SomeRun.Beacon(1, "PageView", "http://h/a/", "One")),
            SomeRun.Journey("Two").With(SomeRun.Beacon(2, "PageView", "http://h/a/", "Two")));

        var diff = RunComparer.Compare(baseline, current);

        Assert.That(diff.NewEvents.Select(e => e.Journey), Is.EqualTo(new[] { "Two" }));
    }

    [Test]
    public void A_new_pixel_id_and_a_new_tracker_are_reported_by_id()
    {
        var tiktok = SomeRun.Beacon(3, "Pageview", "http://h/a/");
        tiktok.Decoded = tiktok.Decoded with
        {
            TrackerId = "tiktok-pixel",
            TrackerName = "TikTok Pixel",
            Events = [tiktok.Decoded.Events[0] with { TrackerId = "tiktok-pixel", TrackerName = "TikTok Pixel", AccountId = "CABC" }],
        };
        var baseline = SomeRun.Report(SomeRun.Journey().With(SomeRun.Beacon(1, "PageView", "http://h/a/")));
        var current = SomeRun.Report(SomeRun.Journey().With(
            SomeRun.Beacon(1, "PageView", "http://h/a/"),
            SomeRun.Beacon(2, "PageView", "http://h/a/", pixelId: "999"),
            tiktok));

        var diff = RunComparer.Compare(baseline, current);

        Assert.Multiple(() =>
        {
            Assert.That(diff.NewTrackers, Is.EqualTo(new[] { new TrackerPresence("tiktok-pixel", "TikTok Pixel") }));
            Assert.That(diff.NewAccounts, Is.EqualTo(new[]
            {
                new TrackerAccount("meta-pixel", "Meta Pixel", "999"),
                new TrackerAccount("tiktok-pixel", "TikTok Pixel", "CABC"),
            }));
            Assert.That(diff.GoneTrackers, Is.Empty);
            Assert.That(diff.GoneAccounts, Is.Empty);
        });
    }

    [Test]
    public void Findings_are_matched_by_key_not_by_time_request_or_value()
    {
        var old = SomeRun.Finding("same", "old statement");
        var rerun = old with { Time = old.Time.AddHours(1), RequestId = 42, Value = "canary.0f3a@example.org", Statement = "new statement" };
        var baseline = SomeRun.Report(SomeRun.Journey() with { Findings = [old, SomeRun.Finding("gone", "gone")] });
        var current = SomeRun.Report(SomeRun.Journey() with { Findings = [rerun, SomeRun.Finding("new", "new", Severity.Critical)] });

        var diff = RunComparer.Compare(baseline, current);

        Assert.Multiple(() =>
        {
            Assert.That(diff.NewFindings.Select(f => f.Key), Is.EqualTo(new[] { "new" }));
            Assert.That(diff.GoneFindings.Select(f => f.Key), Is.EqualTo(new[] { "gone" }));
            Assert.That(diff.ChangedFindings, Is.Empty);
        });
    }

    [Test]
    public void A_finding_whose_severity_changed_is_a_changed_finding()
    {
        var baseline = SomeRun.Report(SomeRun.Journey() with { Findings = [SomeRun.Finding("k", "s", Severity.Medium)] });
        var current = SomeRun.Report(SomeRun.Journey() with { Findings = [SomeRun.Finding("k", "s", Severity.High)] });

        var diff = RunComparer.Compare(baseline, current);

        Assert.Multiple(() =>
        {
            Assert.That(diff.ChangedFindings.Select(change => (change.Baseline.Severity, change.Current.Severity)), Is.EqualTo(new[] { (Severity.Medium, Severity.High) }));
            Assert.That(diff.IsEmpty, Is.False);
            Assert.That(diff.NewFindings, Is.Empty);
        });
    }

    [Test]
    public void A_failed_journey_with_fewer_events_shows_them_gone()
    {
        var baseline = SomeRun.Report(SomeRun.Journey().With(SomeRun.Beacon(1, "PageView", "http://h/a/"), SomeRun.Beacon(2, "PageView", "http://h/b/")));
        var current = SomeRun.Report(SomeRun.Journey(status: JourneyStatus.Failed).With(SomeRun.Beacon(1, "PageView", "http://h/a/")));

        var diff = RunComparer.Compare(baseline, current);

        Assert.That(diff.GoneEvents.Select(e => e.PagePath), Is.EqualTo(new[] { "/b/" }));
    }

    [TestCase("http://127.0.0.1:5000/report/fraud/?x=1#top", "/report/fraud/")]
    [TestCase("https://example.org", "/")]
    [TestCase("/relative/page?q=1", "/relative/page")]
    [TestCase(null, "(no page)")]
    public void The_page_is_its_path_without_origin_port_query_or_fragment(string? url, string expected) =>
        Assert.That(RunComparer.PagePath(url), Is.EqualTo(expected));
}
