using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using TrackerAudit.Errors;
using TrackerAudit.Journeys;
using TrackerAudit.Scanning;

namespace TrackerAudit.Cli.Commands;

/// <summary>
/// <c>trackeraudit scan</c>: audit sites without writing a journey. Each site gets a generated journey (scroll, type
/// canaries, follow seeded links), run like any written journey: same capture, decoding, findings and bundle.
/// </summary>
internal static class ScanCommand
{
    public const int DefaultPages = 3;

    public const double DefaultSiteTimeout = 180;

    public static Command Create(TextWriter output)
    {
        var urls = new Argument<string[]>("urls") { Description = "Sites to scan (https:// is assumed when no scheme is given)", Arity = ArgumentArity.ZeroOrMore };
        var urlFiles = new Option<string[]>("--urls")
        {
            Description = "A file of sites, one URL a line; blank lines and # comments skipped; a line that is not an http(s) URL stops the scan before it starts (exit 2, with file:line) (repeatable)",
            HelpName = "file",
            AllowMultipleArgumentsPerToken = false,
        };
        var pages = new Option<int>("--pages")
        {
            Description = "How many further pages of each site to visit, chosen from its links, those naming a sensitive word first (default 3, at most 50)",
            DefaultValueFactory = _ => DefaultPages,
        };
        var seed = new Option<int?>("--seed")
        {
            Description = "Seed of the choice of links: the same seed visits the same pages again (default: a new one, printed and recorded in each step's action)",
        };
        var sensitive = new Option<string[]>("--sensitive")
        {
            Description = "Another sensitive word or phrase, beyond the built-in list (repeatable)",
            HelpName = "word",
            AllowMultipleArgumentsPerToken = false,
        };
        var sensitiveLists = new Option<string[]>("--sensitive-list")
        {
            Description = "A file of further sensitive words, one a line, # comments (repeatable)",
            HelpName = "file",
            AllowMultipleArgumentsPerToken = false,
        };
        var saveJourneys = new Option<string?>("--save-journeys")
        {
            Description = "Also write each site's generated journey into this folder, as journey YAML that validate accepts and run runs again",
            HelpName = "dir",
        };
        var siteTimeout = new Option<double>("--site-timeout")
        {
            Description = "Seconds one site may take; then it is stopped, marked failed, and the scan goes on (default 180)",
            DefaultValueFactory = _ => DefaultSiteTimeout,
        };
        var traffic = new TrafficOptions();
        var shared = new AuditCommandOptions();
        var command = new Command("scan", "Audit sites without writing a journey: open, scroll, type canaries, follow links (generated journeys)")
        {
            urls, urlFiles, pages, seed, sensitive, sensitiveLists, saveJourneys, siteTimeout,
        };
        foreach (var option in traffic.All.Concat(shared.All))
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parsed, cancellationToken) =>
        {
            var problems = new List<LineProblem>();
            var sites = ScanUrls.Read(parsed.GetValue(urls) ?? [], parsed.GetValue(urlFiles) ?? [], problems);
            var words = SensitiveWords.All
                .Concat(parsed.GetValue(sensitive) ?? [])
                .Concat((parsed.GetValue(sensitiveLists) ?? []).SelectMany(file => ListFile.Read(file, problems).Select(entry => entry.Text)))
                .Where(word => word.Trim().Length > 0)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList();
            if (problems.Count > 0)
            {
                throw TrackerAuditException.InvalidOption(
                    "scan",
                    string.Create(CultureInfo.InvariantCulture, $"{problems.Count} line(s) of the lists cannot be used; nothing was scanned:") + Environment.NewLine
                    + string.Join(Environment.NewLine, problems.Select(problem => "  " + problem)));
            }

            if (sites.Count == 0)
            {
                throw TrackerAuditException.InvalidOption("scan", "no sites to scan: give URLs, or --urls FILE");
            }

            var pageCount = parsed.GetValue(pages);
            if (pageCount is < 0 or > StepKindReader.MaxFollowedPages)
            {
                throw TrackerAuditException.InvalidOption("--pages", string.Create(CultureInfo.InvariantCulture, $"must be from 0 to {StepKindReader.MaxFollowedPages}, not {pageCount}"));
            }

            var timeout = parsed.GetValue(siteTimeout);
            if (timeout <= 0 || double.IsNaN(timeout) || double.IsInfinity(timeout))
            {
                throw TrackerAuditException.InvalidOption("--site-timeout", "must be a positive number of seconds");
            }

            var chosenSeed = parsed.GetValue(seed) ?? RandomNumberGenerator.GetInt32(int.MaxValue);
            if (chosenSeed < 0)
            {
                throw TrackerAuditException.InvalidOption("--seed", "must be 0 or more");
            }

            var folder = parsed.GetValue(saveJourneys);
            var generationProblems = new List<string>();
            var generated = ScanJourneys.Generate(sites, new ScanSettings(pageCount, chosenSeed, words), folder, generationProblems);
            if (generationProblems.Count > 0)
            {
                throw TrackerAuditException.InvalidOption("scan", "some sites cannot be scanned; nothing was scanned:" + Environment.NewLine + string.Join(Environment.NewLine, generationProblems.Select(problem => "  " + problem)));
            }

            if (folder is not null)
            {
                Save(generated, folder);
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Wrote {generated.Count} journeys to {folder}")).ConfigureAwait(false);
            }

            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Scanning {sites.Count} sites, up to {pageCount} further pages each, seed {chosenSeed} (--seed {chosenSeed} visits the same pages again).")).ConfigureAwait(false);
            var journeys = await traffic.SelectAsync(parsed, generated.Select(scan => scan.Journey).ToList(), output).ConfigureAwait(false);
            return await AuditExecution.RunAsync(journeys, parsed, shared, output, (options, trackers) =>
                traffic.Configure(parsed, options with { JourneyTimeout = TimeSpan.FromSeconds(timeout) }, trackers), cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static void Save(IReadOnlyList<ScanJourney> journeys, string folder)
    {
        try
        {
            Directory.CreateDirectory(folder);
            foreach (var journey in journeys)
            {
                File.WriteAllText(Path.Combine(folder, journey.FileName), journey.Yaml);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw TrackerAuditException.InvalidOption("--save-journeys", $"cannot write to {folder}: {exception.Message}");
        }
    }
}
