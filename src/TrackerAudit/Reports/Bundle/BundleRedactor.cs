using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TrackerAudit.Capture;
using TrackerAudit.Errors;
using TrackerAudit.Running;
using TrackerAudit.Serialization;

namespace TrackerAudit.Reports.Bundle;

/// <summary>
/// Makes a copy of a run folder that is safe to share (<c>--redact</c>): typed values and cookie
/// values masked in every file (stored bodies too), hashes kept, screenshots that could show typed text left out,
/// a <c>REDACTED.txt</c> note saying exactly what was done, and its own <c>SHA256SUMS</c>.
/// </summary>
internal static class BundleRedactor
{
    public const string NoteFileName = "REDACTED.txt";

    // Written by the command line's logger, which this library cannot see.
    private const string LogFileName = "log.ndjson";

    /// <param name="runFolder">The run folder to copy; it is only read.</param>
    /// <param name="targetFolder">A new or empty folder outside the run folder.</param>
    /// <param name="writeReports">Writes the readable reports (HTML, Markdown, HAR...) of the masked report into the target.</param>
    /// <param name="cancellationToken">Stops the copy.</param>
    public static async Task RedactAsync(string runFolder, string targetFolder, Func<RunReport, string, CancellationToken, Task> writeReports, CancellationToken cancellationToken)
    {
        var source = Path.TrimEndingDirectorySeparator(Path.GetFullPath(runFolder));
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(targetFolder));
        CheckFolders(source, target);
        var report = JsonReportWriter.Read(Path.Combine(source, JsonReportWriter.FileName));
        var mask = RedactionMask.For(report);
        var screenshots = ScreenshotSelection.Of(report);
        Directory.CreateDirectory(target);

