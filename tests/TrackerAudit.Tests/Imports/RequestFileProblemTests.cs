using System.CommandLine;
using System.Globalization;
using System.Text;
using Serilog.Core;
using TrackerAudit.Cli.Commands;
using TrackerAudit.Errors;
using TrackerAudit.Imports;
using TrackerAudit.Reports;
using TrackerAudit.Running;
using TrackerAudit.Tests.Cli;
using TrackerAudit.Tests.Support;
using TrackerAudit.Trackers;

namespace TrackerAudit.Tests.Imports;

/// <summary>One bad entry of a request file or HAR never loses the others: it is listed, with where and why.</summary>
[NonParallelizable]
public sealed class RequestFileProblemTests
{
    private TempFolder _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = new TempFolder();

    [TearDown]
    public void DeleteFolder() => _folder.Dispose();

    private string Output => Path.Combine(_folder.Path, "reports");

    private string RunFolder => Path.Combine(_folder.Path, "run");

    [Test]
    public void A_10000_line_file_with_no_url_on_line_32_decodes_the_9999_others_and_lists_line_32()
    {
        var file = _folder.Write("ten-thousand.jsonl", Lines(10_000, badLine: 32));

        var run = Decode(RequestLinesInput.Open(file));

        Assert.Multiple(() =>
        {
            Assert.That(run.Status, Is.EqualTo(JourneyStatus.Completed));
            Assert.That(run.Requests, Has.Count.EqualTo(9_999));
            Assert.That(run.Requests.Select(request => request.Id), Is.EqualTo(Enumerable.Range(1, 9_999).Select(id => (long)id)), "ids stay consecutive");
            Assert.That(run.Requests.Select(request => request.Url).Where(url => url.EndsWith("/31", StringComparison.Ordinal)), Is.Empty, "line 32 is the 32nd request (0-based 31)");
            Assert.That(run.TrackerRequests, Has.Count.EqualTo(9_999));
            Assert.That(run.InputProblemCount, Is.EqualTo(1));
            Assert.That(run.InputProblems, Is.EqualTo(new[]
            {
                new InputProblem { File = file, Entry = 32, Line = 32, Column = 1, Field = "url", Reason = "the request has no 'url'" },
            }));
        });
    }

    [Test]
    public void Strict_the_same_file_stops_at_line_32()
    {
        var file = _folder.Write("ten-thousand.jsonl", Lines(10_000, badLine: 32));

        var run = Decode(RequestLinesInput.Open(file), strict: true);

        Assert.Multiple(() =>
        {
            Assert.That(run.Status, Is.EqualTo(JourneyStatus.Failed));
            Assert.That(run.Requests, Has.Count.EqualTo(31));
            Assert.That(run.Error, Does.Contain("(line 32, column 1): url: the request has no 'url'"));
        });
    }

    [TestCase("https://a\\u0000b.example/", "the URL holds a NUL character (U+0000) at character 10")]
    [TestCase("https://a\\u202eb.example/", "the URL holds a bidirectional-formatting character (U+202E) at character 10")]
    [TestCase("https://a\u202Eb.example/", "the URL holds a bidirectional-formatting character (U+202E) at character 10")]
    [TestCase("https://a\\u001b[2Jb.example/", "the URL holds a control character (U+001B) at character 10")]
    [TestCase("https://", "the URL is not an absolute URL (a scheme and a host, as in https://example.org/)")]
    [TestCase("https:///path", "the URL is not an absolute URL (a scheme and a host, as in https://example.org/)")]
    [TestCase("", "the URL is empty")]
    public void A_request_file_line_whose_URL_cannot_be_sent_is_listed_and_the_next_lines_are_read(string url, string reason)
    {
        var file = _folder.Write("hosts.jsonl", Line(0) + "\n{\"url\": \"" + url + "\"}\n" + Line(2) + "\n");

        var run = Decode(RequestLinesInput.Open(file));

        Assert.That(run.Requests.Select(request => request.Url), Is.EqualTo(new[] { Url(0), Url(2) }));
        Assert.That(run.InputProblems!.Single(), Is.EqualTo(new InputProblem { File = file, Entry = 2, Line = 2, Column = 1, Field = "url", Reason = reason }));
    }

    [TestCase("https://a\\u0000b.example/", "the URL holds a NUL character (U+0000) at character 10")]
    [TestCase("https://a\\u202eb.example/", "the URL holds a bidirectional-formatting character (U+202E) at character 10")]
    [TestCase("https://", "the URL is not an absolute URL (a scheme and a host, as in https://example.org/)")]
    public void A_HAR_entry_whose_URL_cannot_be_sent_is_listed_by_entry_and_the_next_entries_are_read(string url, string reason)
    {
        var file = _folder.Write("hosts.har", Har(HarEntry(Url(0)), HarEntry(url), HarEntry(Url(2))));

        var run = Decode(HarInput.Open(file));

        Assert.That(run.Requests.Select(request => (request.Id, request.Url)), Is.EqualTo(new[] { (1L, Url(0)), (2L, Url(2)) }));
        var problem = run.InputProblems!.Single();
        Assert.That((problem.Entry, problem.Line, problem.Field, problem.Reason), Is.EqualTo(((long?)2, (long?)3, "request.url", reason)));
    }

