using TrackerAudit.Cli;

namespace TrackerAudit.Tests.Cli;

/// <summary>What a command printed and its exit code.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error)
{
    public static async Task<CliResult> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error);
        return new CliResult(code, output.ToString(), error.ToString());
    }
}
