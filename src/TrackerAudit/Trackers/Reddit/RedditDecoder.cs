using TrackerAudit.Capture;
using TrackerAudit.Trackers.Wire;

namespace TrackerAudit.Trackers.Reddit;

/// <summary>
/// Decodes the Reddit Pixel: conversion beacons to <c>alb.reddit.com/rp.gif</c> (advertiser id, event, <c>m.*</c>
/// metadata, hashed and automatically collected personal data, the <c>_rdt_uuid</c> browser id) and loads of its
/// library from <c>www.redditstatic.com/ads/</c> (tracker-protocols-more.md, section 1.15).
/// </summary>
internal sealed class RedditDecoder : ITrackerDecoder
{
    /// <summary>Who the Reddit Pixel is, for its events.</summary>
    internal static Tracker Identity { get; } = new("reddit", "Reddit Pixel");

    public Tracker Tracker => Identity;

    public IReadOnlyList<string> EndpointHosts { get; } = ["alb.reddit.com"];

    public bool CanDecode(CapturedRequest request) => IsBeacon(request.Url) || IsLibrary(request.Url);

    public DecodeResult Decode(CapturedRequest request)
    {
        var warnings = new List<string>();
        var parameters = WireParameters.Read(request, warnings);
        var fields = new List<TrackerField>(parameters.Count);
        string? account = null, name = null, pageUrl = null, customName = null;
        DateTimeOffset? time = null;
        foreach (var (key, value) in parameters)
        {
            var (meaning, sensitivity) = RedditParameters.Describe(key);
            fields.Add(new(key, value, meaning, sensitivity, RedditParameters.CookieOf(key)));
            switch (key)
            {
                case "id":
                    account ??= value;
                    break;
                case "event":
                    name ??= value;
                    break;
                case "esurl":
                    pageUrl ??= value;
                    break;
                case "m.customEventName":
                    customName ??= value;
                    break;
                case "ts" when long.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var ms)
                    && ms is > 0 and < 253402300800000:
                    time = DateTimeOffset.FromUnixTimeMilliseconds(ms);
                    break;
            }
        }

        var library = !IsBeacon(request.Url);
        if (!library && name is null)
        {
            warnings.Add("event: the beacon names no event");
        }

        var eventName = library ? "library loaded" : name == "Custom" && customName is not null ? customName : name ?? "(no event name)";
        return new DecodeResult(
            [new TrackerEvent
            {
                RequestId = request.Id,
                Tracker = Identity,
                Kind = library ? TrackerEventKind.Library : TrackerEventKind.Beacon,
                AccountId = account,
                Name = eventName,
                NameParameter = name == "Custom" && customName is not null ? "m.customEventName" : "event",
                Meaning = library ? EventMeaning.Custom : RedditParameters.MeaningOf(name ?? ""),

                // The pixel sends the page as esurl only on some versions; the browser's Referer tells Reddit the page otherwise.
                PageUrl = pageUrl ?? (library ? null : request.Header("referer")),
                EventTime = time,
                Fields = fields,
                RawParameters = parameters,
                Warnings = warnings,
            }],
            warnings);
    }

    private static bool IsBeacon(string url) =>
        UrlParts.Host(url).Equals("alb.reddit.com", StringComparison.OrdinalIgnoreCase) && UrlParts.Path(url).StartsWith("/rp.gif", StringComparison.Ordinal);

    private static bool IsLibrary(string url) =>
        UrlParts.Host(url).Equals("www.redditstatic.com", StringComparison.OrdinalIgnoreCase) && UrlParts.Path(url).StartsWith("/ads/", StringComparison.Ordinal);
}
