using System.Globalization;
using System.Text;
using TrackerAudit.Imports;
using TrackerAudit.Running;

namespace TrackerAudit.Reports.Markdown;

/// <summary>The entries of a decoded input that could not be read, in <c>report.md</c>: a partly read capture says so.</summary>
internal static class MarkdownInputProblems
{
    public const int MaxListed = 50;

    public static void Append(StringBuilder text, JourneyRun run)
    {
        if (run.InputProblems is not { Count: > 0 } problems)
        {
            return;
        }

        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"**Input problems:** {run.InputProblemCount}. Each entry named here was skipped; every other request was decoded."));
        text.AppendLine();
        foreach (var problem in problems.Take(MaxListed))
        {
            text.AppendLine("- " + MarkdownText.Escape(InputProblemText.Format(problem), MarkdownText.DefaultMaxLength));
        }

        if (run.InputProblemCount > MaxListed)
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"- ... and {run.InputProblemCount - MaxListed} more (report.json lists the first {JourneyRun.InputProblemLimit})"));
        }

        text.AppendLine();
    }
}
