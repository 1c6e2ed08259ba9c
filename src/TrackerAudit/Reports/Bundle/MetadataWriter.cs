using System.Text.Json;
using TrackerAudit.Capture;
using TrackerAudit.Serialization;

namespace TrackerAudit.Reports.Bundle;

/// <summary>Writes <c>metadata.json</c>: the tool, browser, machine, times, command line and journey files of a run.</summary>
internal static class MetadataWriter
{
    public const string FileName = "metadata.json";

    public static async Task WriteAsync(RunReport report, string runFolder, CancellationToken cancellationToken)
    {
        var path = Path.Combine(runFolder, FileName);
        var temporary = path + ".tmp";
        await using (var stream = File.Create(temporary))
        {
            await JsonSerializer.SerializeAsync(stream, Describe(report, MachineInfo.Current(report.StartedAt)), JsonDefaults.Indented, cancellationToken).ConfigureAwait(false);
        }

        File.Move(temporary, path, overwrite: true);
    }

    public static RunMetadata Describe(RunReport report, MachineInfo machine)
    {
        // Counted in one pass: a decoded capture's requests are read back from disk, not held.
        int all = 0, sent = 0, blocked = 0, answered = 0, fromArchive = 0, notInArchive = 0;
        foreach (var request in report.Journeys.SelectMany(run => run.Requests))
        {
            all++;
            sent += request.Disposition == RequestDisposition.Sent ? 1 : 0;
            blocked += request.Disposition == RequestDisposition.Blocked ? 1 : 0;
            answered += request.Disposition == RequestDisposition.AnsweredLocally ? 1 : 0;
            fromArchive += request.Disposition == RequestDisposition.FromArchive ? 1 : 0;
            notInArchive += request.Disposition == RequestDisposition.NotInArchive ? 1 : 0;
        }

        return new RunMetadata
        {
            RunId = report.RunId,
            Tool = report.Tool,
            Browser = report.Browser,
            Machine = machine,
            StartedAt = report.StartedAt.ToUniversalTime(),
            EndedAt = report.EndedAt.ToUniversalTime(),
            CommandLine = report.CommandLine,
            JourneyFiles = report.Journeys
                .Select(run => new JourneyFile(run.SourcePath, run.SourceSha256))
                .Distinct()
                .ToList(),
            TrackerTraffic = report.TrackerTraffic,
            Requests = new RequestCounts(all, sent, blocked, answered, fromArchive, notInArchive),
            Lists = report.Lists,
            Completeness = report.Completeness,
        };
    }
}
