namespace TrackerAudit.Signing;

/// <summary>What a valid RFC 3161 token says: when, and which authority vouched for it.</summary>
/// <param name="Time">The authority's <c>genTime</c>.</param>
/// <param name="Subject">The subject of the authority's signing certificate.</param>
/// <param name="CertificateSha256">The SHA-256 of that certificate (lower-case hex).</param>
/// <param name="Trusted">Whether the certificate chains to a CA the reader named (<c>--tsa-ca</c>).</param>
internal sealed record TimestampInfo(DateTimeOffset Time, string Subject, string CertificateSha256, bool Trusted);
