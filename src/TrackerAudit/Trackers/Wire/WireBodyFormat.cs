namespace TrackerAudit.Trackers.Wire;

/// <summary>How a request body carried its parameters.</summary>
internal enum WireBodyFormat
{
    None,

    UrlEncoded,

    Multipart,

    Other,
}
