namespace TrackerAudit.Journeys;

/// <summary>Reads and validates journey files. Placeholder until the loader lands.</summary>
public static class JourneyLoader
{
    /// <summary>Reads every journey in the given files and folders (folders: every *.yaml / *.yml, recursively).</summary>
    public static JourneyLoadResult Load(IEnumerable<string> paths) => throw new NotImplementedException();

    /// <summary>Reads one journey from text; <paramref name="file"/> names it in problems.</summary>
    public static JourneyLoadResult Parse(string file, string yaml) => throw new NotImplementedException();
}
