using System.Text.Json;
using TrackerAudit.Capture;

namespace TrackerAudit.Reports.Bundle;

/// <summary>
/// Ties the bodies stored in <c>bodies/</c> to what <c>report.json</c> says of them: every file a request
/// names must be sealed in <c>SHA256SUMS</c> with the SHA-256 the report recorded when it was captured.
/// With the checksum check (which proves each sealed file unchanged), a body cannot be swapped, even with
/// the seal written again, without the report saying otherwise.
/// </summary>
internal static class StoredBodyCheck
{
    /// <param name="runFolder">The run folder.</param>
    /// <param name="sealedFiles">The files <c>SHA256SUMS</c> lists, with their hashes.</param>
    /// <returns>One line per body that does not match; empty when all do, or when there is no readable report (the checksums say why).</returns>
    public static IReadOnlyList<string> Problems(string runFolder, IReadOnlyDictionary<string, string> sealedFiles)
    {
        RunReport report;
        try
        {
            report = JsonReportWriter.Read(Path.Combine(runFolder, JsonReportWriter.FileName));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException)
        {
            return [];
        }

        var problems = new List<string>();
        foreach (var request in report.Journeys.SelectMany(run => run.Requests).Where(request => request.BodyFile is not null))
        {
            var file = request.BodyFile!;
            if (!file.StartsWith(RequestBodies.FolderName + "/", StringComparison.Ordinal) || file.Split('/').Contains(".."))
            {
                problems.Add($"request {request.Id} names the body file '{file}', outside {RequestBodies.FolderName}/");
            }
            else if (!sealedFiles.TryGetValue(file, out var hash))
            {
                problems.Add($"{file}, the body of request {request.Id}, is not sealed in {BundleChecksums.FileName}");
            }
            else if (!string.Equals(hash, request.BodySha256, StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"{file} is not the body {JsonReportWriter.FileName} recorded for request {request.Id} (SHA-256 {request.BodySha256})");
            }
        }

        return problems;
    }
}
