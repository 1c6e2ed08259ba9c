namespace TrackerAudit.Model;

/// <summary>The tracker traffic of one part of a consent variant's runs: before the banner's answer, or after it.</summary>
public sealed record ConsentPhase
{
    /// <summary>Requests to known trackers, library loads included.</summary>
    public required int TrackerRequests { get; init; }

    /// <summary>Tracker events sent (page views, clicks...).</summary>
    public required int TrackerEvents { get; init; }

    /// <summary>The events by tracker and name, e.g. "Meta Pixel PageView" 3 times.</summary>
    public required IReadOnlyList<EventCount> Events { get; init; }

    /// <summary>Every third-party host the pages contacted, known tracker or not.</summary>
    public required IReadOnlyList<string> ThirdPartyHosts { get; init; }

    /// <summary>In how many of the variant's runs a tracker event was sent in this part.</summary>
    public required int RunsWithEvents { get; init; }

    /// <summary>
    /// Requests that carried data (a query string or a body) to a third party and that no tracker decoder read:
    /// an unknown analytics tag, a form script posting what was typed. Counted so that silence is never assumed.
    /// </summary>
    public int OtherDataRequests { get; init; }

    /// <summary>The hosts that received <see cref="OtherDataRequests"/>.</summary>
    public IReadOnlyList<string> OtherDataRecipients { get; init; } = [];

    /// <summary>In how many of the variant's runs this part had tracker events or other data sent to third parties.</summary>
    public int RunsWithTracking { get; init; }

    /// <summary>True when anything was sent that could track: a tracker event, or data to another third party.</summary>
    public bool Tracking => TrackerEvents > 0 || OtherDataRequests > 0;
}
