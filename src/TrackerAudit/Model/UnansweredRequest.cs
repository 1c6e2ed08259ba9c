namespace TrackerAudit.Model;

/// <summary>A request a replayed archive could not answer.</summary>
/// <param name="Journey">The journey run that made it.</param>
/// <param name="StepIndex">The step that made it.</param>
/// <param name="Method">HTTP method.</param>
/// <param name="Url">Full URL.</param>
public sealed record UnansweredRequest(string Journey, int StepIndex, string Method, string Url);
