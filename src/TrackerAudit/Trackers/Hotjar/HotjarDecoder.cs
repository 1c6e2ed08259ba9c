using TrackerAudit.Capture;
using TrackerAudit.Trackers.Wire;
using static TrackerAudit.Model.FieldSensitivity;

namespace TrackerAudit.Trackers.Hotjar;

/// <summary>
/// Decodes Hotjar: the <c>in.hotjar.com/api/v2/client/sites/&lt;site id&gt;/&lt;action&gt;</c> calls (the <c>visit-data</c>
/// JSON that decides whether the visit is recorded, with the Hotjar user id) and loads of its library
/// (tracker-protocols-more.md, section 1.14). The recording itself goes over a WebSocket, not these requests.
/// </summary>
internal sealed class HotjarDecoder : ITrackerDecoder
{
    private const string SitesPath = "/api/v2/client/sites/";

    /// <summary>Who Hotjar is, for its events.</summary>
    internal static Tracker Identity { get; } = new("hotjar", "Hotjar");

    public Tracker Tracker => Identity;

    public IReadOnlyList<string> EndpointHosts { get; } = ["in.hotjar.com", "ws.hotjar.com", "content.hotjar.io", "metrics.hotjar.io"];

    public bool CanDecode(CapturedRequest request)
    {
        var host = UrlParts.Host(request.Url);
        return host.Equals("in.hotjar.com", StringComparison.OrdinalIgnoreCase)
            || host.Equals("static.hotjar.com", StringComparison.OrdinalIgnoreCase)
            || host.Equals("script.hotjar.com", StringComparison.OrdinalIgnoreCase);
    }

    public DecodeResult Decode(CapturedRequest request)
    {
        var warnings = new List<string>();
        var url = request.Url;
        var parameters = new List<KeyValuePair<string, string>>();
        UrlEncodedReader.Read(UrlParts.Query(url), parameters, warnings, "query");
        var fields = new List<TrackerField>(8);
        var host = UrlParts.Host(url);
        if (!host.Equals("in.hotjar.com", StringComparison.OrdinalIgnoreCase))
        {
            return Library(request, host, parameters, fields, warnings);
        }

        var (site, action) = SiteAndAction(UrlParts.Path(url));
        if (site is null)
        {
            warnings.Add("path: no site id (expected /api/v2/client/sites/<site id>/...)");
        }
        else
        {
            fields.Add(new("path:site", site, "Hotjar site id (the account that receives the data)", Low));
        }

        AddQuery(parameters, fields);
        var body = WireParameters.BodyText(request, warnings);
        if (!string.IsNullOrEmpty(body))
        {
            ReadBody(body, site, fields, parameters, warnings);
        }

        var page = request.Header("referer");
        if (page is not null)
        {
            fields.Add(new("header:referer", page, "page the browser said the call came from (Referer header)", High));
        }

        var name = action ?? "(no action)";
        return new DecodeResult(
            [new TrackerEvent
            {
                RequestId = request.Id,
                Tracker = Identity,
                AccountId = site,
                Name = name,
                NameParameter = "path",
                Meaning = name == "visit-data" ? EventMeaning.PageView : EventMeaning.Custom,

                // Hotjar's calls carry no page URL: the Referer header is how Hotjar learns the page.
                PageUrl = page,
                Fields = fields,
                RawParameters = parameters,
                Warnings = warnings,
            }],
            warnings);
    }

    // The site id and what follows it, e.g. ("1436451", "visit-data").
    private static (string? Site, string? Action) SiteAndAction(ReadOnlySpan<char> path)
    {
        var at = path.IndexOf(SitesPath, StringComparison.Ordinal);
        if (at < 0)
        {
            return (null, path.Length > 1 ? WireStrings.Of(path.TrimStart('/')) : null);
        }

        var rest = path[(at + SitesPath.Length)..];
        var slash = rest.IndexOf('/');
        var site = slash < 0 ? rest : rest[..slash];
        var action = slash < 0 ? [] : rest[(slash + 1)..].TrimEnd('/');
        return (site.IsEmpty ? null : WireStrings.Of(site), action.IsEmpty ? null : WireStrings.Of(action));
    }

    private static void AddQuery(List<KeyValuePair<string, string>> parameters, List<TrackerField> fields)
    {
        foreach (var (key, value) in parameters)
        {
            var (meaning, sensitivity) = key == "sv" ? ("Hotjar script version", None) : HotjarFields.Describe(key);
            fields.Add(new(key, value, meaning, sensitivity));
        }
    }

    private static void ReadBody(string body, string? site, List<TrackerField> fields, List<KeyValuePair<string, string>> raw, List<string> warnings)
    {
        if (!JsonFlattener.LooksLikeJson(body))
        {
            warnings.Add("body: not JSON; kept only as a raw value");
            raw.Add(new("body", body));
            return;
        }

        var leaves = new List<KeyValuePair<string, string>>(8);
        var problem = JsonFlattener.Flatten("", body, leaves);
        if (problem is not null)
        {
            warnings.Add("body: " + problem);
        }

        foreach (var (dotted, value) in leaves)
        {
            var path = dotted.Length > 0 && dotted[0] == '.' ? WireStrings.Of(dotted.AsSpan(1)) : dotted;
            raw.Add(new(path, value));
            var (meaning, sensitivity) = HotjarFields.Describe(path);
            fields.Add(new(path, value, meaning, sensitivity, path == "user_id" && site is not null ? "_hjSessionUser_" + site : null));
        }
    }

    private static DecodeResult Library(CapturedRequest request, ReadOnlySpan<char> host, List<KeyValuePair<string, string>> parameters, List<TrackerField> fields, List<string> warnings)
    {
        // static.hotjar.com/c/hotjar-<site id>.js names the site; script.hotjar.com serves its modules.
        var path = UrlParts.Path(request.Url);
        string? site = null;
        var file = path[(path.LastIndexOf('/') + 1)..];
        if (file.StartsWith("hotjar-", StringComparison.Ordinal) && file.EndsWith(".js", StringComparison.Ordinal))
        {
            site = WireStrings.Of(file["hotjar-".Length..^".js".Length]);
            fields.Add(new("path:site", site, "Hotjar site id whose script was loaded", Low));
        }

        AddQuery(parameters, fields);
        return new DecodeResult(
            [new TrackerEvent
            {
                RequestId = request.Id,
                Tracker = Identity,
                Kind = host.Equals("static.hotjar.com", StringComparison.OrdinalIgnoreCase) && site is not null ? TrackerEventKind.Config : TrackerEventKind.Library,
                AccountId = site,
                Name = site is not null ? "site script loaded" : "library loaded",
                NameParameter = "path",
                Fields = fields,
                RawParameters = parameters,
                Warnings = warnings,
            }],
            warnings);
    }
}
