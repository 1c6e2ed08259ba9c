using Serilog.Core;
using TrackerAudit.Imports;
using TrackerAudit.Reports.Har;
using TrackerAudit.Running;
using TrackerAudit.Tests.Support;
using TrackerAudit.Trackers;

namespace TrackerAudit.Tests.Imports;

/// <summary>TrackerAudit's own <c>capture.har</c>, read back: the same requests decode to the same events.</summary>
public sealed class TrackerAuditHarTests
{
    [Test]
    public async Task The_HAR_TrackerAudit_writes_decodes_to_the_same_tracker_events()
    {
        using var folder = new TempFolder();
        var report = ContactFormRun.Report();
        await HarWriter.WriteAsync(report, folder.Path, CancellationToken.None);
        var original = report.Journeys.Single().Requests;

        var read = HarReader.Read(Path.Combine(folder.Path, HarWriter.FileName), "capture").ToList();

        var expected = TrackerDecoding.Decode(original, TrackerRegistry.Catalogue(), Logger.None);
        var actual = TrackerDecoding.Decode(read, TrackerRegistry.Catalogue(), Logger.None);
        Assert.That(expected.SelectMany(decoded => decoded.Events), Is.Not.Empty);
        Assert.That(Describe(actual), Is.EqualTo(Describe(expected)));
    }

    [Test]
    public async Task The_HAR_TrackerAudit_writes_gives_back_each_request_as_captured()
    {
        using var folder = new TempFolder();
        var report = ContactFormRun.Report();
        await HarWriter.WriteAsync(report, folder.Path, CancellationToken.None);
        var original = report.Journeys.Single().Requests;

        var read = HarReader.Read(Path.Combine(folder.Path, HarWriter.FileName), "capture").ToList();

        Assert.That(read.Select(r => (r.Id, r.Time, r.Method, r.Url, r.ResourceType, r.PageUrl, r.FrameUrl, r.Status, r.Failure)),
            Is.EqualTo(original.Select(r => (r.Id, r.Time, r.Method, r.Url, r.ResourceType, r.PageUrl, r.FrameUrl, r.Status, r.Failure))));
        Assert.That(read.Select(r => (r.BodyText, r.BodyBase64, r.BodySize)), Is.EqualTo(original.Select(r => (r.BodyText, r.BodyBase64, r.BodySize))));
        Assert.That(read.Select(r => r.Headers), Is.EqualTo(original.Select(r => r.Headers)));
    }

    private static List<string> Describe(IReadOnlyList<DecodedRequest> decoded) =>
        decoded.SelectMany(request => request.Events.Select(e =>
            $"{request.RequestId} {e.TrackerId} {e.AccountId} {e.Name} {e.Kind} {e.PageUrl} | "
            + string.Join(" | ", e.Fields.Select(field => $"{field.Path}={field.Value} ({field.Sensitivity})"))))
        .ToList();
}
