using System.CommandLine;
using System.Globalization;
using TrackerAudit.Running;
using TrackerAudit.Sharding;
using TrackerAudit.Trackers;

namespace TrackerAudit.Cli.Commands;

/// <summary><c>trackeraudit run</c>: audit journeys.</summary>
internal static class RunCommand
{
    public static Command Create(TextWriter output)
    {
        var paths = new Argument<string[]>("journeys")
        {
            Description = "Journey files, or folders searched for *.yaml and *.yml",
            Arity = ArgumentArity.OneOrMore,
        };
        var baseUrl = new Option<Uri?>("--base-url")
        {
            Description = "Base URL for journeys whose start and goto URLs are paths (overrides a journey's baseUrl)",
            CustomParser = result =>
            {
                var text = result.Tokens.Single().Value;
                if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
                {
                    return uri;
                }

                result.AddError($"--base-url: '{text}' is not an absolute http(s) URL");
                return null;
            },
        };
        var shard = new Option<string?>(Shard.OptionName)
        {
            Description = "Run only part i of n of the journeys (e.g. 2/5); every machine makes the same split, so n runs cover every journey once",
        };
        var sinkhole = new Option<bool>("--sinkhole")
        {
            Description = "Answer every request to known tracker endpoints locally: captured and decoded as sent, never delivered",
        };
        var replay = new Option<string[]>("--replay")
        {
            Description = "Replay HAR files with response bodies (repeatable; a folder gives its *.har, e.g. a run's archive/): pages are answered from them, "
                + "never from the network, their scripts run for real, tracker endpoints are answered locally, and every request no archive answers is listed",
        };
        var shared = new AuditCommandOptions();
        var command = new Command("run", "Audit journeys in Chromium and write a report folder") { paths, baseUrl, shard, sinkhole, replay };
        foreach (var option in shared.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parsed, cancellationToken) =>
        {
            var part = parsed.GetValue(shard) is { } text ? Shard.Parse(text) : null;
            var journeys = JourneyInput.LoadOrThrow(parsed.GetValue(paths)!);
            if (part is not null)
            {
                var selected = part.Select(journeys);
                await output.WriteLineAsync(selected.Count == 0
                    ? string.Create(CultureInfo.InvariantCulture, $"Shard {part}: none of the {journeys.Count} journeys falls in this part; the report will be empty.")
                    : string.Create(CultureInfo.InvariantCulture, $"Shard {part}: {selected.Count} of {journeys.Count} journeys ({string.Join(", ", selected.Select(journey => journey.Name))}).")).ConfigureAwait(false);
                journeys = selected;
            }

            return await AuditExecution.RunAsync(journeys, parsed, shared, output, (options, trackers) =>
            {
                options = options with { BaseUrl = parsed.GetValue(baseUrl) };
                if (parsed.GetValue(replay) is { Length: > 0 } archivePaths)
                {
                    var archives = ReplayArchive.OpenAll(archivePaths);
                    var start = archives.Select(archive => archive.StartUrl).FirstOrDefault(url => url.Length > 0);
                    return options with
                    {
                        Replay = archives,
                        // Journeys written with paths open the archived site, unless --base-url says otherwise.
                        BaseUrl = options.BaseUrl ?? (Uri.TryCreate(start, UriKind.Absolute, out var startUri) ? new Uri(startUri, "/") : null),
                        StandIns = Sinkhole.StandIns(trackers),
                        TrackerTraffic = $"replay of {string.Join(", ", archives.Select(archive => Path.GetFileName(archive.Path)))}: pages answered from the archive, tracker endpoints answered locally (nothing reached the network)",
                    };
                }

                return parsed.GetValue(sinkhole)
                    ? options with { StandIns = Sinkhole.StandIns(trackers), TrackerTraffic = Sinkhole.TrafficNote }
                    : options;
            }, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }
}
