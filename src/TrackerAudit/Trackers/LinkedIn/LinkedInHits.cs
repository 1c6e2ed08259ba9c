using TrackerAudit.Capture;
using TrackerAudit.Trackers.Wire;

namespace TrackerAudit.Trackers.LinkedIn;

/// <summary>
/// Decodes the hits LinkedIn sends in a query: <c>/collect</c> (a page visit, or a conversion named by
/// <c>conversionId</c>), <c>/attribution_trigger</c> and <c>/db_sync</c>.
/// </summary>
internal static class LinkedInHits
{
    private static readonly FieldCache Cache = new();

    public static TrackerEvent Decode(CapturedRequest request, LinkedInEndpoint endpoint, List<string> warnings)
    {
        var parameters = WireParameters.Read(request, warnings);
        var cookies = LinkedInCookies.Reader.Fields(request);
        var fields = new List<TrackerField>(parameters.Count + cookies.Count + 1);
        string? pid = null, conversionId = null, url = null, time = null, version = null, cookiesTest = null;
        foreach (var (key, value) in parameters)
        {
            fields.Add(Cache.Get(key, value, LinkedInFields.DescribeParameter));
            switch (key)
            {
                case "pid": pid ??= value; break;
                case "conversionId": conversionId ??= value; break;
                case "url": url ??= value; break;
                case "time": time ??= value; break;
                case "v": version ??= value; break;
                case "cookiesTest": cookiesTest ??= value; break;
            }
        }

        // Without url the page is known to LinkedIn only from the Referer header (the 2021 /collect hits).
        var referer = request.Header("referer");
        if (string.IsNullOrEmpty(url) && !string.IsNullOrEmpty(referer))
        {
            fields.Add(new("header:referer", referer, "page that sent the hit (Referer header; the hit has no url)", FieldSensitivity.High));
        }

        fields.AddRange(cookies);
        var account = FirstPartnerId(pid);
        if (account is null)
        {
            warnings.Add("pid missing: the partner (advertiser account) is unknown");
        }

        var (name, nameParameter, meaning) = endpoint switch
        {
            LinkedInEndpoint.AttributionTrigger => ("attribution trigger", "path", EventMeaning.Custom),
            LinkedInEndpoint.PartnerSync => ("partner sync", "path", EventMeaning.Identify),
            _ when !string.IsNullOrEmpty(conversionId) => (conversionId, "conversionId", EventMeaning.Conversion),
            _ => ("page visit", "path", EventMeaning.PageView),
        };

        return new TrackerEvent
        {
            RequestId = request.Id,
            Tracker = LinkedInDecoder.Identity,
            Kind = IsDuplicate(request, endpoint, cookiesTest) ? TrackerEventKind.Duplicate : TrackerEventKind.Beacon,
            AccountId = account,
            Name = name,
            NameParameter = nameParameter,
            Meaning = meaning,
            Transport = WireTransport.Of(request),
            PageUrl = string.IsNullOrEmpty(url) ? null : url,
            EventTime = WireTimes.FromUnixMilliseconds(time, "time", warnings),
            LibraryVersion = version,
            Fields = fields,
            RawParameters = parameters,
            Warnings = [.. warnings],
        };
    }

    // One hit reaches LinkedIn several times: the px4 mirror and the attribution trigger repeat it, and after the
    // li_sync cookie-sync redirect the same hit comes back with cookiesTest=true (and again with liSync=true).
    // The first copy to px is the beacon; the others are duplicates, so a visit is not counted three times.
    private static bool IsDuplicate(CapturedRequest request, LinkedInEndpoint endpoint, string? cookiesTest) =>
        LinkedInEndpoints.IsMirror(request.Url)
        || endpoint == LinkedInEndpoint.AttributionTrigger
        || string.Equals(cookiesTest, "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The first partner id of a <c>pid</c> list (<c>123,456</c>); null when there is none.</summary>
    public static string? FirstPartnerId(string? pid)
    {
        if (string.IsNullOrEmpty(pid))
        {
            return null;
        }

        var comma = pid.IndexOf(',', StringComparison.Ordinal);
        return comma < 0 ? pid : comma == 0 ? null : pid[..comma];
    }
}
