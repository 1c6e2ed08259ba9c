using TrackerAudit.Tests.Support;
using TrackerAudit.Trackers;

namespace TrackerAudit.Tests.Trackers;

/// <summary>What every tracker decoder promises, checked for every registered one over the whole shared corpus.</summary>
public sealed class TrackerContractTests
{
    // Hosts (and their subdomains) of corpus lines that no registered decoder reads yet. Each new decoder removes its hosts; when the
    // set is empty every corpus line of a known tracker is decoded, and it must stay so.
    private static readonly HashSet<string> NotYetDecoded = new(StringComparer.Ordinal)
    {
        "www.google-analytics.com", "analytics.google.com", "stats.g.doubleclick.net", "www.google.com",
        "googleads.g.doubleclick.net", "www.googleadservices.com", "td.doubleclick.net", "tr.snapchat.com",
        "bat.bing.com", "analytics.tiktok.com", "px.ads.linkedin.com", "t.co", "analytics.twitter.com",
        "in.hotjar.com", "smetrics.savethechildren.org", "track.hubspot.com", "fls.doubleclick.net",
    };

    [Test]
    public void Every_decoder_type_in_the_library_is_registered_once()
    {
        var registered = TrackerRegistry.Decoders.Select(decoder => decoder.GetType()).ToList();
        var declared = typeof(ITrackerDecoder).Assembly.GetTypes()
            .Where(type => typeof(ITrackerDecoder).IsAssignableFrom(type) && type is { IsInterface: false, IsAbstract: false })
            .ToList();

        Assert.That(registered, Is.Unique, "a decoder registered twice");
        Assert.That(declared.Except(registered).Select(type => type.FullName), Is.Empty, "decoders written but not registered in TrackerRegistry");
        Assert.That(TrackerRegistry.Ids, Is.Unique, "two trackers share an id");
    }

    [Test]
    public void Every_decoder_lives_in_its_own_folder_named_in_its_namespace()
    {
        foreach (var decoder in TrackerRegistry.Decoders)
        {
            var ns = decoder.GetType().Namespace!;
            Assert.That(ns, Does.StartWith("TrackerAudit.Trackers.").And.Not.EqualTo("TrackerAudit.Trackers.Wire"), decoder.GetType().Name);
        }

        Assert.That(TrackerRegistry.Decoders.Select(decoder => decoder.GetType().Namespace), Is.Unique, "two decoders in one folder");
    }

    [Test]
    public void Every_corpus_line_of_a_known_tracker_is_decoded_by_its_decoder_into_events_that_name_it()
    {
        var catalogue = TrackerRegistry.Catalogue();
        var claimed = 0;
        foreach (var line in Corpus.All())
        {
            var request = line.Request();
            var decoder = catalogue.Find(request);
            if (decoder is null)
            {
                var host = new Uri(request.Url).Host;
                Assert.That(NotYetDecoded.Any(known => host == known || host.EndsWith("." + known, StringComparison.Ordinal)), Is.True, $"no decoder reads {line}");
                continue;
            }

            claimed++;
            var result = TrackerCatalogue.Decode(decoder, request);
            Assert.That(result.Events, Is.Not.Empty, $"{decoder.Tracker.Id} decoded nothing from {line}: {string.Join("; ", result.Warnings)}");
            Assert.That(result.Warnings.Where(warning => warning.Contains("decoder failed", StringComparison.Ordinal)), Is.Empty, line.ToString());
            foreach (var trackerEvent in result.Events)
            {
                Assert.That(trackerEvent.Tracker, Is.EqualTo(decoder.Tracker), $"an event of {line} names another tracker");
                Assert.That(trackerEvent.RequestId, Is.EqualTo(request.Id), line.ToString());
                Assert.That(trackerEvent.Name, Is.Not.Empty, line.ToString());
            }
        }

        Assert.That(claimed, Is.GreaterThan(0));
    }

    [Test]
    public void Every_registered_decoder_reads_some_line_of_the_corpus_or_says_why_not()
    {
        var catalogue = TrackerRegistry.Catalogue();
        var seen = Corpus.All().Select(line => catalogue.Find(line.Request())?.Tracker.Id).OfType<string>().ToHashSet(StringComparer.Ordinal);

        Assert.That(TrackerRegistry.Ids.Except(seen).Except(WithoutCorpusLines), Is.Empty,
            "a decoder the corpus never exercises: add it to WithoutCorpusLines with a reference-based fixture test");
    }

    // Trackers that neither published investigation met; their tests use requests written from the reference.
    private static readonly HashSet<string> WithoutCorpusLines = new(StringComparer.Ordinal);

    [Test]
    public void A_decoder_that_throws_leaves_the_request_undecoded_with_the_reason()
    {
        var result = TrackerCatalogue.Decode(new ThrowingDecoder(), Requests.Get("https://tracker.example/collect"));

        Assert.That(result.Events, Is.Empty);
        Assert.That(result.Warnings.Single(), Does.Contain("Throwing decoder failed: InvalidOperationException"));
    }

    private sealed class ThrowingDecoder : ITrackerDecoder
    {
        public Tracker Tracker { get; } = new("throwing", "Throwing");

        public IReadOnlyList<string> EndpointHosts => [];

        public bool CanDecode(TrackerAudit.Capture.CapturedRequest request) => true;

        public DecodeResult Decode(TrackerAudit.Capture.CapturedRequest request) => throw new InvalidOperationException("boom");
    }
}
