using TrackerAudit.Trackers;

namespace TrackerAudit.Tests.Trackers;

/// <summary>Finds decoded fields by path in test assertions.</summary>
internal static class TrackerEventFields
{
    public static TrackerField Field(this TrackerEvent trackerEvent, string path) =>
        trackerEvent.Fields.FirstOrDefault(f => f.Path == path)
        ?? throw new AssertionException($"no field '{path}'; fields: {string.Join(", ", trackerEvent.Fields.Select(f => f.Path))}");

    public static IReadOnlyList<TrackerField> FieldsAt(this TrackerEvent trackerEvent, string path) =>
        trackerEvent.Fields.Where(f => f.Path == path).ToList();

    public static string FieldValue(this TrackerEvent trackerEvent, string path) => trackerEvent.Field(path).Value;
}
