using System.Globalization;

namespace TrackerAudit.Scanning;

/// <summary>A line of a list file (<c>--urls</c>, <c>--sensitive-list</c>) that cannot be used, and why.</summary>
internal sealed record LineProblem(string File, int Line, string Why)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}: {Why}");
}
