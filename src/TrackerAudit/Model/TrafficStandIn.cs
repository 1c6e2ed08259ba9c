namespace TrackerAudit.Model;

/// <summary>A URL pattern answered locally instead of by the network, with a fixed response.</summary>
/// <param name="Pattern">URL glob (Playwright's syntax).</param>
/// <param name="Description">For the log and report.</param>
/// <param name="ContentType">The response's content type.</param>
/// <param name="Body">Makes the response body; read when a request is answered.</param>
/// <param name="Status">The response's status (a 204 has no body).</param>
internal sealed record TrafficStandIn(string Pattern, string Description, string ContentType, Func<byte[]> Body, int Status = 200)
{
    /// <summary>What the capture records for a request answered here.</summary>
    public RequestDisposition Disposition => RequestDisposition.AnsweredLocally;
}
