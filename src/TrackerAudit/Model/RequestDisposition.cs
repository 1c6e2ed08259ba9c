namespace TrackerAudit.Model;

/// <summary>What happened to a request after the browser made it.</summary>
public enum RequestDisposition
{
    /// <summary>Sent to the network as the page asked.</summary>
    Sent,

    /// <summary>Matched a journey's <c>block</c> pattern: answered locally, never left the machine.</summary>
    Blocked,

    /// <summary>Answered locally by a stand-in (the demo's replica tracker, or sinkhole mode): never left the machine.</summary>
    AnsweredLocally,

    /// <summary>Replay: answered with the response stored in the archive (<c>--replay</c>); never left the machine.</summary>
    FromArchive,

    /// <summary>Replay: the archive holds no response for it, so it failed as it would offline; never left the machine.</summary>
    NotInArchive,
}
