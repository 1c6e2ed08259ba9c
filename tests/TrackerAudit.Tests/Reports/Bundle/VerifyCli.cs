using System.CommandLine;
using TrackerAudit.Cli.Commands;
using TrackerAudit.Errors;
using TrackerAudit.Tests.Cli;

namespace TrackerAudit.Tests.Reports.Bundle;

/// <summary>
/// Runs <c>trackeraudit verify</c> the way the CLI does (a user-facing exception becomes its exit
/// code) without depending on the command being registered in the CLI yet.
/// </summary>
internal static class VerifyCli
{
    public static async Task<CliResult> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var root = new RootCommand { VerifyCommand.Create(output) };
        int code;
        try
        {
            code = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (TrackerAuditException exception)
        {
            await error.WriteLineAsync(exception.Message);
            code = exception.ExitCode;
        }

        return new CliResult(code, output.ToString(), error.ToString());
    }
}
