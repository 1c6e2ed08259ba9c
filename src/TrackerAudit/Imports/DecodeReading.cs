namespace TrackerAudit.Imports;

/// <summary>How one input is read.</summary>
/// <param name="FirstId">The first request's id: ids are unique across the inputs of a run.</param>
/// <param name="Problems">Where entries that cannot be read are noted (or, strict, thrown).</param>
/// <param name="RunFolder">The run folder whose <c>bodies/</c> receives bodies too long to hold; null to hold them in the requests.</param>
/// <param name="Limits">What is read and held; <see cref="DecodeLimits.Default"/> when null.</param>
internal sealed record DecodeReading(long FirstId, InputProblemLog Problems, string? RunFolder = null, DecodeLimits? Limits = null);
