using System.Globalization;
using System.Runtime.InteropServices;

namespace TrackerAudit.Reports.Bundle;

/// <summary>The machine a run happened on: system, time zone and locale change what pages show and send.</summary>
internal sealed record MachineInfo(string OperatingSystem, string Architecture, string Runtime, string TimeZone, string UtcOffset, string Locale)
{
    /// <summary>This machine, with the UTC offset in force at <paramref name="at"/>.</summary>
    public static MachineInfo Current(DateTimeOffset at)
    {
        var offset = TimeZoneInfo.Local.GetUtcOffset(at);
        return new MachineInfo(
            RuntimeInformation.OSDescription,
            RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant(),
            RuntimeInformation.FrameworkDescription,
            TimeZoneInfo.Local.Id,
            Offset(offset),
            CultureInfo.CurrentCulture.Name is { Length: > 0 } name ? name : "invariant");
    }

    internal static string Offset(TimeSpan offset) =>
        (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);
}
