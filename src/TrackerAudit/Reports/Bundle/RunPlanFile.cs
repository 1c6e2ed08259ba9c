using System.Text.Json;
using TrackerAudit.Serialization;

namespace TrackerAudit.Reports.Bundle;

/// <summary>
/// <c>plan.json</c>: the journey runs a run is about to make, written into the run folder before the browser
/// starts, so that a run killed before it could write its report still says which journeys never ran.
/// </summary>
internal static class RunPlanFile
{
    public const string FileName = "plan.json";

    public static void Write(string runFolder, RunPlanDocument plan)
    {
        var path = Path.Combine(runFolder, FileName);
        var temporary = path + ".tmp";
        File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(plan, JsonDefaults.Indented));
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The plan of a run folder, or null when it has none or it cannot be read.</summary>
    public static RunPlanDocument? TryRead(string runFolder)
    {
        var path = Path.Combine(runFolder, FileName);
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<RunPlanDocument>(File.ReadAllBytes(path), JsonDefaults.Indented) : null;
        }
        catch (Exception exception) when (exception is JsonException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
