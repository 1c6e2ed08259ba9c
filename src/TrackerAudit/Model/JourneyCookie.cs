namespace TrackerAudit.Model;

/// <summary>A cookie the browser holds before the journey starts.</summary>
/// <param name="Name">Cookie name.</param>
/// <param name="Value">Cookie value.</param>
/// <param name="Domain">Domain, e.g. <c>.facebook.com</c>.</param>
/// <param name="Path">Path, <c>/</c> by default.</param>
/// <param name="Secure">Whether the cookie is only sent over HTTPS.</param>
/// <param name="SameSite"><c>Lax</c>, <c>Strict</c> or <c>None</c>.</param>
public sealed record JourneyCookie(string Name, string Value, string Domain, string Path = "/", bool Secure = true, string SameSite = "None");
