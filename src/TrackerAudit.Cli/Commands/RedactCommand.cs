using System.CommandLine;
using TrackerAudit.Errors;
using TrackerAudit.Reports;
using TrackerAudit.Reports.Bundle;

namespace TrackerAudit.Cli.Commands;

/// <summary><c>trackeraudit redact</c>: write a copy of a run folder that is safe to share.</summary>
internal static class RedactCommand
{
    public static Command Create(TextWriter output)
    {
        var folder = new Argument<string>("run-folder") { Description = "A run folder written by run or demo" };
        var target = new Option<string?>("--output", "-o") { Description = "Where to write the copy (default: <run-folder>-redacted)" };
        var signing = new SigningOptions();
        var command = new Command("redact", "Copy a run folder with typed values and cookie values masked (hashes kept), sealed with its own SHA256SUMS") { folder, target };
        signing.AddTo(command);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            using var signer = signing.CreateSigner(parsed, output);
            var source = Path.GetFullPath(parsed.GetValue(folder)!);
            var destination = Path.GetFullPath(parsed.GetValue(target) ?? source.TrimEnd(Path.DirectorySeparatorChar) + "-redacted");
            await BundleRedactor.RedactAsync(
                source,
                destination,
                (report, into, token) => ReportBundle.WriteDerivedAsync(report, into, null, Serilog.Core.Logger.None, token),
                cancellationToken).ConfigureAwait(false);
            var signed = SigningOptions.Worst(
                await SigningOptions.SignAsync(signer, destination, output, cancellationToken).ConfigureAwait(false),
                await Sealing.CheckWholeAsync(destination, output).ConfigureAwait(false));
            await output.WriteLineAsync($"Redacted copy, safe to share: {destination}").ConfigureAwait(false);
            return signed;
        });
        return command;
    }
}
