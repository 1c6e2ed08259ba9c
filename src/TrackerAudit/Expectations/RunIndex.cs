using System.Globalization;
using TrackerAudit.Capture;
using TrackerAudit.Findings;
using TrackerAudit.Running;
using TrackerAudit.ThirdParties;
using TrackerAudit.Trackers;

namespace TrackerAudit.Expectations;

// A journey run's requests, decoded tracker requests and steps, looked up by id and index, and the
// evidence lines that name them.
internal sealed class RunIndex
{
    private readonly Dictionary<long, DecodedRequest> _decoded;

    public RunIndex(JourneyRun run)
    {
        Run = run;
        _decoded = run.TrackerRequests.GroupBy(d => d.RequestId).ToDictionary(g => g.Key, g => g.First());
        FirstPartySite = Sites.SiteOf(Sites.HostOf(run.StartUrl) ?? "");
    }

    public JourneyRun Run { get; }

    public string FirstPartySite { get; }

    public DecodedRequest? Decoded(long requestId) => _decoded.GetValueOrDefault(requestId);

    public StepResult? Step(int index) => Run.Steps.FirstOrDefault(s => s.Index == index);

    public StepResult? Step(string name) => Run.Steps.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));

    // e.g. "step 3 'Continue': POST https://www.facebook.com/tr/ (Meta Pixel SubscribedButtonClick) on https://site/report/x".
    // A query string is left out: beacons carry kilobytes of it, and the request id leads to all of it.
    public string Describe(CapturedRequest request)
    {
        var decoded = Decoded(request.Id);
        var tracker = decoded is null
            ? ""
            : decoded.Undecoded
                ? $" ({decoded.TrackerName}, undecoded)"
                : $" ({decoded.TrackerName} {string.Join(", ", decoded.Events.Select(e => e.Name).Distinct(StringComparer.Ordinal))})";
        var page = request.PageUrl is null ? "" : $" on {request.PageUrl}";
        return $"{StepLabel(request.StepIndex, request.StepName)}: {request.Method} {WithoutQuery(request.Url)}{tracker}{page}";
    }

    public static string StepLabel(int index, string name) => string.Create(CultureInfo.InvariantCulture, $"step {index} '{name}'");

    // Why a step has no requests to look at, or null when it ran (passed or failed part-way).
    public string? NotRun(StepReference reference)
    {
        var step = reference.Name is null ? Step(reference.Index!.Value) : Step(reference.Name);
        if (step is null)
        {
            return reference.Name is null
                ? string.Create(CultureInfo.InvariantCulture, $"the journey has no step {reference.Index} (its last step is {Run.Steps.Select(s => s.Index).DefaultIfEmpty(0).Max()})")
                : $"the journey has no step named '{reference.Name}'";
        }

        if (step.Status != StepStatus.Skipped)
            return null;

        var failed = Run.Steps.FirstOrDefault(s => s.Status == StepStatus.Failed);
        var why = failed is null
            ? $"the run was {(Run.Status == JourneyStatus.Interrupted ? "interrupted" : "stopped")} before it"
            : $"the journey stopped at {StepLabel(failed.Index, failed.Name)}{(failed.Error is null ? "" : $": {failed.Error}")}";
        return $"{StepLabel(step.Index, step.Name)} did not run: {why}";
    }

    // The index a reference stands for in this run, or null when the run has no such step.
    public int? IndexOf(StepReference reference) =>
        reference.Name is null ? reference.Index : Step(reference.Name)?.Index;

    public static string WithoutQuery(string url)
    {
        var query = url.IndexOf('?', StringComparison.Ordinal);
        return query < 0 ? url : $"{url[..query]}?...";
    }

    public IEnumerable<TrackerEvent> Events(CapturedRequest request) =>
        Decoded(request.Id)?.Events ?? [];
}
