namespace TrackerAudit.Model;

/// <summary>What a consent variant answers to a site's cookie banner.</summary>
public enum ConsentAnswer
{
    /// <summary>No answer: the banner is left alone (or closed without choosing). Every tracker request is made without consent.</summary>
    None,

    /// <summary>The visitor refuses tracking ("Reject all"): a tracker request after the answer is a broken promise.</summary>
    Reject,

    /// <summary>The visitor accepts tracking ("Accept all"): tracker requests after the answer are what the visitor agreed to.</summary>
    Accept,

    /// <summary>
    /// The browser sends Global Privacy Control from the first request on (<c>Sec-GPC: 1</c>,
    /// <c>navigator.globalPrivacyControl</c>) and the banner is left alone: tracking all the same is a broken opt-out.
    /// </summary>
    Gpc,
}
