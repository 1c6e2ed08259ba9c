using System.CommandLine;
using System.Text.Json;
using TrackerAudit.Baselines;
using TrackerAudit.Errors;
using TrackerAudit.Reports;

namespace TrackerAudit.Cli.Commands;

/// <summary>
/// <c>trackeraudit diff OLD NEW</c>: what trackers received in the new run that they did not in the old
/// one, and the reverse. Writes nothing. Exit codes, like <c>diff(1)</c>: 0 no difference, 1 differences
/// (<see cref="ExitCodes.ExpectationFailed"/>), 2 a file is missing or is not a report.
/// </summary>
internal static class DiffCommand
{
    public static Command Create(TextWriter output)
    {
        var baseline = new Argument<string>("baseline") { Description = "The baseline run's report.json (or its run folder)" };
        var current = new Argument<string>("current") { Description = "The current run's report.json (or its run folder)" };
        var command = new Command(
            "diff",
            "Compare two runs by meaning (trackers, pixel ids, events per page, findings). Exit code 0: no difference; 1: differences; 2: a file is missing or not a report")
        {
            baseline,
            current,
        };
        command.SetAction(async parsed =>
        {
            var diff = RunComparer.Compare(ReportInput.Read(parsed.GetValue(baseline)!, "baseline"), ReportInput.Read(parsed.GetValue(current)!, "current"));
            await output.WriteAsync(RunDiffText.Render(diff)).ConfigureAwait(false);
            return diff.IsEmpty ? ExitCodes.Success : ExitCodes.ExpectationFailed;
        });
        return command;
    }
}
