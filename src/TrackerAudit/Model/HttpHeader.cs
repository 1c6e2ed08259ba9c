namespace TrackerAudit.Model;

/// <summary>One HTTP header as the browser sent it; names are lower-case.</summary>
public sealed record HttpHeader(string Name, string Value);
