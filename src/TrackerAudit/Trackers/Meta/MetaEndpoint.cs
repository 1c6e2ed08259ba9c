namespace TrackerAudit.Trackers.Meta;

/// <summary>Which Meta Pixel URL a request went to.</summary>
internal enum MetaEndpoint
{
    None,

    Beacon,

    SandboxTrigger,

    TopicsRegistration,

    Library,

    Plugin,

    Config,
}
