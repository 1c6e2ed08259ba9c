using System.CommandLine;
using TrackerAudit.Cli.Commands;
using TrackerAudit.Errors;
using TrackerAudit.Reports;

namespace TrackerAudit.Cli;

/// <summary>The command line: parses, runs one command, and turns every user-facing error into its exit code.</summary>
internal static class CliApp
{
    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        output ??= Console.Out;
        error ??= Console.Error;
        var root = new RootCommand("TrackerAudit: prove what a website tells advertising trackers about its visitors.")
        {
            RunCommand.Create(output),
            ScanCommand.Create(output),
            DemoCommand.Create(output),
            ValidateCommand.Create(output),
            VerifyCommand.Create(output),
            DiffCommand.Create(output),
            RedactCommand.Create(output),
            DecodeCommand.Create(output),
            MergeCommand.Create(output),
            ExportCommand.Create(output),
            KeygenCommand.Create(output),
            RecoverCommand.Create(output),
            InstallBrowserCommand.Create(output, error),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                await error.WriteLineAsync(parseError.Message).ConfigureAwait(false);
            }

            await error.WriteLineAsync("Run 'trackeraudit --help' for the commands and options.").ConfigureAwait(false);
            return ExitCodes.InvalidInput;
        }

        using var interruption = new Interruption();
        try
        {
            return await parsed.InvokeAsync(
                new InvocationConfiguration { Output = output, Error = error, ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false },
                interruption.Token).ConfigureAwait(false);
        }
        catch (TrackerAuditException exception)
        {
            // Messages quote the input they reject (a journey's name, a URL): each line is escaped for the terminal.
            await error.WriteLineAsync(string.Join('\n', exception.Message.Split('\n').Select(TerminalText.Escape))).ConfigureAwait(false);
            return exception.ExitCode;
        }
        catch (OperationCanceledException) when (interruption.Token.IsCancellationRequested)
        {
            await error.WriteLineAsync("Interrupted.").ConfigureAwait(false);
            return ExitCodes.Interrupted;
        }
    }
}
