using System.Text.Json.Serialization;

namespace TrackerAudit.Trackers;

/// <summary>One event a tracker received, decoded from a captured request.</summary>
public sealed record TrackerEvent
{
    /// <summary>The captured request it was decoded from.</summary>
    public required long RequestId { get; init; }

    /// <summary>The tracker that received the event; its decoder sets it.</summary>
    [JsonIgnore]
    public Tracker Tracker { get; init; } = Tracker.Unknown;

    /// <summary>Stable tracker id, e.g. <c>meta-pixel</c> (from <see cref="Tracker"/>; kept in <c>report.json</c>).</summary>
    public string TrackerId
    {
        get => Tracker.Id;
        init => Tracker = Tracker with { Id = value };
    }

    /// <summary>Tracker name for people, e.g. <c>Meta Pixel</c> (from <see cref="Tracker"/>; kept in <c>report.json</c>).</summary>
    public string TrackerName
    {
        get => Tracker.Name;
        init => Tracker = Tracker with { Name = value };
    }

    /// <summary>Beacon, duplicate, library load or config load.</summary>
    public TrackerEventKind Kind { get; init; } = TrackerEventKind.Beacon;

    /// <summary>The account that receives the data (Meta: the pixel id).</summary>
    public string? AccountId { get; init; }

    /// <summary>Event name as the tracker received it, e.g. <c>PageView</c>, <c>SubscribedButtonClick</c>, <c>page_view</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Where in the request the event name was, e.g. <c>ev</c> (Meta), <c>en</c> (GA4), <c>event</c>.</summary>
    public string NameParameter { get; init; } = "event";

    /// <summary>What the event stands for, whatever the tracker calls it.</summary>
    public EventMeaning Meaning { get; init; } = EventMeaning.Custom;

    /// <summary>For a click, the text of what was clicked as the tracker was told it; null when it was not.</summary>
    public string? ClickedText { get; init; }

    /// <summary>How it was sent (Meta's <c>rqm</c>: GET, formPOST, SB, xhr, fetch...).</summary>
    public string? Transport { get; init; }

    /// <summary>The page URL the tracker was told.</summary>
    public string? PageUrl { get; init; }

    /// <summary>The referrer the tracker was told.</summary>
    public string? Referrer { get; init; }

    /// <summary>The page title the tracker was told.</summary>
    public string? PageTitle { get; init; }

    /// <summary>The event time the tracker was told.</summary>
    public DateTimeOffset? EventTime { get; init; }

    /// <summary>Library version, where the request says it.</summary>
    public string? LibraryVersion { get; init; }

    /// <summary>Every decoded value, with where it was in the request.</summary>
    public IReadOnlyList<TrackerField> Fields { get; init; } = [];

    /// <summary>The parameters exactly as they arrived (keys and values percent-decoded, nothing else).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> RawParameters { get; init; } = [];

    /// <summary>What could not be decoded; the event is decoded as far as possible.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
