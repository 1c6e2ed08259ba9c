using TrackerAudit.Capture;
using TrackerAudit.Trackers.Wire;

namespace TrackerAudit.Trackers.Uet;

/// <summary>Decodes one UET hit (<c>/action/0</c> or <c>/actionp/0</c>) into its event.</summary>
internal static class UetBeacon
{
    private const string CookiePrefix = "cookie:";

    public static TrackerEvent Decode(CapturedRequest request, UetEndpoint endpoint, List<string> warnings)
    {
        var parameters = WireParameters.Read(request, warnings);
        var fields = new List<TrackerField>(parameters.Count + 4);
        string? ti = null, evt = null, ea = null, ec = null, page = null, title = null, referrer = null, version = null;
        var hasGoalValue = false;
        foreach (var (key, value) in parameters)
        {
            var (meaning, sensitivity) = UetParameters.Describe(key, value);
            fields.Add(new(key, value, meaning, sensitivity, UetParameters.CookieOf(key)));
            switch (key)
            {
                case "ti": ti ??= value; break;
                case "evt": evt ??= value; break;
                case "ea": ea ??= value; break;
                case "ec": ec ??= value; break;
                case "p": page ??= value; break;
                case "tl": title ??= value; break;
                case "r": referrer ??= value; break;
                case "Ver": version ??= value; break;
                case "gv": hasGoalValue = value.Length > 0; break;
                case "pid": AddUserData(value, fields, warnings); break;
            }
        }

        AddCookies(request, fields);
        if (string.IsNullOrEmpty(ti))
        {
            warnings.Add("ti missing: the UET tag (advertiser account) is unknown");
        }

        if (string.IsNullOrEmpty(evt))
        {
            warnings.Add("evt missing: the event type is unknown");
        }

        // A custom event is named by its action (uetq.push('event', <action>, {...})), else its category.
        var (name, nameParameter) = evt == "custom" && !string.IsNullOrEmpty(ea) ? (ea, "ea")
            : evt == "custom" && !string.IsNullOrEmpty(ec) ? (ec, "ec")
            : (string.IsNullOrEmpty(evt) ? "(no event name)" : evt, "evt");
        return new TrackerEvent
        {
            RequestId = request.Id,
            Tracker = UetDecoder.Identity,
            Kind = TrackerEventKind.Beacon,
            AccountId = string.IsNullOrEmpty(ti) ? null : ti,
            Name = name,
            NameParameter = nameParameter,
            Meaning = UetEvents.Meaning(evt, ea, hasGoalValue),
            Transport = endpoint == UetEndpoint.ActionPost ? "SB" : "GET",
            PageUrl = page,
            Referrer = referrer,
            PageTitle = title,
            LibraryVersion = version,
            Fields = fields,
            RawParameters = parameters,
            Warnings = [.. warnings],
        };
    }

    // pid is a query string inside the parameter: em=<sha256>&ph=<sha256> (reference 1.11, enhanced conversions).
    private static void AddUserData(string value, List<TrackerField> fields, List<string> warnings)
    {
        var inner = new List<KeyValuePair<string, string>>(4);
        UrlEncodedReader.Read(value, inner, warnings, "pid");
        foreach (var (key, hashed) in inner)
        {
            var path = WireStrings.Of(string.Concat("pid.", key));
            var (meaning, sensitivity) = UetParameters.Describe(path, hashed);
            fields.Add(new(path, hashed, meaning ?? "personal data for enhanced conversions", sensitivity == FieldSensitivity.Unknown ? FieldSensitivity.Identifier : sensitivity));
        }
    }

    private static void AddCookies(CapturedRequest request, List<TrackerField> fields)
    {
        var header = request.Header("cookie");
        if (string.IsNullOrEmpty(header))
        {
            return;
        }

        foreach (var (name, value) in CookieHeader.Read(header))
        {
            var (meaning, sensitivity) = UetParameters.DescribeCookie(name);
            fields.Add(new(CookiePrefix + name, value, meaning, sensitivity, name.StartsWith("_uet", StringComparison.Ordinal) ? name : null));
        }
    }
}
