namespace TrackerAudit.Model;

/// <summary>One third-party host a journey run sent requests to: a row of the reports' third-party table.</summary>
public sealed record ThirdPartyHost
{
    /// <summary>The host, as in the requests' URLs.</summary>
    public required string Host { get; init; }

    /// <summary>Its registrable domain (Public Suffix List).</summary>
    public required string Site { get; init; }

    /// <summary>The company the lists name; null when no list knows the host.</summary>
    public string? Company { get; init; }

    /// <summary>The company's product or service (e.g. "Google Analytics"), when a list names it.</summary>
    public string? Service { get; init; }

    /// <summary>The main category (advertising, analytics, social, cdn, tag-manager, consent-provider, tracking...); null when unknown.</summary>
    public string? Category { get; init; }

    /// <summary>Every category the lists give, main one first.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>The lists that name the host.</summary>
    public IReadOnlyList<string> Lists { get; init; } = [];

    /// <summary>How many requests went to the host.</summary>
    public required int Requests { get; init; }

    /// <summary>How many of them a tracker decoder read (they have events in the run's tracker requests).</summary>
    public required int DecodedRequests { get; init; }

    /// <summary>The trackers whose decoders claimed requests to the host (ids, as in tracker requests).</summary>
    public IReadOnlyList<string> Trackers { get; init; } = [];
}