    [Test]
    public void HAR_entries_of_the_wrong_shape_are_listed_and_the_others_read()
    {
        var file = _folder.Write("shapes.har", Har(
            HarEntry(Url(0)),
            "42",
            "[1, 2]",
            """{"startedDateTime": "2025-05-02T12:00:00Z", "request": {"method": "GET", "url": 7}}""",
            """{"startedDateTime": "yesterday", "request": {"method": "GET", "url": "https://t.example/x"}}""",
            """{"request": {"method": "GET", "url": "https://t.example/x", "headers": "none"}, "startedDateTime": "2025-05-02T12:00:00Z"}""",
            HarEntry(Url(6))));

        var run = Decode(HarInput.Open(file));

        Assert.Multiple(() =>
        {
            Assert.That(run.Requests.Select(request => (request.Id, request.Url)), Is.EqualTo(new[] { (1L, Url(0)), (2L, Url(6)) }));
            Assert.That(run.InputProblems!.Select(problem => (problem.Entry, problem.Field)), Is.EqualTo(new (long?, string?)[]
            {
                (2, null), (3, null), (4, "request.url"), (5, "startedDateTime"), (6, null),
            }));
            Assert.That(run.InputProblems!.Select(problem => problem.Reason), Is.EqualTo(new[]
            {
                "an entry is a number, not an object",
                "an entry is an array, not an object",
                "is a number, not a string",
                "entry 5: startedDateTime 'yesterday' is not a date",
                "request.headers is a string, not an array",
            }));
        });
    }

    [Test]
    public void JSON_broken_in_the_middle_of_a_HAR_keeps_the_entries_before_it_and_lists_where()
    {
        var text = Har(HarEntry(Url(0)), HarEntry(Url(1)));
        var file = _folder.Write("cut.har", text[..(text.Length - 40)]);

        var run = Decode(HarInput.Open(file));

        Assert.Multiple(() =>
        {
            Assert.That(run.Status, Is.EqualTo(JourneyStatus.Failed));
            Assert.That(run.Requests.Select(request => request.Url), Is.EqualTo(new[] { Url(0) }));
            Assert.That(run.InputProblems!.Single().Reason, Does.StartWith("reading stopped here: "));
        });
    }

    [Test]
    public void A_line_of_invalid_JSON_is_skipped_to_its_end_and_the_next_line_is_read()
    {
        var file = _folder.Write("garbage.jsonl", Line(0) + "\n{\"url\": x, \"more\": [1,2\n<html>\n" + Line(3) + "   trailing\n" + Line(4) + "\n");

        var run = Decode(RequestLinesInput.Open(file));

        Assert.Multiple(() =>
        {
            Assert.That(run.Requests.Select(request => request.Url), Is.EqualTo(new[] { Url(0), Url(3), Url(4) }));
            Assert.That(run.InputProblems!.Select(problem => problem.Line), Is.EqualTo(new long?[] { 2, 3, 4 }));
            Assert.That(run.InputProblems!.Select(problem => problem.Reason), Has.All.Not.Contains(" at "), "no stack trace");
        });
    }

    [Test]
    public void More_than_a_thousand_problems_are_counted_and_the_first_thousand_listed()
    {
        var text = new StringBuilder();
        for (var i = 0; i < 1_500; i++)
        {
            text.Append("{\"method\": \"GET\"}\n").Append(Line(i)).Append('\n');
        }

        var run = Decode(RequestLinesInput.Open(_folder.Write("many.jsonl", text.ToString())));

        Assert.That((run.Requests.Count, run.InputProblemCount, run.InputProblems!.Count), Is.EqualTo((1_500, (long?)1_500, JourneyRun.InputProblemLimit)));
    }

    [Test]
    public void Reading_stops_at_the_entry_limit_and_says_so()
    {
        var file = _folder.Write("limit.jsonl", Lines(20, badLine: 0));

        var run = Decode(RequestLinesInput.Open(file), limits: new DecodeLimits { MaxEntries = 5 });

        Assert.That(run.Requests, Has.Count.EqualTo(5));
        Assert.That(run.InputProblems!.Single().Reason, Is.EqualTo("reading stopped at request 6: an input holds at most 5 requests"));
    }

