using TrackerAudit.Scanning;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Scanning;

public sealed class ScanUrlsTests
{
    [Test]
    public void Reads_one_URL_a_line_skipping_blank_lines_and_comments_and_assuming_https()
    {
        using var folder = new TempFolder();
        var file = folder.Write("sites.txt", "# police forces\n\nhttps://www.example.org/report\nexample.net   # no scheme\n  http://127.0.0.1:8080/  \nhttps://www.example.org/report\n");
        var problems = new List<LineProblem>();

        var urls = ScanUrls.Read(["https://first.example/"], [file], problems);

        Assert.Multiple(() =>
        {
            Assert.That(problems, Is.Empty);
            Assert.That(urls.Select(url => url.AbsoluteUri), Is.EqualTo(new[] { "https://first.example/", "https://www.example.org/report", "https://example.net/", "http://127.0.0.1:8080/" }));
        });
    }

    [Test]
    public void Every_bad_line_is_named_with_its_file_and_line()
    {
        using var folder = new TempFolder();
        var file = folder.Write("sites.txt", "https://ok.example/\nnot a url\nftp://files.example/\nhttps://\n");
        var problems = new List<LineProblem>();

        ScanUrls.Read([], [file], problems);

        Assert.That(problems.Select(problem => problem.ToString()), Is.EqualTo(new[]
        {
            $"{file}:2: 'not a url' is not a URL (expected e.g. https://www.example.org/ or example.org)",
            $"{file}:3: 'ftp://files.example/' is a ftp: URL; a scan opens http and https sites only",
            $"{file}:4: 'https://' is not a URL (expected e.g. https://www.example.org/ or example.org)",
        }));
    }

    [Test]
    public void A_missing_list_is_a_problem_at_line_0()
    {
        var problems = new List<LineProblem>();

        ScanUrls.Read([], ["/no/such/list.txt"], problems);

        Assert.That(problems.Single().ToString(), Is.EqualTo("/no/such/list.txt:0: no such file"));
    }
}
