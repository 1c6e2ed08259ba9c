using TrackerAudit.Capture;
using TrackerAudit.Trackers.Google;
using TrackerAudit.Trackers.Wire;

namespace TrackerAudit.Trackers.GoogleAds;

/// <summary>
/// Decodes Google Ads: remarketing hits (<c>viewthroughconversion</c>) and conversions (<c>googleadservices.com</c>)
/// as Beacons, their first-party (<c>1p-user-list</c>, <c>1p-conversion</c>), redirect-chain and Protected Audience
/// (<c>td.doubleclick.net/td/rul</c>) copies as Duplicates, <c>ccm/collect</c> measurement, user-provided data for
/// enhanced conversions, and loads of the conversion library or a Google tag for an <c>AW-</c> id.
/// </summary>
internal sealed class GoogleAdsDecoder : ITrackerDecoder
{
    /// <summary>Who Google Ads is, for its events.</summary>
    internal static Tracker Identity { get; } = new("google-ads", "Google Ads");

    // The first-party copies go to www.google.<the visitor's ccTLD>; the common ones are listed for the sinkhole.
    public IReadOnlyList<string> EndpointHosts { get; } =
    [
        "googleads.g.doubleclick.net", "www.googleadservices.com", "td.doubleclick.net", "www.google.com", "google.com",
        "www.google.co.uk", "www.google.ie", "www.google.de", "www.google.fr", "www.google.nl", "www.google.ca", "www.google.com.au",
    ];

    public Tracker Tracker => Identity;

    public bool CanDecode(CapturedRequest request) => GoogleAdsEndpoints.Classify(request.Url) != GoogleAdsEndpoint.None;

    public IEnumerable<NormalizedForm> TypedValueForms(string value) => GoogleNormalizer.TypedValueForms(value);

    public DecodeResult Decode(CapturedRequest request)
    {
        var endpoint = GoogleAdsEndpoints.Classify(request.Url);
        var warnings = new List<string>();
        try
        {
            if (endpoint == GoogleAdsEndpoint.None)
            {
                return DecodeResult.Undecoded("not a Google Ads URL");
            }

            var trackerEvent = Build(request, endpoint, warnings);
            return new DecodeResult([trackerEvent], warnings.Count < 2 ? warnings : warnings.Distinct(StringComparer.Ordinal).ToList());
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Decoding must never abort an audit: report what broke and keep the raw request.
            warnings.Add($"Google Ads decoder failed: {exception.GetType().Name}: {exception.Message}");
            return new DecodeResult([], warnings);
        }
    }

    private static TrackerEvent Build(CapturedRequest request, GoogleAdsEndpoint endpoint, List<string> warnings)
    {
        var parameters = GoogleQuery.Read(request, warnings);
        var cookies = GoogleCookies.Fields(request);
        string? url = null, referrer = null, title = null, data = null, label = null, tid = null, en = null, id = null, cv = null;
        var fields = new GoogleFields(parameters.Count + cookies.Count + 8, warnings);
        string? dataEvent = null;
        foreach (var (key, value) in parameters)
        {
            fields.Add(key, value, GoogleAdsParameters.Describe(key));
            switch (key)
            {
                case "url" or "dl": url ??= value; break;
                case "ref" or "dr": referrer ??= value; break;
                case "tiba" or "dt": title ??= value; break;
                case "label": label ??= value; break;
                case "tid": tid ??= value; break;
                case "en": en ??= value; break;
                case "id": id ??= value; break;
                case "cv": cv ??= value; break;
                case "data" when data is null:
                    data = value;
                    dataEvent = AddData(fields, value, warnings);
                    break;
            }
        }

        fields.AddRange(cookies);
        var account = GoogleAdsEndpoints.Account(request.Url);
        var accountId = !account.IsEmpty ? string.Concat("AW-", account) : endpoint == GoogleAdsEndpoint.Library ? id : tid;
        if (accountId is null && endpoint is not (GoogleAdsEndpoint.Library or GoogleAdsEndpoint.Measurement))
        {
            warnings.Add("no account id in the path: the Google Ads account is unknown");
        }

        var (name, nameParameter) = Name(endpoint, dataEvent, en);
        return new TrackerEvent
        {
            RequestId = request.Id,
            Tracker = Identity,
            Kind = endpoint switch
            {
                GoogleAdsEndpoint.Library => TrackerEventKind.Library,
                GoogleAdsEndpoint.ConversionChain or GoogleAdsEndpoint.FirstPartyUserList or GoogleAdsEndpoint.FirstPartyConversion
                    or GoogleAdsEndpoint.ProtectedAudience => TrackerEventKind.Duplicate,
                _ => TrackerEventKind.Beacon,
            },
            AccountId = accountId,
            Name = name,
            NameParameter = nameParameter,
            Meaning = Meaning(endpoint, dataEvent ?? en, label),
            Transport = request.ResourceType switch { "ping" => "sendBeacon", "xhr" => "xhr", "fetch" => "fetch", _ => request.Method },
            PageUrl = url,
            Referrer = referrer,
            PageTitle = title,
            LibraryVersion = cv,
            Fields = fields.Fields,
            RawParameters = parameters,
            Warnings = [.. warnings],
        };
    }

