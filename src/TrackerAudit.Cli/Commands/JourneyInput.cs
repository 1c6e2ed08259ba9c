using TrackerAudit.Errors;
using TrackerAudit.Journeys;

namespace TrackerAudit.Cli.Commands;

/// <summary>Loads journeys for a command and turns problems into the invalid-input error.</summary>
internal static class JourneyInput
{
    public static IReadOnlyList<Journey> LoadOrThrow(IReadOnlyList<string> paths)
    {
        var result = JourneyLoader.Load(paths);
        if (!result.IsValid)
        {
            throw TrackerAuditException.JourneyInvalid(result.Problems);
        }

        if (result.Journeys.Count == 0)
        {
            throw TrackerAuditException.NoJourneys(paths);
        }

        return result.Journeys;
    }
}
