using Serilog.Core;
using TrackerAudit.Errors;
using TrackerAudit.Findings;
using TrackerAudit.Imports;
using TrackerAudit.Reports;
using TrackerAudit.Running;
using TrackerAudit.Tests.Cli;
using TrackerAudit.Tests.Support;
using TrackerAudit.Trackers;

namespace TrackerAudit.Tests.Imports;

[NonParallelizable]
public sealed class RequestLinesInputTests
{
    // Line 1 of the shared corpus's shape: a Meta Pixel PageView beacon, headers as an object.
    private const string PageView = """{"source": "site.har", "startedDateTime": "2023-11-15T21:20:08.857Z", "method": "GET", "url": "https://www.facebook.com/tr/?id=660763031035814&ev=PageView&dl=https%3A%2F%2Fwww.example.org%2Freport%2Ffraud%2F", "headers": {"referer": "https://www.example.org/report/fraud/"}}""";

    // HAR's list of headers, and a base64 body.
    private const string Post = """{"method": "post", "url": "https://www.facebook.com/tr/", "headers": [{"name": "Content-Type", "value": "application/x-www-form-urlencoded"}], "postData": {"encoding": "base64", "text": "aWQ9NjYwNzYzMDMxMDM1ODE0JmV2PUxlYWQ="}}""";

    private TempFolder _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = new TempFolder();

    [TearDown]
    public void DeleteFolder() => _folder.Dispose();

    private string Output => Path.Combine(_folder.Path, "reports");

    [Test]
    public void Each_line_becomes_a_request_with_its_headers_body_time_and_page()
    {
        var file = _folder.Write("two.jsonl", PageView + "\n\n" + Post + "\n");

        var input = RequestLinesInput.Open(file);
        var requests = input.Read(7).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(input.StartUrl, Is.EqualTo("https://www.example.org/report/fraud/"), "the first request's Referer");
            Assert.That(requests.Select(request => request.Id), Is.EqualTo(new[] { 7L, 8L }), "blank lines are skipped");
            Assert.That(requests[0].Time, Is.EqualTo(new DateTimeOffset(2023, 11, 15, 21, 20, 8, 857, TimeSpan.Zero)));
            Assert.That(requests[0].PageUrl, Is.EqualTo("https://www.example.org/report/fraud/"));
            Assert.That(requests[0].StepName, Is.EqualTo("site.har"));
            Assert.That(requests[1].Method, Is.EqualTo("POST"));
            Assert.That(requests[1].Header("content-type"), Is.EqualTo("application/x-www-form-urlencoded"));
            Assert.That(requests[1].BodyText, Is.EqualTo("id=660763031035814&ev=Lead"));
            Assert.That(TrackerDecoding.Decode(requests, TrackerRegistry.Catalogue(), Logger.None).SelectMany(d => d.Events).Select(e => e.Name), Is.EqualTo(new[] { "PageView", "Lead" }));
        });
    }

    [Test]
    public async Task The_shared_corpus_decodes_into_findings()
    {
        var corpus = RepoPaths.Shared is { } shared ? Path.Combine(shared, "corpus", "edtech-tracker-requests.jsonl") : null;
        if (corpus is null || !File.Exists(corpus))
        {
            Assert.Ignore("Shared corpus not found (expected ../shared/corpus/edtech-tracker-requests.jsonl next to the repository); skipped.");
        }

        var result = await CliResult.RunAsync("decode", corpus, "--output", Output);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.Error);
        var run = JsonReportWriter.Read(Path.Combine(Directory.GetDirectories(Output).Single(), JsonReportWriter.FileName)).Journeys.Single();
        var lines = File.ReadAllLines(corpus).Where(line => line.Length > 0).ToList();
        var direct = lines.Select((line, index) => Requests.FromCorpusLine(line) with { Id = index + 1 }).ToList();
        var expected = TrackerDecoding.Decode(direct, TrackerRegistry.Catalogue(), Logger.None);
        Assert.Multiple(() =>
        {
            Assert.That(run.Requests, Has.Count.EqualTo(33));
            Assert.That(run.TrackerRequests.Count(decoded => decoded.TrackerId == "meta-pixel" && !decoded.Undecoded), Is.EqualTo(10));
            Assert.That(run.TrackerRequests.SelectMany(d => d.Events).Select(e => e.Name), Is.EqualTo(expected.SelectMany(d => d.Events).Select(e => e.Name)));
            Assert.That(run.Findings.Select(finding => finding.AccountId), Does.Contain("660763031035814"), "line 2, the KIDS LOGIN click");
            Assert.That(run.Findings.Select(finding => finding.Category), Does.Contain(FindingCategory.PageAndBehaviour).And.Contain(FindingCategory.Identifier));
            Assert.That(result.Output, Does.Contain("Journey 'edtech-tracker-requests.jsonl'"));
        });
    }

    [Test]
    public async Task A_broken_line_is_listed_every_other_line_is_decoded_and_the_exit_code_is_2()
    {
        var file = _folder.Write("broken.jsonl", PageView + "\n" + Post + "\n{\"method\": \"GET\", \"url\": \n" + PageView + "\n");

        var result = await CliResult.RunAsync("decode", file, "--output", Output);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput), result.Error);
        Assert.That(result.Output, Does.Contain("broken.jsonl: 1 problem, partly read: 3 requests decoded").And.Contain("broken.jsonl line 3, column 26: the line ends before its JSON value does"));
        var run = JsonReportWriter.Read(Path.Combine(Directory.GetDirectories(Output).Single(), JsonReportWriter.FileName)).Journeys.Single();
        Assert.Multiple(() =>
        {
            Assert.That(run.Status, Is.EqualTo(JourneyStatus.Completed));
            Assert.That(run.Requests, Has.Count.EqualTo(3), "the lines before and after the broken one");
            Assert.That(run.InputProblemCount, Is.EqualTo(1));
            Assert.That(run.InputProblems!.Single().Line, Is.EqualTo(3));
        });
    }

    [Test]
    public async Task Strict_a_broken_line_exits_2_naming_it_and_keeps_the_lines_before_it()
    {
        var file = _folder.Write("broken.jsonl", PageView + "\n" + Post + "\n{\"method\": \"GET\", \"url\": \n" + PageView + "\n");

        var result = await CliResult.RunAsync("decode", file, "--output", Output, "--strict");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.Error, Does.Contain(file + " is not a readable request file (one JSON request a line): at byte ").And.Contain("(line 3, column"));
        var run = JsonReportWriter.Read(Path.Combine(Directory.GetDirectories(Output).Single(), JsonReportWriter.FileName)).Journeys.Single();
        Assert.Multiple(() =>
        {
            Assert.That(run.Status, Is.EqualTo(JourneyStatus.Failed));
            Assert.That(run.Requests, Has.Count.EqualTo(2), "the two lines before the broken one");
        });
    }

    [Test]
    public async Task A_line_without_a_web_url_is_listed_and_exits_2()
    {
        var file = _folder.Write("nourl.jsonl", "{\"method\": \"GET\", \"url\": \"ftp://example.org/\"}\n");

        var result = await CliResult.RunAsync("decode", file, "--output", Output);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
            Assert.That(result.Output, Does.Contain("nourl.jsonl line 1, column 1: url: the URL is a ftp: URL, not http(s)"));
            Assert.That(result.Output, Does.Contain("nothing could be decoded"));
        });
    }
}
