namespace TrackerAudit.Trackers.HubSpot;

/// <summary>What a request to HubSpot's hosts is for (reference section 1.12).</summary>
internal enum HubSpotEndpoint
{
    None,

    /// <summary><c>track.hubspot.com/__ptq.gif</c>: a page view (or another kind, by <c>k</c>).</summary>
    PageView,

    /// <summary><c>__ptbe.gif</c>: a custom behavioural event, named in <c>n</c>.</summary>
    BehaviouralEvent,

    /// <summary><c>__ptc.gif</c>: a click, with the clicked element's tag, text, link, id and classes.</summary>
    Click,

    /// <summary><c>/collected-forms/submit/form</c>: a form the visitor submitted, every field in cleartext.</summary>
    CollectedForm,

    /// <summary><c>/collected-forms/v1/config/json</c>: the Collected Forms settings of a portal.</summary>
    Config,

    /// <summary>The tracking code, analytics or Collected Forms script.</summary>
    Library,
}
