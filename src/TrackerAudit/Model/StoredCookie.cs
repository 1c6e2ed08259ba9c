namespace TrackerAudit.Model;

/// <summary>A cookie in the browser after a step. Its value is never kept: the evidence bundle must not become a cookie jar.</summary>
public sealed record StoredCookie
{
    /// <summary>The cookie's name.</summary>
    public required string Name { get; init; }

    /// <summary>Its domain, with a leading dot when it is sent to subdomains too.</summary>
    public required string Domain { get; init; }

    /// <summary>Its path.</summary>
    public required string Path { get; init; }

    /// <summary>True when its domain is another site than the journey's start page.</summary>
    public required bool ThirdParty { get; init; }

    /// <summary>When it expires (UTC); null for a session cookie.</summary>
    public DateTimeOffset? Expires { get; init; }

    /// <summary>True for a session cookie (no expiry).</summary>
    public bool Session => Expires is null;

    /// <summary>Sent over HTTPS only.</summary>
    public required bool Secure { get; init; }

    /// <summary>Hidden from scripts.</summary>
    public required bool HttpOnly { get; init; }

    /// <summary><c>Strict</c>, <c>Lax</c> or <c>None</c>.</summary>
    public required string SameSite { get; init; }

    /// <summary>Who set it.</summary>
    public required CookieSetter SetBy { get; init; }

    /// <summary>The response's URL (<see cref="CookieSetter.Response"/>) or the script's (<see cref="CookieSetter.Script"/>).</summary>
    public string? SetByUrl { get; init; }

    /// <summary>The size of its value in bytes (the value itself is not kept).</summary>
    public required int ValueSize { get; init; }
}
