using TrackerAudit.Capture;
using TrackerAudit.Trackers.Wire;

namespace TrackerAudit.Trackers.HubSpot;

/// <summary>
/// Decodes a Collected Forms submission (reference section 1.12): HubSpot's script listens for the submission of
/// any form on the page and posts it as JSON, <c>{contactFields:{email, firstName, …}, formValues:{&lt;label&gt;:&lt;value&gt;},
/// portalId, pageUrl, pageTitle, utk, collectedFormId, type}</c>, every value in cleartext.
/// </summary>
internal static class HubSpotCollectedForms
{
    private const string ContactFields = "contactFields.";
    private const string FormValues = "formValues.";

    public static TrackerEvent Decode(CapturedRequest request, List<string> warnings)
    {
        var raw = new List<KeyValuePair<string, string>>(32);
        UrlEncodedReader.Read(UrlParts.Query(request.Url), raw, warnings, "query");
        var body = WireParameters.BodyText(request, warnings);
        if (string.IsNullOrEmpty(body))
        {
            warnings.Add("body: a Collected Forms submission without a body");
        }
        else if (JsonFlattener.LooksLikeJson(body))
        {
            var problem = JsonFlattener.Flatten("", body, raw);
            if (problem is not null)
            {
                warnings.Add("body: " + problem);
            }
        }
        else
        {
            warnings.Add("body: not JSON; not read");
        }

        var fields = new List<TrackerField>(raw.Count);
        string? portal = null, page = null, title = null;
        for (var i = 0; i < raw.Count; i++)
        {
            var (rawPath, value) = raw[i];
            var path = rawPath.StartsWith('.') ? WireStrings.Of(rawPath.AsSpan(1)) : rawPath;
            raw[i] = new(path, value);
            fields.Add(Field(path, value));
            switch (path)
            {
                case "portalId": portal ??= value; break;
                case "pageUrl": page ??= value; break;
                case "pageTitle": title ??= value; break;
            }
        }

        if (string.IsNullOrEmpty(portal))
        {
            warnings.Add("portalId missing: the HubSpot portal (account) is unknown");
        }

        return new TrackerEvent
        {
            RequestId = request.Id,
            Tracker = HubSpotDecoder.Identity,
            Kind = TrackerEventKind.Beacon,
            AccountId = string.IsNullOrEmpty(portal) ? null : portal,
            Name = "form submission",
            NameParameter = "path",
            Meaning = EventMeaning.Form,
            Transport = request.ResourceType is "xhr" or "fetch" or "ping" ? request.ResourceType : request.Method,
            PageUrl = page,
            PageTitle = title,
            Fields = fields,
            RawParameters = raw,
            Warnings = [.. warnings],
        };
    }

    private static TrackerField Field(string path, string value)
    {
        if (path.StartsWith(ContactFields, StringComparison.Ordinal))
        {
            var (meaning, sensitivity) = HubSpotParameters.DescribeContact(path[ContactFields.Length..]);
            return new(path, value, meaning, sensitivity);
        }

        if (path.StartsWith(FormValues, StringComparison.Ordinal))
        {
            var (meaning, sensitivity) = HubSpotParameters.DescribeFormValue(path[FormValues.Length..], value);
            return new(path, value, meaning, sensitivity);
        }

        var known = HubSpotParameters.Describe(path);
        return new(path, value, known.Meaning, known.Sensitivity, HubSpotParameters.CookieOf(path));
    }
}
