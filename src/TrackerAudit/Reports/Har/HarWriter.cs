using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using TrackerAudit.Capture;

namespace TrackerAudit.Reports.Har;

/// <summary>
/// Writes <c>capture.har</c>: every captured request as HTTP Archive 1.2, so the capture opens in
/// browser developer tools and HAR viewers, with every body in full (those stored in <c>bodies/</c> read
/// back). Streamed: a long capture is never held as one document.
/// </summary>
internal static class HarWriter
{
    public const string FileName = "capture.har";

    private const int FlushThreshold = 64 * 1024;

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        // People read HAR files in editors too: keep non-ASCII page text readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task WriteAsync(RunReport report, string runFolder, CancellationToken cancellationToken)
    {
        var path = Path.Combine(runFolder, FileName);
        var temporary = path + ".tmp";
        await using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 64 * 1024, useAsync: true))
        {
            await using var writer = new Utf8JsonWriter(stream, WriterOptions);
            writer.WriteStartObject();
            writer.WriteStartObject("log");
            writer.WriteString("version", "1.2");
            WriteCreator(writer, report.Tool);
            if (report.Browser is { } browser)
            {
                writer.WriteStartObject("browser");
                writer.WriteString("name", browser.Name);
                writer.WriteString("version", browser.Version);
                writer.WriteEndObject();
            }

            var pages = HarPages.Of(report);
            var bodies = new RequestBodies(runFolder);
            var trackers = TrackerNames(report);
            writer.WriteStartArray("pages");
            foreach (var page in pages.All)
            {
                HarPages.Write(writer, page);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("entries");
            foreach (var (journeyIndex, request) in InTimeOrder(report))
            {
                cancellationToken.ThrowIfCancellationRequested();
                // One stored body at a time is read back, written out and dropped.
                HarEntryWriter.Write(writer, bodies.Load(request), pages.IdFor(journeyIndex, request.StepIndex), trackers.GetValueOrDefault(request.Id));
                if (writer.BytesPending > FlushThreshold)
                {
                    await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            writer.WriteEndArray();
            writer.WriteString("comment", $"TrackerAudit run {report.RunId}. Request headers and bodies are as the browser sent them; response headers, response bodies and timings were not recorded.");
            writer.WriteEndObject();
            writer.WriteEndObject();
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        // Replace atomically: a reader never sees half a file.
        File.Move(temporary, path, overwrite: true);
    }

    internal static string Timestamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static void WriteCreator(Utf8JsonWriter writer, ToolInfo tool)
    {
        writer.WriteStartObject("creator");
        writer.WriteString("name", tool.Name);
        writer.WriteString("version", tool.Version);
        if (tool.Commit is not null)
        {
            writer.WriteString("comment", "commit " + tool.Commit);
        }

        writer.WriteEndObject();
    }

    // HAR prefers entries oldest first; journeys run one after another, so this is mostly their own order.
    // Only the sort keys are held (a decoded capture's requests are read back from disk), and a capture
    // already in order, as most are, is streamed as it is.
    private static IEnumerable<(int JourneyIndex, CapturedRequest Request)> InTimeOrder(RunReport report)
    {
        // Sorting by (time, id) and then by where a request stands is what a stable sort by (time, id) does.
        var order = new List<(DateTimeOffset Time, long Id, int Journey, int Position)>();
        for (var journey = 0; journey < report.Journeys.Count; journey++)
        {
            var position = 0;
            foreach (var request in report.Journeys[journey].Requests)
            {
                order.Add((request.Time, request.Id, journey, position++));
            }
        }

        var sorted = true;
        for (var i = 1; i < order.Count && sorted; i++)
        {
            sorted = order[i - 1].CompareTo(order[i]) < 0;
        }

        if (sorted)
        {
            return report.Journeys.SelectMany((run, index) => run.Requests.Select(request => (index, request)));
        }

        order.Sort();
        return order.Select(key => (key.Journey, report.Journeys[key.Journey].Requests[key.Position]));
    }

    // Request ids are unique within a run, across its journeys.
    private static Dictionary<long, string> TrackerNames(RunReport report)
    {
        var names = new Dictionary<long, string>();
        foreach (var decoded in report.Journeys.SelectMany(run => run.TrackerRequests))
        {
            names.TryAdd(decoded.RequestId, decoded.TrackerName);
        }

        return names;
    }
}
