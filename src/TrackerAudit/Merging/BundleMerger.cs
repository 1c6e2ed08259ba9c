using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Serilog;
using TrackerAudit.Capture;
using TrackerAudit.Errors;
using TrackerAudit.Reports;
using TrackerAudit.Reports.Bundle;
using TrackerAudit.Running;
using TrackerAudit.Serialization;

namespace TrackerAudit.Merging;

/// <summary>
/// Merges sealed run folders (the shards of one audit) into one sealed run folder: one report with every
/// journey, the derived reports written again from it, screenshots, stored bodies and capture carried over, each input's
/// log and network log kept under <c>shards/&lt;run-id&gt;/</c>. Only inputs that verify against their
/// <c>SHA256SUMS</c> are merged: the merged seal must not vouch for evidence nobody can check.
/// </summary>
internal static class BundleMerger
{
    public const string ShardsFolder = "shards";

    private const string ScreenshotsFolder = RunFolderLayout.ScreenshotsFolder;

    private const string LogFileName = RunFolderLayout.Log;

    /// <summary>Why inputs cannot be merged: one line per input that does not verify, naming the files; empty when all do.</summary>
    public static IReadOnlyList<string> CheckInputs(IReadOnlyList<string> bundles)
    {
        var problems = new List<string>();
        foreach (var bundle in bundles)
        {
            try
            {
                var verification = BundleChecksums.Verify(bundle);
                if (!verification.Ok)
                {
                    problems.Add($"{bundle}: {verification.Message}");
                }
                else if (!File.Exists(Path.Combine(bundle, JsonReportWriter.FileName)))
                {
                    problems.Add($"{bundle}: has no {JsonReportWriter.FileName}");
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                problems.Add($"{bundle}: cannot be verified: {exception.Message}");
            }
        }

        return problems;
    }

    /// <summary>
    /// Writes the merged run into <paramref name="runFolder"/> (which must not exist yet) and seals it.
    /// Call <see cref="CheckInputs"/> first. Throws the invalid-input error when two inputs hold the same journey.
    /// </summary>
    public static async Task<RunReport> MergeAsync(IReadOnlyList<string> bundles, string runFolder, string runId, ILogger logger, CancellationToken cancellationToken)
    {
        var reports = bundles.Select(bundle => ReadReport(bundle)).ToList();
        var duplicates = RunMerger.DuplicateJourneys(reports);
        if (duplicates.Count > 0)
        {
            throw TrackerAuditException.InvalidOption(
                "merge",
                $"more than one input holds the journey(s) {string.Join(", ", duplicates.Select(name => $"'{name}'"))}: give each shard's run folder once, and not its -redacted copy");
        }

        Directory.CreateDirectory(runFolder);
        var parts = new List<ShardPart>();
        var labels = new HashSet<string>(StringComparer.Ordinal);
        long offset = 0;
        var capturePath = Path.Combine(runFolder, AuditRunner.CaptureFileName);
        await using (var capture = new StreamWriter(capturePath, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
        {
            for (var index = 0; index < bundles.Count; index++)
            {
                var bundle = bundles[index];
                var report = reports[index];
                var label = labels.Add(report.RunId) ? report.RunId : report.RunId + "-" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                labels.Add(label);
                var highestInCapture = await AppendCaptureAsync(Path.Combine(bundle, AuditRunner.CaptureFileName), capture, offset, cancellationToken).ConfigureAwait(false);
                var screenshots = CopyScreenshots(bundle, runFolder, label);
                CopyBodies(bundle, runFolder, label, offset);
                KeepShardFiles(bundle, Path.Combine(runFolder, ShardsFolder, label));
                CopyArchives(bundle, runFolder, Path.Combine(runFolder, ShardsFolder, label));
                parts.Add(new ShardPart(report, offset, screenshots));
                logger.Information("Merging {Bundle}: {Journeys} journey(s), request ids moved by {Offset}", bundle, report.Journeys.Count, offset);
                offset += Math.Max(highestInCapture, report.Journeys.Select(RequestIdShift.Highest).DefaultIfEmpty(0).Max());
            }
        }

        var merged = RunMerger.Merge(parts, runId);
        await JsonReportWriter.WriteAsync(merged, runFolder, cancellationToken).ConfigureAwait(false);
        await ReportBundle.WriteDerivedAsync(merged, runFolder, null, logger, cancellationToken).ConfigureAwait(false);
        await BundleChecksums.WriteAsync(runFolder, cancellationToken).ConfigureAwait(false);
        return merged;
    }

    private static RunReport ReadReport(string bundle)
    {
        try
        {
            return JsonReportWriter.Read(Path.Combine(bundle, JsonReportWriter.FileName));
        }
        catch (JsonException exception)
        {
            throw TrackerAuditException.InvalidOption("merge", $"{bundle}: {JsonReportWriter.FileName} is not a TrackerAudit report: {exception.Message}");
        }
    }

    /// <summary>
    /// Appends an input's capture lines with their request ids moved by <paramref name="offset"/>, so that they
    /// match the merged report; other lines, and lines that are not JSON (the cut-off end of a crashed run),
    /// are copied as they are. Returns the highest id the input's capture holds.
    /// </summary>
    private static async Task<long> AppendCaptureAsync(string source, StreamWriter target, long offset, CancellationToken cancellationToken)
    {
        if (!File.Exists(source))
        {
            return 0;
        }

        long highest = 0;
        using var reader = new StreamReader(source, Encoding.UTF8);
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            var (moved, id) = MoveCaptureLine(line, offset);
            highest = Math.Max(highest, id);
            await target.WriteAsync(moved.AsMemory(), cancellationToken).ConfigureAwait(false);
            await target.WriteAsync("\n".AsMemory(), cancellationToken).ConfigureAwait(false);
        }

        return highest;
    }

    internal static (string Line, long Id) MoveCaptureLine(string line, long offset)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(line);
        }
        catch (JsonException)
        {
            return (line, 0);
        }

        var holder = node?["type"]?.GetValueKind() == JsonValueKind.String
            ? node["type"]!.GetValue<string>() switch
            {
                "request" => node["request"] as JsonObject,
                "outcome" => node as JsonObject,
                _ => null,
            }
            : null;
        if (holder?["id"] is not JsonValue value || !value.TryGetValue<long>(out var id))
        {
            return (line, 0);
        }

        if (offset == 0)
        {
            return (line, id);
        }

        holder["id"] = id + offset;
        if (holder["bodyFile"] is JsonValue file && file.TryGetValue<string>(out var path))
        {
            holder["bodyFile"] = RequestIdShift.BodyFile(path, id, offset);
        }

        return (node!.ToJsonString(JsonDefaults.Compact), id);
    }

