using System.CommandLine;
using TrackerAudit.Browsing;
using TrackerAudit.Errors;

namespace TrackerAudit.Cli.Commands;

/// <summary><c>trackeraudit install-browser</c>: download Playwright's Chromium, or say how to get another.</summary>
internal static class InstallBrowserCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command("install-browser", "Download Playwright's Chromium (needs internet); explains the system-package alternative");
        command.SetAction(async _ =>
        {
            await output.WriteLineAsync("Installing Playwright's Chromium...").ConfigureAwait(false);
            var code = BrowserInstaller.InstallChromium();
            if (code == 0)
            {
                var found = new BrowserLocator().TryLocate(null);
                await output.WriteLineAsync($"Installed. TrackerAudit will use {found?.ExecutablePath ?? "Playwright's Chromium"}.").ConfigureAwait(false);
                return ExitCodes.Success;
            }

            await error.WriteLineAsync("Playwright could not download Chromium.").ConfigureAwait(false);
            await error.WriteLineAsync(BrowserInstaller.Alternatives).ConfigureAwait(false);
            return ExitCodes.AuditFailed;
        });
        return command;
    }
}
