namespace TrackerAudit.Model;

/// <summary>How much a decoded parameter can tell about a person.</summary>
public enum FieldSensitivity
{
    /// <summary>Nothing about the person (library version, experiment codes).</summary>
    None,

    /// <summary>Little on its own (pixel id, timestamps).</summary>
    Low,

    /// <summary>Something about the visit (event name, page origin).</summary>
    Medium,

    /// <summary>What the person read or did (page URL, title, button text, form fields).</summary>
    High,

    /// <summary>Ties the event to a person or browser (fbp, c_user, hashed e-mail).</summary>
    Identifier,

    /// <summary>Helps tell one browser from another (screen size, client hints).</summary>
    Fingerprint,

    /// <summary>Seen on the wire, meaning not confirmed.</summary>
    Unknown,
}
