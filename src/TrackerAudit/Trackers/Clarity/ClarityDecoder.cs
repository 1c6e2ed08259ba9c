using TrackerAudit.Capture;
using TrackerAudit.Trackers.Wire;

namespace TrackerAudit.Trackers.Clarity;

/// <summary>
/// Decodes Microsoft Clarity: the <c>&lt;x&gt;.clarity.ms/collect</c> uploads (gzip bytes sent by XHR, or the last one as
/// plain text by <c>sendBeacon</c>) holding <c>{"e":[envelope],"a":[analytics events],"p":[playback events]}</c>, and
/// loads of its tag and library (tracker-protocols-more.md, section 1.13; the event layout from
/// <c>microsoft/clarity:packages/clarity-js</c>). Playback events are the session replay: the page's DOM and every
/// pointer move, scroll and input, which this decoder counts but does not rebuild.
/// </summary>
internal sealed class ClarityDecoder : ITrackerDecoder
{
    /// <summary>Who Clarity is, for its events.</summary>
    internal static Tracker Identity { get; } = new("microsoft-clarity", "Microsoft Clarity");

    public Tracker Tracker => Identity;

    // The upload host is one letter chosen by Clarity's configuration (l.clarity.ms, k.clarity.ms...; c.clarity.ms syncs the
    // Microsoft id); www serves the tag and the library, which must still load.
    public IReadOnlyList<string> EndpointHosts { get; } = [.. "abcdefghijklmnopqrstuvwxyz".Select(letter => letter + ".clarity.ms")];

    public bool CanDecode(CapturedRequest request)
    {
        var host = UrlParts.Host(request.Url);
        return host.EndsWith(".clarity.ms", StringComparison.OrdinalIgnoreCase) || host.Equals("clarity.ms", StringComparison.OrdinalIgnoreCase);
    }

    public DecodeResult Decode(CapturedRequest request)
    {
        var warnings = new List<string>();
        var path = UrlParts.Path(request.Url);
        if (path.StartsWith("/tag/", StringComparison.Ordinal))
        {
            var project = WireStrings.Of(path["/tag/".Length..].TrimEnd('/'));
            return Load(request, TrackerEventKind.Config, "tag loaded", project.Length == 0 ? null : project, warnings);
        }

        if (!path.EndsWith("/collect", StringComparison.Ordinal))
        {
            return Load(request, TrackerEventKind.Library, path.EndsWith(".gif", StringComparison.Ordinal) ? "id sync" : "library loaded", null, warnings);
        }

        var text = PayloadText(request, warnings);
        if (text is null)
        {
            return new DecodeResult([ClarityPayload.Unread(request, warnings)], warnings);
        }

        return new DecodeResult(ClarityPayload.Decode(request, text, warnings), warnings);
    }

    // XHR uploads are gzip bytes (captured as base64, not being UTF-8); the last upload is plain JSON text.
    private static string? PayloadText(CapturedRequest request, List<string> warnings)
    {
        if (request.BodyBase64 is { } base64)
        {
            var bytes = CompressedText.Base64Bytes(base64);
            if (bytes is null)
            {
                warnings.Add("body: captured body is not valid base64; payload not read");
                return null;
            }

            if (CompressedText.IsGzip(bytes))
            {
                var inflated = CompressedText.Gunzip(bytes, warnings);
                if (inflated is null)
                {
                    warnings.Add("body: gzip payload does not inflate; not read");
                }

                return inflated;
            }
        }

        var text = WireParameters.BodyText(request, warnings);
        if (string.IsNullOrEmpty(text))
        {
            warnings.Add("body: empty upload");
            return null;
        }

        return text;
    }

    private static DecodeResult Load(CapturedRequest request, TrackerEventKind kind, string name, string? project, List<string> warnings) =>
        new(
            [new TrackerEvent
            {
                RequestId = request.Id,
                Tracker = Identity,
                Kind = kind,
                AccountId = project,
                Name = name,
                NameParameter = "path",
                Fields = project is null ? [] : [new("path:project", project, "Clarity project id (the account)", FieldSensitivity.Low)],
                Warnings = warnings,
            }],
            warnings);
}
