using System.CommandLine;
using System.Globalization;
using TrackerAudit.Running;
using TrackerAudit.Sharding;
using TrackerAudit.Trackers;

namespace TrackerAudit.Cli.Commands;

/// <summary>The options of <c>run</c> and <c>scan</c> that say where traffic goes and which part runs: --shard, --sinkhole, --replay.</summary>
internal sealed class TrafficOptions
{
    public Option<string?> Shard { get; } = new(Sharding.Shard.OptionName)
    {
        Description = "Run only part i of n of the journeys (e.g. 2/5); every machine makes the same split, so n runs cover every journey once",
    };

    public Option<bool> Sinkhole { get; } = new("--sinkhole")
    {
        Description = "Answer every request to known tracker endpoints locally: captured and decoded as sent, never delivered",
    };

    public Option<string[]> Replay { get; } = new("--replay")
    {
        Description = "Replay HAR files with response bodies (repeatable; a folder gives its *.har, e.g. a run's archive/): pages are answered from them, "
            + "never from the network, their scripts run for real, tracker endpoints are answered locally, and every request no archive answers is listed",
    };

    public IEnumerable<Option> All => [Shard, Sinkhole, Replay];

    /// <summary>The journeys of this machine's --shard, saying which on <paramref name="output"/>; all of them without --shard.</summary>
    public async Task<IReadOnlyList<Journey>> SelectAsync(ParseResult parsed, IReadOnlyList<Journey> journeys, TextWriter output)
    {
        if (parsed.GetValue(Shard) is not { } text)
        {
            return journeys;
        }

        var part = Sharding.Shard.Parse(text);
        var selected = part.Select(journeys);
        await output.WriteLineAsync(selected.Count == 0
            ? string.Create(CultureInfo.InvariantCulture, $"Shard {part}: none of the {journeys.Count} journeys falls in this part; the report will be empty.")
            : string.Create(CultureInfo.InvariantCulture, $"Shard {part}: {selected.Count} of {journeys.Count} journeys ({string.Join(", ", selected.Select(journey => journey.Name))}).")).ConfigureAwait(false);
        return selected;
    }

    /// <summary>Replay archives or the sinkhole, when asked for.</summary>
    public AuditOptions Configure(ParseResult parsed, AuditOptions options, TrackerCatalogue trackers)
    {
        if (parsed.GetValue(Replay) is { Length: > 0 } archivePaths)
        {
            var archives = ReplayArchives.OpenAll(archivePaths);
            var start = archives.Select(archive => archive.StartUrl).FirstOrDefault(url => url.Length > 0);
            return options with
            {
                Replay = archives,
                // Journeys written with paths open the archived site, unless --base-url says otherwise.
                BaseUrl = options.BaseUrl ?? (Uri.TryCreate(start, UriKind.Absolute, out var startUri) ? new Uri(startUri, "/") : null),
                StandIns = Running.Sinkhole.StandIns(trackers),
                TrackerTraffic = $"replay of {string.Join(", ", archives.Select(archive => Path.GetFileName(archive.Path)))}: pages answered from the archive, tracker endpoints answered locally (nothing reached the network)",
            };
        }

        return parsed.GetValue(Sinkhole)
            ? options with { StandIns = Running.Sinkhole.StandIns(trackers), TrackerTraffic = Running.Sinkhole.TrafficNote }
            : options;
    }
}
