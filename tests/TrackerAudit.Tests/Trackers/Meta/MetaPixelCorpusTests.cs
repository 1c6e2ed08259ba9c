using TrackerAudit.Tests.Support;
using TrackerAudit.Trackers.Meta;

namespace TrackerAudit.Tests.Trackers.Meta;

public sealed class MetaPixelCorpusTests
{
    [Test]
    public void Decodes_every_facebook_line_of_the_shared_corpus_with_its_pixel_id_and_event_name()
    {
        var decoder = new MetaPixelDecoder();
        var decoded = 0;
        foreach (var line in Corpus.All().Where(line => new Uri(line.Url).Host.EndsWith("facebook.com", StringComparison.Ordinal)))
        {
            var request = line.Request();
            Assert.That(decoder.CanDecode(request), Is.True, line.ToString());
            var result = decoder.Decode(request);
            Assert.That(result.Events, Is.Not.Empty, line.ToString());
            foreach (var trackerEvent in result.Events)
            {
                Assert.That(trackerEvent.AccountId, Is.Not.Null.And.Not.Empty, $"{line}: pixel id");
                Assert.That(trackerEvent.Name, Is.Not.Empty.And.Not.EqualTo("(no event name)"), $"{line}: event name");
            }

            decoded++;
        }

        // 10 in the edtech file, 57 in the nonprofit file.
        Assert.That(decoded, Is.EqualTo(67));
    }
}
