using System.CommandLine;
using System.Globalization;
using TrackerAudit.Errors;
using TrackerAudit.Merging;
using TrackerAudit.Reports;

namespace TrackerAudit.Cli.Commands;

/// <summary>
/// <c>trackeraudit merge</c>: combines the run folders of the shards of one audit (<c>run --shard i/n</c>)
/// into one run folder <c>&lt;output&gt;/&lt;run-id&gt;/</c>, sealed anew. Exit 0 when merged, 1 when an input
/// does not verify against its SHA256SUMS (nothing is merged), 2 when the inputs cannot be used.
/// </summary>
internal static class MergeCommand
{
    public static Command Create(TextWriter output)
    {
        var bundles = new Argument<string[]>("run-folders")
        {
            Description = "The shards' run folders (each holding report.json and SHA256SUMS)",
            Arity = ArgumentArity.OneOrMore,
        };
        var target = new Option<string>("--output", "-o")
        {
            Description = "Folder that receives the merged run folder <output>/<run-id>/",
            DefaultValueFactory = _ => "reports",
        };
        var signing = new SigningOptions();
        var command = new Command("merge", "Merge the run folders of shards into one run folder: one report, the derived reports, screenshots and capture, sealed") { bundles, target };
        signing.AddTo(command);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            using var signer = signing.CreateSigner(parsed, output);
            var inputs = parsed.GetValue(bundles)!.Select(path => Path.GetFullPath(path)).Distinct(StringComparer.Ordinal).ToList();
            var notFolders = inputs.Where(path => !Directory.Exists(path)).ToList();
            if (notFolders.Count > 0)
            {
                throw TrackerAuditException.InvalidOption("merge", $"not a run folder: {string.Join(", ", notFolders)}");
            }

            var problems = BundleMerger.CheckInputs(inputs);
            if (problems.Count > 0)
            {
                foreach (var problem in problems)
                {
                    await output.WriteLineAsync("Not merged: " + problem).ConfigureAwait(false);
                }

                // Evidence that fails its own seal is not merged: the merged seal would vouch for it.
                return ExitCodes.ExpectationFailed;
            }

            var runId = AuditCommandOptions.NewRunId(DateTimeOffset.UtcNow);
            var runFolder = Path.GetFullPath(Path.Combine(parsed.GetValue(target)!, runId));
            RunReport report;
            await using (var logger = RunLogger.Create(null, verbose: false))
            {
                try
                {
                    report = await BundleMerger.MergeAsync(inputs, runFolder, runId, logger, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    throw TrackerAuditException.OutputNotWritable(runFolder, exception);
                }
            }

            // The shards' signatures vouch for the shards only: the merged folder is signed anew.
            var signed = SigningOptions.Worst(
                await SigningOptions.SignAsync(signer, runFolder, output, cancellationToken).ConfigureAwait(false),
                await Sealing.CheckWholeAsync(runFolder, output).ConfigureAwait(false));
            await output.WriteAsync(ConsoleSummary.Render(report, runFolder)).ConfigureAwait(false);
            await output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"Merged {inputs.Count} run folders ({report.Journeys.Count} journeys) into {runFolder}. Check it later with: trackeraudit verify {runFolder}")).ConfigureAwait(false);
            return signed;
        });
        return command;
    }
}
