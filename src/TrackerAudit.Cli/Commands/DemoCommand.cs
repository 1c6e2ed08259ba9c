using System.CommandLine;
using TrackerAudit.Browsing;
using TrackerAudit.Demo;
using TrackerAudit.Errors;
using TrackerAudit.Journeys;

namespace TrackerAudit.Cli.Commands;

/// <summary>
/// <c>trackeraudit demo</c>: serves the bundled replica of a police force's crime-reporting site on
/// 127.0.0.1 and audits it with the bundled journeys. the trackers' hosts are answered locally.
/// </summary>
internal static class DemoCommand
{
    public static Command Create(TextWriter output)
    {
        var journeyPaths = new Option<string[]>("--journeys")
        {
            Description = "Audit the replica with these journey files or folders instead of the bundled ones",
            AllowMultipleArgumentsPerToken = true,
        };
        var withoutTrackers = new Option<bool>("--without-trackers", "--without-pixel")
        {
            Description = "Serve the replica with its trackers (Meta Pixel, Google tag, TikTok Pixel) removed: what the site should look like to an auditor",
        };
        var ignoreRefusal = new Option<bool>("--ignore-refusal")
        {
            Description = "Serve the replica with a broken cookie banner: after \"Reject all\" the trackers keep firing, and the report says so",
        };
        var shared = new AuditCommandOptions();
        var command = new Command("demo", "Audit the bundled replica of a police crime-reporting site that runs the Meta Pixel, Google Analytics 4 and the TikTok Pixel (offline)") { journeyPaths, withoutTrackers, ignoreRefusal };
        foreach (var option in shared.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parsed, cancellationToken) =>
        {
            var given = parsed.GetValue(journeyPaths);
            var journeys = given is { Length: > 0 } ? JourneyInput.LoadOrThrow(given) : LoadBundledJourneys();
            if (parsed.GetValue(shared.Connect) is null)
            {
                await EnsureBrowserAsync(parsed.GetValue(shared.Browser), output).ConfigureAwait(false);
            }

            await using var site = await DemoSite.StartAsync(new DemoSiteOptions { IncludeTrackers = !parsed.GetValue(withoutTrackers), RespectRefusal = !parsed.GetValue(ignoreRefusal) }, cancellationToken).ConfigureAwait(false);
            // Not an invitation to open it: outside the audit's routing its pages would load the trackers' real libraries.
            await output.WriteLineAsync($"Serving the replica site at {site.BaseUrl} for the audit; Meta's hosts are answered locally.").ConfigureAwait(false);
            return await AuditExecution.RunAsync(journeys, parsed, shared, output, (options, _) => options with
            {
                BaseUrl = site.BaseUrl,
                StandIns = DemoStandIns.Create(),
                TrackerTraffic = DemoStandIns.TrafficNote,
            }, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static IReadOnlyList<Journey> LoadBundledJourneys()
    {
        var journeys = new List<Journey>();
        var problems = new List<JourneyProblem>();
        foreach (var (name, yaml) in DemoSite.Journeys())
        {
            var result = JourneyLoader.Parse("journeys/demo/" + name, yaml);
            journeys.AddRange(result.Journeys);
            problems.AddRange(result.Problems);
        }

        return problems.Count > 0 ? throw TrackerAuditException.JourneyInvalid(problems) : journeys;
    }

    /// <summary>The demo must work on a fresh machine: when no browser is found, try Playwright's download once.</summary>
    private static async Task EnsureBrowserAsync(string? explicitPath, TextWriter output)
    {
        var locator = new BrowserLocator();
        if (explicitPath is not null || locator.TryLocate(null) is not null)
        {
            return;
        }

        await output.WriteLineAsync("No browser found: downloading Playwright's Chromium (once)...").ConfigureAwait(false);
        if (BrowserInstaller.InstallChromium() != 0)
        {
            await output.WriteLineAsync("The download failed. " + BrowserInstaller.Alternatives).ConfigureAwait(false);
        }
    }
}