    [Test]
    public async Task An_empty_request_file_exits_2_saying_there_is_nothing_to_decode()
    {
        var file = _folder.Write("empty.jsonl", "");

        var result = await CliResult.RunAsync("decode", file, "--output", Output);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
            Assert.That(result.Output, Does.Contain("empty.jsonl: there is nothing to decode: the input holds no requests"));
            Assert.That(File.Exists(Path.Combine(Directory.GetDirectories(Output).Single(), "SHA256SUMS")), Is.True, "the report is still written and sealed");
        });
    }

    [Test]
    public async Task A_partly_read_file_is_reported_in_report_json_and_report_md_and_exits_2()
    {
        var file = _folder.Write("partly.jsonl", Lines(5, badLine: 3));

        var result = await CliResult.RunAsync("decode", file, "--output", Output);

        var folder = Directory.GetDirectories(Output).Single();
        var run = JsonReportWriter.Read(Path.Combine(folder, JsonReportWriter.FileName)).Journeys.Single();
        var markdown = await File.ReadAllTextAsync(Path.Combine(folder, "report.md"));
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
            Assert.That(result.Output, Does.Contain("partly.jsonl: 1 problem, partly read: 4 requests decoded, the bad entries skipped:"));
            Assert.That(result.Output, Does.Contain("partly.jsonl line 3, column 1: url: the request has no 'url'"));
            Assert.That(run.Requests, Has.Count.EqualTo(4));
            Assert.That(run.InputProblems!.Single().Line, Is.EqualTo(3));
            Assert.That(markdown, Does.Contain("⚠️ partly read: 1 input problem").And.Contain("partly.jsonl line 3, column 1: url: the request has no 'url'"));
        });
    }

    [Test]
    public async Task Strict_stops_at_the_first_bad_line_and_exits_2()
    {
        var file = _folder.Write("partly.jsonl", Lines(5, badLine: 3));

        var result = await CliResult.RunAsync("decode", file, "--output", Output, "--strict");

        var run = JsonReportWriter.Read(Path.Combine(Directory.GetDirectories(Output).Single(), JsonReportWriter.FileName)).Journeys.Single();
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
            Assert.That(result.Error, Does.Contain("(line 3, column 1): url: the request has no 'url'"));
            Assert.That(run.Requests, Has.Count.EqualTo(2));
            Assert.That(run.Status, Is.EqualTo(JourneyStatus.Failed));
        });
    }

    [Test]
    public void Strict_a_bad_URL_on_standard_input_stops_before_anything_is_written()
    {
        using var stdin = new StringReader(Url(0) + "\nhttps://\n");
        var root = new RootCommand { DecodeCommand.Create(TextWriter.Null, stdin) };

        var error = Assert.ThrowsAsync<TrackerAuditException>(() => root.Parse(["decode", "-", "--output", Output, "--strict"]).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }));

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(error.Message, Is.EqualTo("decode: standard input line 2: 'https://' is not an absolute http(s) URL"));
        Assert.That(Directory.Exists(Output), Is.False);
    }

    [Test]
    public async Task Lenient_bad_URLs_on_standard_input_are_listed_and_the_good_ones_decoded()
    {
        using var output = new StringWriter();
        using var stdin = new StringReader(Url(0) + "\nhttps://\nhttps://a\u0000b.example/\n" + Url(3) + "\n");
        var root = new RootCommand { DecodeCommand.Create(output, stdin) };

        var exitCode = await root.Parse(["decode", "-", "--output", Output]).InvokeAsync();

        var run = JsonReportWriter.Read(Path.Combine(Directory.GetDirectories(Output).Single(), JsonReportWriter.FileName)).Journeys.Single();
        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(ExitCodes.InvalidInput));
            Assert.That(run.Requests.Select(request => request.Url), Is.EqualTo(new[] { Url(0), Url(3) }));
            Assert.That(run.InputProblems!.Select(problem => problem.Line), Is.EqualTo(new long?[] { 2, 3 }));
            Assert.That(output.ToString(), Does.Contain("standard input line 3: url: the URL holds a NUL character (U+0000) at character 10"));
        });
    }

    private JourneyRun Decode(DecodeInput input, bool strict = false, DecodeLimits? limits = null)
    {
        var run = DecodeRun.Decode(input, 1, DecodeOptions.None, TrackerRegistry.Catalogue(), Logger.None, CancellationToken.None, RunFolder, strict, limits);
        var copy = run with { Requests = [.. run.Requests], TrackerRequests = [.. run.TrackerRequests] };
        DecodeRun.Release(run);
        return copy;
    }

    internal static string Url(int i) => string.Create(CultureInfo.InvariantCulture, $"https://www.facebook.com/tr/?id=1&ev=PageView&dl=https%3A%2F%2Fwww.example.org%2Fpage%2F{i}");

    internal static string Line(int i) => "{\"method\": \"GET\", \"url\": \"" + Url(i) + "\", \"headers\": {\"referer\": \"https://www.example.org/\"}}";

    private static string Lines(int count, int badLine)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            text.Append(i + 1 == badLine ? "{\"method\": \"GET\", \"headers\": {\"referer\": \"https://www.example.org/\"}}" : Line(i)).Append('\n');
        }

        return text.ToString();
    }

    internal static string HarEntry(string url) =>
        "{\"startedDateTime\": \"2025-05-02T12:00:00Z\", \"request\": {\"method\": \"GET\", \"url\": \"" + url + "\", \"headers\": []}, \"response\": {\"status\": 200}}";

    // One entry a line, so that an entry's line is its index + 2.
    internal static string Har(params string[] entries) =>
        "{\"log\": {\"version\": \"1.2\", \"entries\": [\n" + string.Join(",\n", entries) + "\n]}}\n";
}
