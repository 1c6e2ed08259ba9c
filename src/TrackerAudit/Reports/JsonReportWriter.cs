using System.Text.Json;
using TrackerAudit.Serialization;

namespace TrackerAudit.Reports;

/// <summary>Writes <c>report.json</c>.</summary>
internal static class JsonReportWriter
{
    public const string FileName = "report.json";

    public static async Task WriteAsync(RunReport report, string runFolder, CancellationToken cancellationToken)
    {
        var path = Path.Combine(runFolder, FileName);
        var temporary = path + ".tmp";
        await using (var stream = File.Create(temporary))
        {
            await JsonSerializer.SerializeAsync(stream, report, JsonDefaults.Indented, cancellationToken).ConfigureAwait(false);
        }

        // Replace atomically: a reader never sees half a report.
        File.Move(temporary, path, overwrite: true);
    }

    public static RunReport Read(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<RunReport>(stream, JsonDefaults.Indented)
            ?? throw new JsonException($"{path} holds no report");
    }
}
