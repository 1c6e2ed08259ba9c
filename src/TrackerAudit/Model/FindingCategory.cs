namespace TrackerAudit.Model;

/// <summary>Why a finding matters.</summary>
public enum FindingCategory
{
    /// <summary>A sensitive word of the journey reached a tracker (page URL, title, button text...).</summary>
    SensitiveContext,

    /// <summary>A value the journey typed reached a tracker, raw or transformed (hashed, encoded).</summary>
    TypedData,

    /// <summary>An identifier that lets the tracker tie the event to a person or browser.</summary>
    Identifier,

    /// <summary>A page view or click the tracker was told about.</summary>
    PageAndBehaviour,

    /// <summary>A tracker event sent before the cookie banner was answered, or after the visitor rejected tracking.</summary>
    Consent,
}
