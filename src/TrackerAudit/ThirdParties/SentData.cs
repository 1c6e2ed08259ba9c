namespace TrackerAudit.ThirdParties;

/// <summary>
/// Whether a request carries data of its own: a query string or a body. A request to a third party that does is
/// "data sent to a third party" whether or not a tracker decoder can read it, so that an unknown recipient is never
/// counted as silence.
/// </summary>
internal static class SentData
{
    public static bool Carries(CapturedRequest request) =>
        request.BodySize > 0
        || !string.IsNullOrEmpty(request.BodyText)
        || !string.IsNullOrEmpty(request.BodyBase64)
        || request.BodyFile is not null
        || (Uri.TryCreate(request.Url, UriKind.Absolute, out var uri) && uri.Query.Length > 1);

    /// <summary>
    /// A third-party request that carries data and that no decoder read as a tracker's event, library or
    /// configuration: the traffic a consent verdict would otherwise not see.
    /// </summary>
    public static bool IsUndecodedThirdPartyData(CapturedRequest request, DecodedRequest? decoded, string firstPartySite) =>
        (decoded is null || decoded.Undecoded) && Sites.IsThirdParty(request.Url, firstPartySite) && Carries(request);
}
