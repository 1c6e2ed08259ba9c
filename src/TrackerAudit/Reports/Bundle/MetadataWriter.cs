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
        var requests = report.Journeys.SelectMany(run => run.Requests).ToList();
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
            Requests = new RequestCounts(
                requests.Count,
                requests.Count(request => request.Disposition == RequestDisposition.Sent),
                requests.Count(request => request.Disposition == RequestDisposition.Blocked),
                requests.Count(request => request.Disposition == RequestDisposition.AnsweredLocally),
                requests.Count(request => request.Disposition == RequestDisposition.FromArchive),
                requests.Count(request => request.Disposition == RequestDisposition.NotInArchive)),
        };
    }
}
