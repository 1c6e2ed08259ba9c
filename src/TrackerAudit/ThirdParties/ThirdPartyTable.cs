using TrackerAudit.Capture;
using TrackerAudit.Findings;
using TrackerAudit.Running;

namespace TrackerAudit.ThirdParties;

/// <summary>
/// The third-party table of a journey run, made once when the run is complete and kept in
/// <see cref="JourneyRun.ThirdParties"/>: every host of another site than the start page's, with its company and
/// category from the lists, how many requests went to it and how many a tracker decoder read. Every report
/// (JSON, Markdown, HTML, console) shows these rows; <see cref="Top"/> and <see cref="Describe"/> are the one
/// way they are chosen and worded.
/// </summary>
internal static class ThirdPartyTable
{
    public static IReadOnlyList<ThirdPartyHost> Build(JourneyRun run, EntityCatalogue catalogue)
    {
        var firstParty = Sites.SiteOf(Sites.HostOf(run.StartUrl) ?? "");
        var decoded = new Dictionary<long, DecodedRequest>();
        foreach (var trackerRequest in run.TrackerRequests)
        {
            decoded.TryAdd(trackerRequest.RequestId, trackerRequest);
        }

        var hosts = new Dictionary<string, Tally>(StringComparer.OrdinalIgnoreCase);
        foreach (var request in run.Requests)
        {
            if (Host(request) is not { } host)
            {
                continue;
            }

            if (!hosts.TryGetValue(host, out var tally))
            {
                var site = Sites.SiteOf(host);
                if (string.Equals(site, firstParty, StringComparison.Ordinal))
                {
                    continue;
                }

                hosts[host] = tally = new Tally(site);
            }

            tally.Requests++;
            if (decoded.TryGetValue(request.Id, out var trackerRequest))
            {
                tally.Decoded += trackerRequest.Undecoded ? 0 : 1;
                tally.Trackers.Add(trackerRequest.TrackerId);
            }
        }

        return hosts
            .Select(pair => Row(pair.Key, pair.Value, catalogue.Identify(pair.Key)))
            .OrderByDescending(row => row.Requests)
            .ThenBy(row => row.Host, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The rows a short summary shows: trackers and named companies first, then by requests.</summary>
    public static IEnumerable<ThirdPartyHost> Top(IReadOnlyList<ThirdPartyHost> rows, int count) =>
        rows.OrderByDescending(row => row.DecodedRequests > 0)
            .ThenByDescending(row => row.Company is not null)
            .ThenByDescending(row => row.Requests)
            .ThenBy(row => row.Host, StringComparer.Ordinal)
            .Take(count);

    /// <summary>"Google Analytics (Google)", "Hotjar", or "unknown".</summary>
    public static string Who(ThirdPartyHost row) =>
        row.Company is null ? "unknown"
        : row.Service is null || string.Equals(row.Service, row.Company, StringComparison.Ordinal) ? row.Company
        : $"{row.Service} ({row.Company})";

    /// <summary>"2 of 3 decoded (meta-pixel)", or "not decoded".</summary>
    public static string Decoding(ThirdPartyHost row) =>
        row.DecodedRequests == 0 && row.Trackers.Count == 0 ? "not decoded"
        : FormattableString.Invariant($"{row.DecodedRequests} of {row.Requests} decoded ({string.Join(", ", row.Trackers)})");

    private static string? Host(CapturedRequest request)
    {
        if (!Uri.TryCreate(request.Url, UriKind.Absolute, out var uri) || uri.Host.Length == 0
            || uri.Scheme is not ("http" or "https" or "ws" or "wss"))
        {
            return null;
        }

        return uri.Host.ToLowerInvariant();
    }

    private static ThirdPartyHost Row(string host, Tally tally, ThirdPartyIdentity? identity) => new()
    {
        Host = host,
        Site = tally.Site,
        Company = identity?.Company,
        Service = identity?.Service,
        Category = identity?.Category,
        Categories = identity?.Categories ?? [],
        Lists = identity?.Lists ?? [],
        Requests = tally.Requests,
        DecodedRequests = tally.Decoded,
        Trackers = [.. tally.Trackers],
    };

    private sealed class Tally(string site)
    {
        public string Site { get; } = site;

        public int Requests { get; set; }

        public int Decoded { get; set; }

        public SortedSet<string> Trackers { get; } = new(StringComparer.Ordinal);
    }
}