    // data=event=gtag.config;key=value: each piece becomes data.<key>; the event's name is returned.
    private static string? AddData(GoogleFields fields, string value, List<string> warnings)
    {
        var pieces = new List<KeyValuePair<string, string>>(4);
        MatrixParameters.Read(value, pieces, warnings, "data");
        string? dataEvent = null;
        foreach (var (key, piece) in pieces)
        {
            dataEvent ??= key == "event" ? piece : null;
            fields.Fields.Add(new("data." + key, piece, GoogleAdsParameters.DescribeData(key).Meaning, GoogleAdsParameters.DescribeData(key).Sensitivity));
        }

        return dataEvent;
    }

    private static (string Name, string Parameter) Name(GoogleAdsEndpoint endpoint, string? dataEvent, string? en)
    {
        if (!string.IsNullOrEmpty(dataEvent))
        {
            return (dataEvent, "data.event");
        }

        if (!string.IsNullOrEmpty(en))
        {
            return (en, "en");
        }

        // Without an event the hit is known by its endpoint, as Google's own tools name it.
        return (endpoint switch
        {
            GoogleAdsEndpoint.Remarketing => "viewthroughconversion",
            GoogleAdsEndpoint.ConversionChain or GoogleAdsEndpoint.Conversion or GoogleAdsEndpoint.MeasurementConversion => "conversion",
            GoogleAdsEndpoint.FirstPartyUserList => "1p-user-list",
            GoogleAdsEndpoint.FirstPartyConversion => "1p-conversion",
            GoogleAdsEndpoint.ProtectedAudience => "td/rul",
            GoogleAdsEndpoint.Measurement => "ccm/collect",
            GoogleAdsEndpoint.UserData => "form-data",
            _ => "library loaded",
        }, "path");
    }

    private static EventMeaning Meaning(GoogleAdsEndpoint endpoint, string? eventName, string? label)
    {
        switch (eventName)
        {
            case "gtag.config" or "page_view":
                return EventMeaning.PageView;
            case "conversion" or "purchase" or "generate_lead" or "sign_up":
                return EventMeaning.Conversion;
            case { Length: > 0 }:
                return label is null ? EventMeaning.Custom : EventMeaning.Conversion;
        }

        return endpoint switch
        {
            GoogleAdsEndpoint.Conversion or GoogleAdsEndpoint.ConversionChain or GoogleAdsEndpoint.FirstPartyConversion
                or GoogleAdsEndpoint.MeasurementConversion => EventMeaning.Conversion,
            GoogleAdsEndpoint.UserData => EventMeaning.Identify,

            // A remarketing tag without an event reports the page it runs on.
            GoogleAdsEndpoint.Remarketing or GoogleAdsEndpoint.FirstPartyUserList or GoogleAdsEndpoint.ProtectedAudience
                or GoogleAdsEndpoint.Measurement => EventMeaning.PageView,
            _ => EventMeaning.Custom,
        };
    }
}
