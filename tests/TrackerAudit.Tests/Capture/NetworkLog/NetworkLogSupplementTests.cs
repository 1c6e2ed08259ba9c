using TrackerAudit.Capture;
using TrackerAudit.Capture.NetworkLog;
using TrackerAudit.Running;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Capture.NetworkLog;

public sealed class NetworkLogSupplementTests
{
    private static readonly DateTimeOffset T0 = SomeRun.Start;

    [Test]
    public void A_request_in_one_journeys_window_goes_to_that_journey()
    {
        var first = Run("first", "http://127.0.0.1:5001/", T0, T0.AddSeconds(10));
        var second = Run("second", "http://127.0.0.1:5001/", T0.AddSeconds(10.5), T0.AddSeconds(20));

        var (merged, ambiguous) = Merge([first, second], Beacon(T0.AddSeconds(15), "http://127.0.0.1:5001"));

        Assert.Multiple(() =>
        {
            Assert.That(merged[0].Requests, Is.Empty);
            Assert.That(merged[1].Requests.Single().Url, Is.EqualTo(BeaconUrl));
            Assert.That(merged[1].Requests.Single().Source, Is.EqualTo(CaptureSource.NetworkLog));
            Assert.That(ambiguous, Is.Empty);
        });
    }

    [Test]
    public void Overlapping_journeys_are_told_apart_by_the_initiator_origin()
    {
        var onA = Run("on A", "http://127.0.0.1:5001/", T0, T0.AddSeconds(20));
        var onB = Run("on B", "http://127.0.0.1:5002/", T0.AddSeconds(1), T0.AddSeconds(20));

        var (merged, ambiguous) = Merge([onA, onB], Beacon(T0.AddSeconds(5), "http://127.0.0.1:5002"), Beacon(T0.AddSeconds(6), "http://127.0.0.1:5001"));

        Assert.Multiple(() =>
        {
            Assert.That(merged[0].Requests.Select(request => request.Time), Is.EqualTo(new[] { T0.AddSeconds(6) }));
            Assert.That(merged[1].Requests.Select(request => request.Time), Is.EqualTo(new[] { T0.AddSeconds(5) }));
            Assert.That(merged[1].Requests.Single().Journey, Is.EqualTo("on B"));
            Assert.That(ambiguous, Is.Empty);
        });
    }

    [Test]
    public void Overlapping_journeys_on_one_site_get_none_of_the_request_and_it_is_reported()
    {
        var first = Run("first", "http://127.0.0.1:5001/", T0, T0.AddSeconds(20));
        var second = Run("second", "http://127.0.0.1:5001/", T0.AddSeconds(1), T0.AddSeconds(20));
        var recorded = new List<CapturedRequest>();

        var (merged, ambiguous) = Merge([first, second], recorded, Beacon(T0.AddSeconds(5), "http://127.0.0.1:5001"));

        Assert.Multiple(() =>
        {
            Assert.That(merged.SelectMany(run => run.Requests), Is.Empty);
            Assert.That(recorded, Is.Empty, "nothing is written to the capture for a journey it may not belong to");
            Assert.That(ambiguous.Single(), Is.EqualTo($"{BeaconUrl}: first, second"));
        });
    }

    [Test]
    public void An_initiator_no_running_journey_visited_is_attributed_to_none()
    {
        var onA = Run("on A", "http://127.0.0.1:5001/", T0, T0.AddSeconds(20));
        var onB = Run("on B", "http://127.0.0.1:5002/", T0, T0.AddSeconds(20));

        var (merged, ambiguous) = Merge([onA, onB], Beacon(T0.AddSeconds(5), "http://127.0.0.1:5003"));

        Assert.Multiple(() =>
        {
            Assert.That(merged.SelectMany(run => run.Requests), Is.Empty);
            Assert.That(ambiguous, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public void An_iframe_origin_the_journey_had_counts_as_its_own()
    {
        var onA = Run("on A", "http://127.0.0.1:5001/", T0, T0.AddSeconds(20)) with
        {
            Requests = [Request(1, "http://127.0.0.1:5003/frame.html", frameUrl: "http://127.0.0.1:5003/frame.html")],
        };
        var onB = Run("on B", "http://127.0.0.1:5002/", T0, T0.AddSeconds(20));

        var (merged, _) = Merge([onA, onB], Beacon(T0.AddSeconds(5), "http://127.0.0.1:5003"));

        Assert.That(merged[0].Requests.Select(request => request.Url), Has.Member(BeaconUrl));
    }

    private const string BeaconUrl = "https://www.facebook.com/tr/?id=1&ev=Leave";

    private static NetLogRequest Beacon(DateTimeOffset time, string initiator) => new()
    {
        Time = time,
        Method = "POST",
        Url = BeaconUrl,
        Initiator = initiator,
        RequestType = "other",
    };

    private static JourneyRun Run(string name, string startUrl, DateTimeOffset startedAt, DateTimeOffset endedAt) => SomeRun.Journey(name) with
    {
        StartUrl = startUrl,
        StartedAt = startedAt,
        EndedAt = endedAt,
        Steps = [SomeRun.Step(0, "open start page", "goto") with { StartedAt = startedAt, PageUrl = startUrl }],
    };

    private static CapturedRequest Request(long id, string url, string frameUrl) =>
        SomeRun.Request(id, url, resourceType: "document", step: 0, stepName: "open start page") with { Time = T0, Journey = "on A", FrameUrl = frameUrl };

    private static (IReadOnlyList<JourneyRun> Runs, List<string> Ambiguous) Merge(IReadOnlyList<JourneyRun> runs, params NetLogRequest[] log) =>
        Merge(runs, [], log);

    private static (IReadOnlyList<JourneyRun> Runs, List<string> Ambiguous) Merge(IReadOnlyList<JourneyRun> runs, List<CapturedRequest> recorded, params NetLogRequest[] log)
    {
        long id = 100;
        var ambiguous = new List<string>();
        var merged = NetworkLogSupplement.Merge(runs, log, () => ++id, recorded.Add, (entry, journeys) => ambiguous.Add($"{entry.Url}: {string.Join(", ", journeys)}"));
        return (merged, ambiguous);
    }
}
