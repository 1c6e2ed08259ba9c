using System.Reflection;

namespace TrackerAudit.Model;

/// <summary>The TrackerAudit build that made a report.</summary>
/// <param name="Name">Always <c>TrackerAudit</c>.</param>
/// <param name="Version">Version number.</param>
/// <param name="Commit">Git commit the build came from, when known.</param>
public sealed record ToolInfo(string Name, string Version, string? Commit)
{
    /// <summary>This build.</summary>
    public static ToolInfo Current { get; } = Read();

    private static ToolInfo Read()
    {
        var informational = typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0
            ? new ToolInfo("TrackerAudit", informational, null)
            : new ToolInfo("TrackerAudit", informational[..plus], informational[(plus + 1)..]);
    }
}
