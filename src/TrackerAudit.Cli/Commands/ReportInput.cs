using System.Text.Json;
using TrackerAudit.Errors;
using TrackerAudit.Reports;

namespace TrackerAudit.Cli.Commands;

/// <summary>Reads a report named on the command line: a <c>report.json</c> or the run folder holding one.</summary>
internal static class ReportInput
{
    public static RunReport Read(string path, string argument)
    {
        var file = Directory.Exists(path) ? Path.Combine(path, JsonReportWriter.FileName) : path;
        try
        {
            return JsonReportWriter.Read(file);
        }
        catch (Exception exception) when (exception is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw TrackerAuditException.InvalidOption(argument, $"{file} is not a readable TrackerAudit report: {exception.Message.Split('\n')[0]}");
        }
    }
}
