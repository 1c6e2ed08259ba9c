using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Serilog.Core;
using TrackerAudit.Capture;
using TrackerAudit.Findings;
using TrackerAudit.Imports;
using TrackerAudit.Running;
using TrackerAudit.Tests.Support;
using TrackerAudit.Trackers;

namespace TrackerAudit.Tests.Imports;

/// <summary>
/// A body too long to hold (over 64 KiB as written) is streamed to the run folder's <c>bodies/</c> while it is read:
/// memory does not grow with it. Inputs are generated here, in a temporary folder.
/// </summary>
[NonParallelizable]
public sealed class LargeRequestBodyTests
{
    private const int MegaByte = 1024 * 1024;

    private TempFolder _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = new TempFolder();

    [TearDown]
    public void DeleteFolder() => _folder.Dispose();

    private string RunFolder => Path.Combine(_folder.Path, "run");

    [Test]
    public void A_50_MB_body_in_a_request_file_line_is_streamed_and_memory_stays_flat()
    {
        var file = Path.Combine(_folder.Path, "big.jsonl");
        using (var writer = new StreamWriter(file, append: false, new UTF8Encoding(false)))
        {
            writer.Write("{\"url\": \"https://www.example.org/upload\", \"method\": \"POST\", \"headers\": {\"referer\": \"https://www.example.org/\"}, \"body\": \"");
            WriteRepeated(writer, 'b', 50 * MegaByte);
            writer.Write("\"}\n");
        }

        var (run, peak) = DecodeMeasured(RequestLinesInput.Open(file));

        var request = run.Requests.Single();
        Assert.Multiple(() =>
        {
            Assert.That(request.BodySize, Is.EqualTo(50 * MegaByte));
            Assert.That((request.BodyText, request.BodyFile), Is.EqualTo(((string?)null, (string?)null)), "a first-party body no decoder claims is dropped, as any other");
            Assert.That(Directory.Exists(Path.Combine(RunFolder, RequestBodies.FolderName)), Is.False, "its file is gone once searched");
            Assert.That(peak, Is.LessThan(48L * MegaByte), "managed memory growth while reading a 50 MB body");
        });
    }

    [Test]
    public void A_30_MB_postData_text_in_a_HAR_is_streamed_and_memory_stays_flat()
    {
        var file = Path.Combine(_folder.Path, "big.har");
        using (var writer = new StreamWriter(file, append: false, new UTF8Encoding(false)))
        {
            writer.Write("{\"log\": {\"entries\": [{\"startedDateTime\": \"2025-05-02T12:00:00Z\", \"request\": {\"method\": \"POST\", \"url\": \"https://www.example.org/upload\", \"postData\": {\"mimeType\": \"text/plain\", \"text\": \"");
            WriteRepeated(writer, 'h', 30 * MegaByte);
            writer.Write("\"}}, \"response\": {\"status\": 200}}]}}");
        }

        var (run, peak) = DecodeMeasured(HarInput.Open(file));

        Assert.That(run.Requests.Single().BodySize, Is.EqualTo(30 * MegaByte));
        Assert.That(peak, Is.LessThan(48L * MegaByte), "managed memory growth while reading a 30 MB body");
    }

    [Test]
    public void A_sensitive_word_inside_a_50_MB_third_party_body_is_found()
    {
        var file = Path.Combine(_folder.Path, "third.jsonl");
        using (var writer = new StreamWriter(file, append: false, new UTF8Encoding(false)))
        {
            writer.Write("{\"url\": \"https://www.example.org/\", \"headers\": {\"referer\": \"https://www.example.org/\"}}\n");
            writer.Write("{\"url\": \"https://collector.example.net/c\", \"method\": \"POST\", \"body\": \"");
            WriteRepeated(writer, 'x', 25 * MegaByte);
            writer.Write(" debt ");
            WriteRepeated(writer, 'y', 25 * MegaByte);
            writer.Write("\"}\n");
        }

        var (run, _) = DecodeMeasured(RequestLinesInput.Open(file), new DecodeOptions(["debt"], new Dictionary<string, string>()));

        var finding = run.Findings.Single(finding => finding.Category == FindingCategory.SensitiveContext);
        Assert.That((finding.RequestId, finding.Parameter, finding.Recipient), Is.EqualTo((2L, "body", "collector.example.net")));
    }

