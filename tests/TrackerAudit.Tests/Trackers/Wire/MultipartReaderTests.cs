using TrackerAudit.Trackers.Wire;

namespace TrackerAudit.Tests.Trackers.Wire;

public sealed class MultipartReaderTests
{
    [TestCase("multipart/form-data; boundary=----WebKitFormBoundaryX", "----WebKitFormBoundaryX")]
    [TestCase("multipart/form-data; boundary=\"a b\"; charset=utf-8", "a b")]
    [TestCase("multipart/form-data;BOUNDARY=abc;x=1", "abc")]
    [TestCase("multipart/form-data", null)]
    [TestCase(null, null)]
    public void Reads_the_boundary_from_the_content_type(string? contentType, string? expected) =>
        Assert.That(MultipartReader.BoundaryFromContentType(contentType), Is.EqualTo(expected));

    [Test]
    public void Sniffs_the_boundary_of_a_body_without_headers() =>
        Assert.That(
            MultipartReader.SniffBoundary("--xyz\r\nContent-Disposition: form-data; name=\"id\"\r\n\r\n1\r\n--xyz--\r\n"),
            Is.EqualTo("xyz"));

    [TestCase("id=1&ev=PageView")]
    [TestCase("--not a boundary\r\n")]
    [TestCase("--xyz\r\nno disposition here")]
    public void Does_not_sniff_a_boundary_in_other_bodies(string body) =>
        Assert.That(MultipartReader.SniffBoundary(body), Is.Null);

    [Test]
    public void Reads_names_not_filenames_and_tolerates_bare_line_feeds()
    {
        const string body = "--b\nContent-Disposition: form-data; filename=\"f.txt\"; name=\"cd[a%22b]\"\nContent-Type: text/plain\n\nline 1\r\nline 2\n"
            + "--b\r\nContent-Disposition: form-data; name=\"ev\"\r\n\r\nLead\r\n--b--\r\n";
        var pairs = new List<KeyValuePair<string, string>>();
        var warnings = new List<string>();

        MultipartReader.Read(body, "b", pairs, warnings);

        Assert.Multiple(() =>
        {
            Assert.That(pairs, Is.EqualTo(new KeyValuePair<string, string>[] { new("cd[a\"b]", "line 1\r\nline 2"), new("ev", "Lead") }));
            Assert.That(warnings, Is.Empty);
        });
    }

    [Test]
    public void Warns_when_the_boundary_is_not_in_the_body()
    {
        var warnings = new List<string>();

        MultipartReader.Read("id=1", "zzz", [], warnings);

        Assert.That(warnings, Has.One.Contains("not found"));
    }
}
