using TrackerAudit.Capture;
using TrackerAudit.Trackers.Wire;

namespace TrackerAudit.Trackers.Snap;

/// <summary>
/// Decodes Snap's cookie matching: <c>/cm/i?pid=…</c> (Snap matches its cookie to the pixel's visit) and the partner
/// syncs it leads to, <c>/cm/s?pnid=…</c> and <c>/cm/p?pnid=…&amp;pcid=…</c> (reference section 1.9, "Other endpoints").
/// </summary>
/// <remarks>
/// These are kind Duplicate, as Meta's Topics registrations are: they report no event of their own, only repeat
/// a visit the <c>/p</c> beacon already reported (the pixel id, and the page in the Referer), so that Snap and a
/// partner can join their ids for this browser. Counted as beacons they would count each page view up to four
/// times; they are not Config either, which is the pixel fetching its settings (<c>/config/…</c>). Their fields
/// (the partner's cookie id <c>pcid</c>, the <c>sc_at</c> cookie) are still decoded for the report.
/// </remarks>
internal static class SnapSyncs
{
    public static TrackerEvent Decode(CapturedRequest request, SnapEndpoint endpoint, List<string> warnings)
    {
        var parameters = WireParameters.Read(request, warnings);
        var cookies = SnapCookies.Fields(request);
        var parts = new SnapEventParts(parameters.Count + cookies.Count, warnings);
        foreach (var (key, value) in parameters)
        {
            parts.Add(key, key, value);
        }

        parts.AddFields(cookies);
        var name = endpoint == SnapEndpoint.CookieMatch ? "cookie match" : "partner cookie sync";
        return parts.ToEvent(request, TrackerEventKind.Duplicate, name, "path", "GET");
    }
}
