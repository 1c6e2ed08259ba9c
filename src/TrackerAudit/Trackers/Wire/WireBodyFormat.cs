namespace TrackerAudit.Trackers.Wire;

/// <summary>How a request body carried its parameters.</summary>
internal enum WireBodyFormat
{
    /// <summary>No body, or an empty one.</summary>
    None,

    /// <summary><c>k=v&amp;k=v</c>, as a form posts it.</summary>
    UrlEncoded,

    /// <summary><c>multipart/form-data</c>, as FormData is sent.</summary>
    Multipart,

    /// <summary>A body that is not made of parameters (JSON, binary...): not read.</summary>
    Other,
}
