using TrackerAudit.Imports;
using TrackerAudit.Running;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Imports;

public sealed class DecodeSourcesTests
{
    private static readonly DateTimeOffset Now = new(2025, 5, 2, 12, 0, 0, TimeSpan.Zero);

    private const string Beacon = "https://www.facebook.com/tr/?id=1&ev=PageView&dl=https%3A%2F%2Fwww.example.org%2F";

    [Test]
    public void A_URL_argument_is_one_GET_request_in_a_journey_named_urls()
    {
        var input = DecodeSources.Resolve([Beacon], TextReader.Null, Now).Single();

        var request = input.Read(1).Single();
        Assert.That(input.Journey, Is.EqualTo("urls"));
        Assert.That(input.SourcePath, Is.EqualTo("command line"));
        Assert.That(input.StartUrl, Is.EqualTo(Beacon));
        Assert.That((request.Id, request.Method, request.Url, request.Time, request.Journey), Is.EqualTo((1L, "GET", Beacon, Now, "urls")));
    }

    [Test]
    public void A_dash_reads_URLs_from_standard_input_skipping_blank_lines_and_comments()
    {
        using var stdin = new StringReader("# beacons the source sent\n\n" + Beacon + "\n   \nhttps://www.facebook.com/tr/?id=1&ev=Lead\n");

        var input = DecodeSources.Resolve(["-"], stdin, Now).Single();

        Assert.That(input.Read(5).Select(request => (request.Id, request.Url)), Is.EqualTo(new[] { (5L, Beacon), (6L, "https://www.facebook.com/tr/?id=1&ev=Lead") }));
        Assert.That(input.SourcePath, Is.EqualTo("standard input"));
    }

    [Test]
    public void URLs_from_arguments_and_standard_input_make_one_input_after_the_HAR_files()
    {
        using var folder = new TempFolder();
        var har = folder.Write("chrome.har", ChromeHar.Text);
        using var stdin = new StringReader("https://www.facebook.com/tr/?id=2&ev=Lead\n");

        var inputs = DecodeSources.Resolve([Beacon, har, "-"], stdin, Now);

        Assert.That(inputs.Select(input => input.Journey), Is.EqualTo(new[] { "chrome.har", "urls" }));
        Assert.That(inputs[1].SourcePath, Is.EqualTo("command line and standard input"));
        Assert.That(inputs[1].Read(1).Select(request => request.Url), Is.EqualTo(new[] { Beacon, "https://www.facebook.com/tr/?id=2&ev=Lead" }));
    }

    [Test]
    public void Strict_a_line_that_is_not_a_URL_is_an_error_naming_its_line()
    {
        using var stdin = new StringReader(Beacon + "\nfacebook.com/tr?id=1\n");

        var error = Assert.Throws<FormatException>(() => DecodeSources.Resolve(["-"], stdin, Now, strict: true));

        Assert.That(error!.Message, Is.EqualTo("standard input line 2: 'facebook.com/tr?id=1' is not an absolute http(s) URL"));
    }

    [Test]
    public void A_line_that_is_not_a_URL_is_listed_with_its_line_and_the_others_are_kept()
    {
        using var stdin = new StringReader(Beacon + "\nfacebook.com/tr?id=1\nhttps://a\u202E.example/\nhttps://\n" + Beacon + "&ev=Lead\n");

        var input = DecodeSources.Resolve(["-"], stdin, Now).Single();

        Assert.Multiple(() =>
        {
            Assert.That(input.Read(1).Select(request => request.Url), Is.EqualTo(new[] { Beacon, Beacon + "&ev=Lead" }));
            Assert.That(input.Problems.Select(problem => (problem.File, problem.Line, problem.Field)), Is.EqualTo(new[]
            {
                ("standard input", (long?)2, "url"), ("standard input", 3, "url"), ("standard input", 4, "url"),
            }));
            Assert.That(input.Problems[1].Reason, Is.EqualTo("the URL holds a bidirectional-formatting character (U+202E) at character 10"));
        });
    }

    [Test]
    public void A_URL_argument_whose_host_holds_NUL_is_listed_not_decoded()
    {
        var input = DecodeSources.Resolve(["https://a\0b.example/", Beacon], TextReader.Null, Now).Single();

        Assert.That(input.Read(1).Select(request => request.Url), Is.EqualTo(new[] { Beacon }));
        Assert.That(input.Problems.Single(), Is.EqualTo(new InputProblem { File = "command line", Entry = 1, Field = "url", Reason = "the URL holds a NUL character (U+0000) at character 10" }));
    }

    [Test]
    public void Standard_input_without_URLs_is_an_error()
    {
        using var stdin = new StringReader("# nothing\n\n");

        Assert.Throws<FormatException>(() => DecodeSources.Resolve(["-"], stdin, Now));
    }

    [Test]
    public void An_input_that_is_neither_a_file_nor_a_URL_is_an_error()
    {
        var error = Assert.Throws<FileNotFoundException>(() => DecodeSources.Resolve(["no-such.har"], TextReader.Null, Now));

        Assert.That(error!.Message, Is.EqualTo("'no-such.har' is neither a HAR file nor an http(s) URL"));
    }

    [Test]
    public void A_HAR_file_broken_before_its_first_entry_is_refused_at_once()
    {
        using var folder = new TempFolder();
        var path = folder.Write("page.har", "<html>");

        var error = Assert.Throws<HarFormatException>(() => DecodeSources.Resolve([path], TextReader.Null, Now));

        Assert.That(error!.Position.Offset, Is.Zero);
    }
}
