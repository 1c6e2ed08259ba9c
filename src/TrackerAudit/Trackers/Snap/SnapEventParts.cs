using System.Globalization;
using TrackerAudit.Capture;

namespace TrackerAudit.Trackers.Snap;

/// <summary>
/// Gathers one Snap event's values, wherever they came from (query, form body, a batch entry and its shared
/// <c>ctx</c>): every value becomes a field under the path it had, and the ones the event is built around are kept.
/// </summary>
internal sealed class SnapEventParts
{
    private readonly List<string> _warnings;

    public SnapEventParts(int capacity, List<string> warnings)
    {
        Fields = new List<TrackerField>(capacity);
        Raw = new List<KeyValuePair<string, string>>(capacity);
        _warnings = warnings;
    }

    public List<TrackerField> Fields { get; }

    public List<KeyValuePair<string, string>> Raw { get; }

    public string? PixelId { get; private set; }

    public string? EventName { get; private set; }

    public string? EventNamePath { get; private set; }

    public string? PageUrl { get; private set; }

    public string? Referrer { get; private set; }

    public string? Title { get; private set; }

    public string? Version { get; private set; }

    private string? Time { get; set; }

    /// <summary>Adds one value; <paramref name="key"/> is its name without the path around it (<c>pid</c> of <c>req[0].t.pid</c>).</summary>
    public void Add(string path, string key, string value)
    {
        Raw.Add(new(path, value));
        var (meaning, sensitivity) = SnapParameters.Describe(key, value);
        Fields.Add(new(path, value, meaning, sensitivity, SnapParameters.CookieOf(key)));
        switch (key)
        {
            case "pid": PixelId = Keep(PixelId, path, value); break;
            case "ev":
                EventNamePath ??= path;
                EventName = Keep(EventName, path, value);
                break;
            case "pl" or "url": PageUrl = Keep(PageUrl, path, value); break;
            case "rf" or "ref": Referrer = Keep(Referrer, path, value); break;
            case "ts": Time = Keep(Time, path, value); break;
            case "v": Version = Keep(Version, path, value); break;
            case "og:title" or "title": Title = Keep(Title, path, value); break;
        }
    }

    public void AddFields(IReadOnlyList<TrackerField> fields) => Fields.AddRange(fields);

    /// <summary>Takes the values an entry left unset from the shared ones (a batch's <c>ctx</c>, its first event).</summary>
    public void Inherit(SnapEventParts shared)
    {
        PixelId ??= shared.PixelId;
        PageUrl ??= shared.PageUrl;
        Referrer ??= shared.Referrer;
        Title ??= shared.Title;
        Version ??= shared.Version;
        Time ??= shared.Time;
    }

    public TrackerEvent ToEvent(CapturedRequest request, TrackerEventKind kind, string? name, string? nameParameter, string transport)
    {
        var eventName = name ?? EventName;
        if (kind == TrackerEventKind.Beacon && string.IsNullOrEmpty(PixelId))
        {
            _warnings.Add("pid missing: the pixel (advertiser account) is unknown");
        }

        if (string.IsNullOrEmpty(eventName))
        {
            _warnings.Add("ev missing: the event name is unknown");
        }

        return new TrackerEvent
        {
            RequestId = request.Id,
            Tracker = SnapPixelDecoder.Identity,
            Kind = kind,
            AccountId = string.IsNullOrEmpty(PixelId) ? null : PixelId,
            Name = string.IsNullOrEmpty(eventName) ? "(no event name)" : eventName,
            NameParameter = nameParameter ?? EventNamePath ?? "ev",
            Meaning = name is null ? SnapEvents.Meaning(EventName) : EventMeaning.Custom,
            Transport = transport,
            PageUrl = PageUrl,
            Referrer = Referrer,
            PageTitle = Title,
            EventTime = EventTime(),
            LibraryVersion = Version,
            Fields = Fields,
            RawParameters = Raw,
            Warnings = [.. _warnings],
        };
    }

    private string? Keep(string? slot, string path, string value)
    {
        if (slot is not null && slot != value)
        {
            _warnings.Add($"{path} sent more than once with different values; the first is used");
        }

        return slot ?? value;
    }

    private DateTimeOffset? EventTime()
    {
        if (Time is null)
        {
            return null;
        }

        if (long.TryParse(Time, NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
            && ms <= DateTimeOffset.MaxValue.ToUnixTimeMilliseconds())
        {
            return DateTimeOffset.FromUnixTimeMilliseconds(ms);
        }

        _warnings.Add($"ts: '{Wire.UrlEncodedReader.Shorten(Time)}' is not a time in ms since 1970");
        return null;
    }
}
