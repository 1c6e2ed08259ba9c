using TrackerAudit.Capture;
using TrackerAudit.Trackers.Wire;

namespace TrackerAudit.Trackers.AdobeAnalytics;

/// <summary>
/// Decodes Adobe Analytics (AppMeasurement) hits, <c>/b/ss/&lt;report suites&gt;/&lt;n&gt;/&lt;library&gt;/s&lt;random&gt;</c>, on
/// <c>*.sc.omtrdc.net</c>, <c>*.2o7.net</c> or a first-party CNAME such as <c>smetrics.&lt;site&gt;</c>, sent as GET or as a
/// POST body <c>AQB=1&amp;...&amp;AQE=1</c> (tracker-protocols-more.md, section 1.16).
/// </summary>
internal sealed class AdobeAnalyticsDecoder : ITrackerDecoder
{
    private const string HitPath = "/b/ss/";

    /// <summary>Who Adobe Analytics is, for its events.</summary>
    internal static Tracker Identity { get; } = new("adobe-analytics", "Adobe Analytics");

    public Tracker Tracker => Identity;

    // Each company has its own omtrdc.net and 2o7.net host, and most a first-party CNAME: none can be listed without a wildcard.
    public IReadOnlyList<string> EndpointHosts { get; } = ["*.sc.omtrdc.net", "*.2o7.net"];

    public bool CanDecode(CapturedRequest request)
    {
        var url = request.Url;
        if (!HasHitPath(UrlParts.Path(url)))
        {
            return false;
        }

        // Adobe's own hosts are enough; on any other host (a first-party CNAME) the hit must also carry AppMeasurement's
        // AQB delimiter, so a site's own /b/ss/ page is not claimed.
        var host = UrlParts.Host(url);
        return host.EndsWith(".omtrdc.net", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".2o7.net", StringComparison.OrdinalIgnoreCase)
            || StartsParameters(UrlParts.Query(url)) || (request.BodyText is { } body && StartsParameters(body));
    }

    public DecodeResult Decode(CapturedRequest request)
    {
        var warnings = new List<string>();
        var parameters = Parameters(request, warnings);
        var (suites, library) = SuitesAndLibrary(UrlParts.Path(request.Url));
        var fields = new List<TrackerField>(parameters.Count + 2);
        if (suites is null)
        {
            warnings.Add("path: no report suite after /b/ss/");
        }
        else
        {
            fields.Add(new("path:rsid", suites, "report suite(s) receiving the hit (the Adobe account)", FieldSensitivity.Low));
        }

        if (library is not null)
        {
            fields.Add(new("path:library", library, "AppMeasurement library version", FieldSensitivity.None));
        }

        var hit = AdobeHit.Read(parameters, fields, warnings);
        var linkType = hit.LinkType;
        var name = linkType is null ? "page view" : hit.LinkName ?? linkType;
        var meaning = linkType switch
        {
            null => EventMeaning.PageView,
            "lnk_d" or "lnk_e" => EventMeaning.Click,
            "lnk_o" when hit.ActivityMapLink is not null => EventMeaning.Click,
            _ => EventMeaning.Custom,
        };

        return new DecodeResult(
            [new TrackerEvent
            {
                RequestId = request.Id,
                Tracker = Identity,
                AccountId = suites,
                Name = name,
                NameParameter = linkType is null ? "pe" : hit.LinkName is null ? "pe" : "pev2",
                Meaning = meaning,
                ClickedText = hit.ActivityMapLink,
                PageUrl = hit.PageUrl,
                Referrer = hit.Referrer,
                PageTitle = hit.PageName,
                EventTime = hit.Time,
                LibraryVersion = library,
                Fields = fields,
                RawParameters = parameters,
                Warnings = warnings,
            }],
            warnings);
    }

    // A hit carries some 80 parameters: the list is sized once from the number of '&' instead of growing three times.
    private static List<KeyValuePair<string, string>> Parameters(CapturedRequest request, List<string> warnings)
    {
        var query = UrlParts.Query(request.Url);
        if (request.BodyText is null && request.BodyBase64 is null)
        {
            var parameters = new List<KeyValuePair<string, string>>(query.Count('&') + 1);
            UrlEncodedReader.Read(query, parameters, warnings, "query");
            return parameters;
        }

        return WireParameters.Read(request, warnings);
    }

    private static bool HasHitPath(ReadOnlySpan<char> path)
    {
        var at = path.IndexOf(HitPath, StringComparison.Ordinal);
        if (at < 0)
        {
            return false;
        }

        var rest = path[(at + HitPath.Length)..];
        var slash = rest.IndexOf('/');
        return slash > 0;
    }

    private static bool StartsParameters(ReadOnlySpan<char> text) =>
        text.StartsWith("AQB=1", StringComparison.Ordinal) || text.Contains("&AQB=1", StringComparison.Ordinal);

    // "/b/ss/stcf.prod.us/5.1/JS-2.22.1-LBWB/s6686..." gives ("stcf.prod.us", "JS-2.22.1-LBWB").
    private static (string? Suites, string? Library) SuitesAndLibrary(ReadOnlySpan<char> path)
    {
        var at = path.IndexOf(HitPath, StringComparison.Ordinal);
        if (at < 0)
        {
            return (null, null);
        }

        var rest = path[(at + HitPath.Length)..];
        var slash = rest.IndexOf('/');
        var suites = slash < 0 ? rest : rest[..slash];
        string? library = null;
        if (slash >= 0)
        {
            rest = rest[(slash + 1)..];
            var version = rest.IndexOf('/');
            if (version >= 0)
            {
                rest = rest[(version + 1)..];
                var end = rest.IndexOf('/');
                var segment = end < 0 ? rest : rest[..end];
                library = segment.IsEmpty ? null : WireStrings.Of(segment);
            }
        }

        return (suites.IsEmpty ? null : PercentDecoding.DecodeOrRaw(suites, plusIsSpace: false), library);
    }
}