    /// <summary>
    /// Copies the input's stored bodies under their moved request ids, as <see cref="RequestIdShift"/> renames them in the
    /// report and capture; a file not named after a request id is kept under <c>shards/&lt;label&gt;/bodies/</c>.
    /// </summary>
    private static void CopyBodies(string bundle, string runFolder, string label, long offset)
    {
        var folder = Path.Combine(bundle, RequestBodies.FolderName);
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(bundle, file).Replace(Path.DirectorySeparatorChar, '/');
            var named = long.TryParse(Path.GetFileNameWithoutExtension(file), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
                && relative == RequestBodies.RelativePath(id);
            var target = named ? RequestBodies.RelativePath(id + offset) : $"{ShardsFolder}/{label}/{relative}";
            var destination = Path.Combine(runFolder, target);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }

    /// <summary>Copies the input's screenshots to the same paths; a path another input already used goes under <c>screenshots/&lt;label&gt;/</c>.</summary>
    private static Dictionary<string, string> CopyScreenshots(string bundle, string runFolder, string label)
    {
        var moved = new Dictionary<string, string>(StringComparer.Ordinal);
        var folder = Path.Combine(bundle, ScreenshotsFolder);
        if (!Directory.Exists(folder))
        {
            return moved;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(bundle, file).Replace(Path.DirectorySeparatorChar, '/');
            var target = relative;
            if (File.Exists(Path.Combine(runFolder, target)))
            {
                target = ScreenshotsFolder + "/" + label + "/" + relative[(ScreenshotsFolder.Length + 1)..];
                moved[relative] = target;
            }

            var destination = Path.Combine(runFolder, target);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return moved;
    }

    /// <summary>
    /// The inputs' <c>--archive</c> HARs go into the merged <c>archive/</c>, so that the merged run replays as one; a
    /// name two inputs share stays with its input under <c>shards/</c>.
    /// </summary>
    private static void CopyArchives(string bundle, string runFolder, string shardFolder)
    {
        var archives = Path.Combine(bundle, RunFolderLayout.ArchiveFolder);
        if (!Directory.Exists(archives))
        {
            return;
        }

        foreach (var file in Directory.GetFiles(archives, "*.har"))
        {
            var destination = Path.Combine(runFolder, RunFolderLayout.ArchiveFolder, Path.GetFileName(file));
            if (File.Exists(destination))
            {
                destination = Path.Combine(shardFolder, RunFolderLayout.ArchiveFolder, Path.GetFileName(file));
            }

            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }

    /// <summary>The input's own log and Chromium network log are evidence of how its part ran: kept beside the merged run.</summary>
    private static void KeepShardFiles(string bundle, string target)
    {
        foreach (var name in new[] { LogFileName, AuditRunner.NetworkLogFileName })
        {
            var file = Path.Combine(bundle, name);
            if (File.Exists(file))
            {
                Directory.CreateDirectory(target);
                File.Copy(file, Path.Combine(target, name));
            }
        }
    }
}