        var copied = new List<string>();
        foreach (var screenshot in screenshots.Kept.Order(StringComparer.Ordinal))
        {
            if (Inside(source, screenshot) is { } from && File.Exists(from) && Inside(target, screenshot) is { } to)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(to)!);
                File.Copy(from, to);
                copied.Add(screenshot);
            }
        }

        var bodies = await RedactBodiesAsync(report, source, target, mask, cancellationToken).ConfigureAwait(false);
        var masked = Masked(report, mask, screenshots, bodies);
        await JsonReportWriter.WriteAsync(masked, target, cancellationToken).ConfigureAwait(false);
        foreach (var lines in (string[])[AuditRunner.CaptureFileName, LogFileName])
        {
            if (File.Exists(Path.Combine(source, lines)))
            {
                await RedactLinesAsync(Path.Combine(source, lines), Path.Combine(target, lines), mask, bodies, cancellationToken).ConfigureAwait(false);
                copied.Add(lines);
            }
        }

        await writeReports(masked, target, cancellationToken).ConfigureAwait(false);

        // The original describes the machine that ran the audit; one regenerated now would describe this one.
        var metadata = Path.Combine(source, MetadataWriter.FileName);
        if (File.Exists(metadata))
        {
            await RedactJsonAsync(metadata, Path.Combine(target, MetadataWriter.FileName), mask, cancellationToken).ConfigureAwait(false);
        }

        var present = BundleChecksums.ListFiles(target).ToHashSet(StringComparer.Ordinal);
        var leftOut = BundleChecksums.ListFiles(source).Where(path => !present.Contains(path) && !copied.Contains(path)).ToList();
        await File.WriteAllTextAsync(Path.Combine(target, NoteFileName), RedactionNote.Write(report, source, mask, screenshots, leftOut), new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
        await BundleChecksums.WriteAsync(target, cancellationToken).ConfigureAwait(false);
    }

    private static void CheckFolders(string source, string target)
    {
        if (!File.Exists(Path.Combine(source, JsonReportWriter.FileName)))
        {
            throw TrackerAuditException.InvalidOption("--redact", $"{source} is not a run folder: it has no {JsonReportWriter.FileName}");
        }

        if (IsWithin(source, target) || IsWithin(target, source))
        {
            throw TrackerAuditException.InvalidOption("--redact", $"the redacted copy {target} must be outside the run folder {source}, and not contain it");
        }

        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
        {
            throw TrackerAuditException.InvalidOption("--redact", $"{target} is not empty: give a new folder for the redacted copy");
        }
    }

    private static bool IsWithin(string folder, string path) =>
        path == folder || path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    // The full path of a file named in the report, or null when the name would lead out of the folder.
    private static string? Inside(string folder, string relative)
    {
        var full = Path.GetFullPath(Path.Combine(folder, relative));
        return full != folder && IsWithin(folder, full) ? full : null;
    }

    /// <summary>
    /// Writes the masked copy of every body stored in <c>bodies/</c>, one at a time; returns each file's new
    /// SHA-256 by its path, for the copy's report and capture to name the file they hold.
    /// </summary>
    private static async Task<Dictionary<string, string>> RedactBodiesAsync(RunReport report, string source, string target, RedactionMask mask, CancellationToken cancellationToken)
    {
        var from = new RequestBodies(source);
        var to = new RequestBodies(target);
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var request in report.Journeys.SelectMany(run => run.Requests).Where(request => request.BodyFile is not null))
        {
            var stored = await to.StoreAsync(request, mask.MaskBytes(from.ReadBytes(request)), cancellationToken).ConfigureAwait(false);
            hashes[stored.BodyFile!] = stored.BodySha256!;
        }

        return hashes;
    }

    private static RunReport Masked(RunReport report, RedactionMask mask, ScreenshotSelection screenshots, Dictionary<string, string> bodies)
    {
        var node = JsonSerializer.SerializeToNode(report, JsonDefaults.Indented);
        mask.MaskInPlace(node);
        var masked = node.Deserialize<RunReport>(JsonDefaults.Indented) ?? throw new JsonException("the masked report is empty");
        return masked with
        {
            Journeys = masked.Journeys.Select(run => run with
            {
                // Short values are not masked in running text (they would hit unrelated text); here they are known.
                TypedValues = run.TypedValues.ToDictionary(pair => pair.Key, pair => RedactionMask.TypedMask(pair.Key), StringComparer.Ordinal),
                Steps = run.Steps.Select(step => step with { Screenshots = step.Screenshots.Where(screenshots.Kept.Contains).ToList() }).ToList(),
                // The size stays the one sent, as for a masked inline body; the hash is of the file the copy holds.
                Requests = run.Requests.Select(request => request.BodyFile is { } file && bodies.TryGetValue(file, out var hash) ? request with { BodySha256 = hash } : request).ToList(),
            }).ToList(),
        };
    }

    private static async Task RedactLinesAsync(string from, string to, RedactionMask mask, Dictionary<string, string> bodies, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(from, Encoding.UTF8);
        await using var writer = new StreamWriter(to, append: false, new UTF8Encoding(false)) { NewLine = "\n" };
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            await writer.WriteLineAsync(MaskLine(line, mask, bodies)).ConfigureAwait(false);
        }
    }

    private static string MaskLine(string line, RedactionMask mask, Dictionary<string, string> bodies)
    {
        try
        {
            var node = JsonNode.Parse(line);
            mask.MaskInPlace(node);
            if (node?["request"] is JsonObject request && request["bodyFile"] is JsonValue file && file.TryGetValue<string>(out var path) && bodies.TryGetValue(path, out var hash))
            {
                request["bodySha256"] = hash;
            }

            return node?.ToJsonString(JsonDefaults.Compact) ?? line;
        }
        catch (JsonException)
        {
            // A torn last line (the run crashed mid-write) is still masked, as text.
            return mask.Mask(line);
        }
    }

    private static async Task RedactJsonAsync(string from, string to, RedactionMask mask, CancellationToken cancellationToken)
    {
        JsonNode? node;
        await using (var stream = File.OpenRead(from))
        {
            node = await JsonNode.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        mask.MaskInPlace(node);
        await File.WriteAllTextAsync(to, node?.ToJsonString(JsonDefaults.Indented) ?? "", new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
    }
}
