using System.Text.Json;
using TrackerAudit.Tests.Support;
using TrackerAudit.Trackers.Meta;

namespace TrackerAudit.Tests.Trackers.Meta;

public sealed class MetaPixelCorpusTests
{
    [Test]
    public void Decodes_every_facebook_line_of_the_shared_corpus()
    {
        var corpus = CorpusFile();
        if (corpus is null)
        {
            Assert.Ignore("Shared corpus not found (expected ../shared/corpus/edtech-tracker-requests.jsonl next to the repository); skipped.");
        }

        var decoder = new MetaPixelDecoder();
        var decoded = 0;
        var lineNumber = 0;
        foreach (var line in File.ReadLines(corpus))
        {
            lineNumber++;
            var url = JsonDocument.Parse(line).RootElement.GetProperty("url").GetString()!;
            if (!url.Contains("facebook.com", StringComparison.Ordinal))
            {
                continue;
            }

            var request = Requests.FromCorpusLine(line);
            Assert.That(decoder.CanDecode(request), Is.True, $"line {lineNumber}");
            var result = decoder.Decode(request);
            Assert.That(result.Events, Is.Not.Empty, $"line {lineNumber}");
            foreach (var trackerEvent in result.Events)
            {
                Assert.That(trackerEvent.AccountId, Is.Not.Null.And.Not.Empty, $"line {lineNumber}: pixel id");
                Assert.That(trackerEvent.Name, Is.Not.Empty.And.Not.EqualTo("(no event name)"), $"line {lineNumber}: event name");
            }

            decoded++;
        }

        Assert.That(decoded, Is.GreaterThan(0), "the corpus holds no facebook.com line");
    }

    private static string? CorpusFile()
    {
        var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "TrackerAudit.sln")))
        {
            directory = directory.Parent;
        }

        if (directory?.Parent is null)
        {
            return null;
        }

        var file = Path.Combine(directory.Parent.FullName, "shared", "corpus", "edtech-tracker-requests.jsonl");
        return File.Exists(file) ? file : null;
    }
}
