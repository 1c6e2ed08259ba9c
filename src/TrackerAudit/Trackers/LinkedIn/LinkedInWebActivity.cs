using TrackerAudit.Capture;
using TrackerAudit.Trackers.Wire;

namespace TrackerAudit.Trackers.LinkedIn;

/// <summary>
/// Decodes <c>/wa/</c> signals: JSON sent as text, or base64 of gzip of it (section 1.7). A <c>CLICK</c> carries
/// the clicked element (<c>domAttributes</c>) and the elements around it: LinkedIn's automatic click capture.
/// </summary>
internal static class LinkedInWebActivity
{
    private const string NoEventName = "(no signal type)";

    private static readonly FieldCache Cache = new();

    // The flattened body is only read, never kept (fields keep its strings): one list per thread serves every request.
    [ThreadStatic]
    private static List<KeyValuePair<string, string>>? _scratchLeaves;

    public static TrackerEvent Decode(CapturedRequest request, List<string> warnings)
    {
        var leaves = _scratchLeaves ??= new List<KeyValuePair<string, string>>(48);
        leaves.Clear();
        var warningsBefore = warnings.Count;
        var json = JsonBody.Text(request, warnings, out var wrapping);
        if (json is not null && JsonBody.Flatten(json, leaves) is { } problem)
        {
            warnings.Add($"body ({wrapping}): {problem}");
        }
        else if (json is null && warnings.Count == warningsBefore)
        {
            warnings.Add("no body: the signal is unknown");
        }

        var cookies = LinkedInCookies.Reader.Fields(request);
        var fields = new List<TrackerField>(leaves.Count + cookies.Count);
        string? pid = null, signalType = null, url = null, title = null, time = null, version = null, innerText = null, formSubmission = null;
        foreach (var (path, value) in leaves)
        {
            fields.Add(Cache.Get(path, value, LinkedInFields.DescribePath));
            switch (path)
            {
                case "pids[0]": pid ??= value; break;
                case "signalType": signalType ??= value; break;
                case "url": url ??= value; break;
                case "pageTitle": title ??= value; break;
                case "time": time ??= value; break;
                case "scriptVersion": version ??= value; break;
                case LinkedInFields.InnerTextPath: innerText ??= value; break;
                case "domAttributes.isFormSubmission": formSubmission ??= value; break;
            }
        }

        fields.AddRange(cookies);
        if (string.IsNullOrEmpty(pid))
        {
            warnings.Add("pids missing: the partner (advertiser account) is unknown");
        }

        if (string.IsNullOrEmpty(signalType))
        {
            warnings.Add("signalType missing: the signal is unknown");
        }

        return new TrackerEvent
        {
            RequestId = request.Id,
            Tracker = LinkedInDecoder.Identity,
            Kind = LinkedInEndpoints.IsMirror(request.Url) ? TrackerEventKind.Duplicate : TrackerEventKind.Beacon,
            AccountId = string.IsNullOrEmpty(pid) ? null : pid,
            Name = string.IsNullOrEmpty(signalType) ? NoEventName : signalType,
            NameParameter = "signalType",
            Meaning = LinkedInEvents.Meaning(signalType, formSubmission == "true"),
            ClickedText = string.IsNullOrEmpty(innerText) || innerText == "null" ? null : innerText,
            Transport = WireTransport.Of(request),
            PageUrl = string.IsNullOrEmpty(url) ? null : url,
            PageTitle = string.IsNullOrEmpty(title) ? null : title,
            EventTime = WireTimes.FromUnixMilliseconds(time, "time", warnings),
            LibraryVersion = version,
            Fields = fields,
            RawParameters = RawBody(request),
            Warnings = [.. warnings],
        };
    }

    // What arrived: the body as sent (text, or the base64 of its bytes).
    private static List<KeyValuePair<string, string>> RawBody(CapturedRequest request) =>
        (request.BodyText ?? request.BodyBase64) is { Length: > 0 } body ? [new("body", body)] : [];
}