    [Test]
    public void A_tracker_body_over_the_in_memory_limit_is_kept_in_bodies_as_sent_and_decoded()
    {
        var form = "id=660763031035814&ev=Lead&dl=https%3A%2F%2Fwww.example.org%2Fcontact%2F&cd[note]=" + new string('n', 200 * 1024);
        var base64 = Convert.ToBase64String(Encoding.UTF8.GetBytes(form));
        var file = _folder.Write("meta.har", RequestFileProblemTests.Har(
            RequestFileProblemTests.HarEntry(RequestFileProblemTests.Url(0)),
            "{\"startedDateTime\": \"2025-05-02T12:00:01Z\", \"request\": {\"method\": \"POST\", \"url\": \"https://www.facebook.com/tr/\", \"headers\": [{\"name\": \"Content-Type\", \"value\": \"application/x-www-form-urlencoded\"}], "
            + "\"postData\": {\"mimeType\": \"application/x-www-form-urlencoded\", \"text\": \"" + base64 + "\", \"encoding\": \"base64\"}}, \"response\": {\"status\": 200}}"));

        var run = DecodeRun.Decode(HarInput.Open(file), 1, DecodeOptions.None, TrackerRegistry.Catalogue(), Logger.None, CancellationToken.None, RunFolder);
        try
        {
            var request = run.Requests[1];
            var stored = Path.Combine(RunFolder, "bodies", "2.bin");
            Assert.Multiple(() =>
            {
                Assert.That(request.BodyFile, Is.EqualTo("bodies/2.bin"));
                Assert.That(File.ReadAllText(stored), Is.EqualTo(form), "base64 decoded as it was copied: the bytes as sent");
                Assert.That(request.BodySha256, Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(form)))));
                Assert.That(request.BodySize, Is.EqualTo(form.Length));
                Assert.That(run.TrackerRequests.Single(decoded => decoded.RequestId == 2).Events.Select(e => e.Name), Is.EqualTo(new[] { "Lead" }), "decoded from the file, now and when the reports read it again");
                Assert.That(Directory.GetFiles(Path.Combine(RunFolder, "bodies")), Is.EqualTo(new[] { stored }), "nothing half-read is left");
            });
        }
        finally
        {
            DecodeRun.Release(run);
        }
    }

    [Test]
    public void A_tracker_body_over_the_decoding_limit_is_not_decoded_nor_kept_and_says_so()
    {
        var form = "id=1&ev=Lead&cd[x]=" + new string('z', 300 * 1024);
        var file = _folder.Write("huge.jsonl", RequestFileProblemTests.Line(0) + "\n{\"url\": \"https://www.facebook.com/tr/?id=1&ev=Lead\", \"method\": \"POST\", \"body\": \"" + form + "\"}\n");

        var run = DecodeRun.Decode(RequestLinesInput.Open(file), 1, DecodeOptions.None, TrackerRegistry.Catalogue(), Logger.None, CancellationToken.None, RunFolder, limits: new DecodeLimits { MaxDecodedBodyBytes = 100 * 1024 });
        try
        {
            var decoded = run.TrackerRequests.Single(request => request.RequestId == 2);
            Assert.That((run.Requests[1].BodyFile, run.Requests[1].BodySize), Is.EqualTo(((string?)null, 307_219L)));
            Assert.That(Directory.Exists(Path.Combine(RunFolder, RequestBodies.FolderName)), Is.False);
            Assert.That(decoded.Warnings.Last(), Does.StartWith("the body (307,219 bytes) is over the limit of 102,400 for decoding"));
            Assert.That(run.TrackerRequests.Single(request => request.RequestId == 2).Warnings.Last(), Is.EqualTo(decoded.Warnings.Last()), "the same when decoded again for the reports");
        }
        finally
        {
            DecodeRun.Release(run);
        }
    }

    private (JourneyRun Run, long Peak) DecodeMeasured(DecodeInput input, DecodeOptions? options = null)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        long peak;
        JourneyRun run;
        using (var sampler = new PeakSampler(before))
        {
            run = DecodeRun.Decode(input, 1, options ?? DecodeOptions.None, TrackerRegistry.Catalogue(), Logger.None, CancellationToken.None, RunFolder);
            peak = sampler.Stop();
        }

        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"managed memory peak +{peak / MegaByte} MB"));
        var copy = run with { Requests = [.. run.Requests] };
        DecodeRun.Release(run);
        return (copy, peak);
    }

    private static void WriteRepeated(StreamWriter writer, char c, int count)
    {
        var block = new string(c, 64 * 1024);
        for (var written = 0; written < count; written += block.Length)
        {
            writer.Write(block.AsSpan(0, Math.Min(block.Length, count - written)));
        }
    }

    /// <summary>Samples the managed heap while the decode runs and keeps the highest growth seen.</summary>
    private sealed class PeakSampler : IDisposable
    {
        private readonly long _baseline;
        private readonly Thread _thread;
        private volatile bool _stop;
        private long _peak;

        public PeakSampler(long baseline)
        {
            _baseline = baseline;
            _thread = new Thread(Sample) { IsBackground = true };
            _thread.Start();
        }

        public long Stop()
        {
            _stop = true;
            _thread.Join();
            return Math.Max(_peak, GC.GetTotalMemory(forceFullCollection: false) - _baseline);
        }

        public void Dispose() => Stop();

        private void Sample()
        {
            while (!_stop)
            {
                _peak = Math.Max(_peak, GC.GetTotalMemory(forceFullCollection: false) - _baseline);
                Thread.Sleep(5);
            }
        }
    }
}
