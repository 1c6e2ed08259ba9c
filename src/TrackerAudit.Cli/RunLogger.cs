using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;
using Serilog.Sinks.SystemConsole.Themes;

namespace TrackerAudit.Cli;

/// <summary>Serilog for a run: readable lines on the console for the person, structured JSON in the run folder.</summary>
internal static class RunLogger
{
    public const string FileName = RunFolderLayout.Log;

    public static Serilog.Core.Logger Create(string? runFolder, bool verbose)
    {
        var plain = Console.IsErrorRedirected || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        var configuration = new LoggerConfiguration()
            .MinimumLevel.Debug()
            // The console gets its own copy of each event, with site-supplied text escaped; the file keeps it raw.
            .WriteTo.Logger(console => console
                .Enrich.With<TerminalSafeProperties>()
                .WriteTo.Console(
                    restrictedToMinimumLevel: verbose ? LogEventLevel.Debug : LogEventLevel.Information,
                    outputTemplate: "{Timestamp:HH:mm:ss} {Level:u3} {Message:lj}{NewLine}{Exception}",
                    theme: plain ? ConsoleTheme.None : AnsiConsoleTheme.Code,
                    formatProvider: System.Globalization.CultureInfo.InvariantCulture,
                    // Logs go to stderr so that stdout carries only the summary a script may read.
                    standardErrorFromLevel: LogEventLevel.Verbose));
        if (runFolder is not null)
        {
            configuration = configuration.WriteTo.File(new CompactJsonFormatter(), Path.Combine(runFolder, FileName));
        }

        return configuration.CreateLogger();
    }
}
