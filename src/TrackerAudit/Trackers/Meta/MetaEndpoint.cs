namespace TrackerAudit.Trackers.Meta;

/// <summary>Which Meta Pixel URL a request went to.</summary>
internal enum MetaEndpoint
{
    /// <summary>Not a Meta Pixel URL.</summary>
    None,

    /// <summary><c>facebook.com/tr</c> or <c>instagram.com/tr/</c>: event data.</summary>
    Beacon,

    /// <summary><c>/privacy_sandbox/pixel/register/trigger/</c>: a copy of a beacon for the Privacy Sandbox.</summary>
    SandboxTrigger,

    /// <summary><c>/privacy_sandbox/topics/registration/</c>: the visit registered for the Topics API.</summary>
    TopicsRegistration,

    /// <summary><c>connect.facebook.net/&lt;locale&gt;/fbevents.js</c>.</summary>
    Library,

    /// <summary><c>connect.facebook.net/signals/plugins/*.js</c>.</summary>
    Plugin,

    /// <summary><c>connect.facebook.net/signals/config/&lt;pixelId&gt;</c>.</summary>
    Config,
}
