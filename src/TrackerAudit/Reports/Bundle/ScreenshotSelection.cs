namespace TrackerAudit.Reports.Bundle;

/// <summary>
/// Which screenshots a redacted copy may keep: those taken before a journey's first typing step.
/// From that step on a screenshot can show typed text (in the field, or read back on a check page),
/// and text in a picture cannot be masked.
/// </summary>
internal sealed record ScreenshotSelection(IReadOnlySet<string> Kept, IReadOnlyList<string> LeftOut)
{
    public static readonly IReadOnlyList<string> TypingKinds = ["fill", "press"];

    public static ScreenshotSelection Of(RunReport report)
    {
        var kept = new HashSet<string>(StringComparer.Ordinal);
        var leftOut = new List<string>();
        foreach (var run in report.Journeys)
        {
            var firstTyping = run.Steps.Where(step => TypingKinds.Contains(step.Kind)).Select(step => step.Index).DefaultIfEmpty(int.MaxValue).Min();
            foreach (var step in run.Steps)
            {
                if (step.Index < firstTyping)
                {
                    kept.UnionWith(step.Screenshots);
                }
                else
                {
                    leftOut.AddRange(step.Screenshots);
                }
            }
        }

        return new ScreenshotSelection(kept, leftOut.Where(path => !kept.Contains(path)).Distinct(StringComparer.Ordinal).ToList());
    }
}
