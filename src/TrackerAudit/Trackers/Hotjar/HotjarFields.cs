using System.Collections.Frozen;
using static TrackerAudit.Model.FieldSensitivity;

namespace TrackerAudit.Trackers.Hotjar;

/// <summary>What the values of Hotjar's calls mean (tracker-protocols-more.md, sections 1.0 and 1.14).</summary>
internal static class HotjarFields
{
    private static readonly FrozenDictionary<string, (string Meaning, FieldSensitivity Sensitivity)> Known =
        new Dictionary<string, (string, FieldSensitivity)>
        {
            ["user_id"] = ("Hotjar user id (kept in the first-party _hjSessionUser_<site> cookie; cookie name not verified)", Identifier),
            ["r_value"] = ("random draw deciding whether this visit is sampled", Low),
            ["rec_value"] = ("random draw deciding whether this visit is recorded (session replay)", Low),
            ["is_vpv"] = ("virtual page view (a single-page app changed page)", Low),
            ["session_only"] = ("Hotjar keeps the user id for this session only", Low),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    public static (string? Meaning, FieldSensitivity Sensitivity) Describe(string path) =>
        Known.TryGetValue(path, out var known) ? known : (null, Unknown);
}
