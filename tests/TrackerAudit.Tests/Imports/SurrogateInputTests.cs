using Serilog.Core;
using TrackerAudit.Imports;
using TrackerAudit.Running;
using TrackerAudit.Tests.Support;
using TrackerAudit.Trackers;

namespace TrackerAudit.Tests.Imports;

/// <summary>
/// A lone UTF-16 surrogate escape (<c>"\ud800"</c>) is JSON that no .NET string can hold: wherever it stands in a
/// request file or a HAR, the entry holding it is listed (when its field is read) or passed over (when it is not),
/// and every other entry is decoded. Each case puts one surrogate form in one place of the middle entry of three.
/// </summary>
public sealed class SurrogateInputTests
{
    private const string Mark = "§";
    private const string U = "https://t.example/beacon";

    private static readonly string[] Forms = [@"\ud800", @"\udfff", @"\ud800\u0041", @"\udc00\ud800", @"\uDBFF"];

    private static readonly string Long = new('a', 100 * 1024);

    // Where the surrogate goes in a line of a request file, and the field it is listed under (null: a field not read).
    private static readonly (string Template, string? Field)[] Lines =
    [
        ("""{"url": "https://t.example/a§b"}""", "url"),
        ("""{"url": "U", "method": "GE§T"}""", "method"),
        ("""{"url": "U", "headers": {"x-§": "v"}}""", "headers (a name)"),
        ("""{"url": "U", "headers": {"x-a": "v§"}}""", "headers.x-a"),
        ("""{"url": "U", "headers": [{"name": "x§", "value": "v"}]}""", "headers[].name"),
        ("""{"url": "U", "headers": [{"name": "x", "value": "§"}]}""", "headers[].value"),
        ("""{"url": "U", "postData": {"text": "a=§"}}""", "postData.text"),
        ("""{"url": "U", "postData": {"text": "a=1", "encoding": "§"}}""", "postData.encoding"),
        ("""{"url": "U", "body": "§"}""", "body"),
        ("""{"url": "U", "source": "§.har"}""", "source"),
        ("""{"url": "U", "startedDateTime": "2025§"}""", "startedDateTime"),
        ("""{"url": "U", "time": "§"}""", "time"),
        ("""{"url": "U", "pageUrl": "https://p.example/§"}""", "pageUrl"),
        ("""{"url": "U", "_resourceType": "§"}""", "_resourceType"),
        ("""{"url": "U", "resourceType": "§"}""", "resourceType"),
        ("""{"url": "U", "body": "LONG§LONG"}""", "body"),
        ("""{"url": "U", "extra": "§"}""", null),
        ("""{"url": "U", "extra": {"deep": [{"deeper": "§"}]}}""", null),
        ("""{"url": "U", "§": 1}""", null),
        ("""{"url": "U", "extra": "LONG§LONG"}""", null),
    ];

    // The same for an entry of a HAR file.
    private static readonly (string Template, string? Field)[] Entries =
    [
        (Entry(url: "https://t.example/§"), "request.url"),
        (Entry(method: "G§"), "request.method"),
        (Entry(request: """, "headers": [{"name": "x§", "value": "v"}]"""), "request.headers[].name"),
        (Entry(request: """, "headers": [{"name": "x", "value": "§"}]"""), "request.headers[].value"),
        (Entry(request: """, "cookies": [{"name": "c§", "value": "v"}]"""), "request.cookies[].name"),
        (Entry(request: """, "cookies": [{"name": "c", "value": "§"}]"""), "request.cookies[].value"),
        (Entry(request: """, "postData": {"mimeType": "text/plain", "text": "a=§"}"""), "request.postData.text"),
        (Entry(request: """, "postData": {"text": "a=1", "encoding": "§"}"""), "request.postData.encoding"),
        (Entry(request: """, "postData": {"text": "LONG§LONG"}"""), "request.postData.text"),
        (Entry(started: "2025-05-02§"), "startedDateTime"),
        (Entry(entry: """, "pageref": "§" """), "pageref"),
        (Entry(entry: """, "_resourceType": "§" """), "_resourceType"),
        (Entry(entry: """, "_pageUrl": "§" """), "_pageUrl"),
        (Entry(entry: """, "_frameUrl": "§" """), "_frameUrl"),
        (Entry(response: """, "_error": "net::§" """), "response._error"),
        (Entry(response: """, "content": {"size": 1, "text": "§"}"""), null),
        (Entry(response: """, "content": {"text": "LONG§LONG"}"""), null),
        (Entry(request: """, "queryString": [{"name": "q", "value": "§"}]"""), null),
        (Entry(entry: """, "comment": "§" """), null),
    ];

    private TempFolder _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = new TempFolder();

    [TearDown]
    public void DeleteFolder() => _folder.Dispose();

    public static IEnumerable<TestCaseData> LineCases() =>
        from line in Lines
        from form in Forms
        select new TestCaseData(line.Template, form, line.Field).SetArgDisplayNames(line.Field ?? "unread field", Shown(line.Template), form);

    public static IEnumerable<TestCaseData> EntryCases() =>
        from entry in Entries
        from form in Forms.Take(3)
        select new TestCaseData(entry.Template, form, entry.Field).SetArgDisplayNames(entry.Field ?? "unread field", Shown(entry.Template), form);

    [TestCaseSource(nameof(LineCases))]
    public void A_lone_surrogate_in_a_request_file_line_is_listed_or_passed_over_never_a_crash(string template, string form, string? field)
    {
        var bad = Fill(template, form);
        var file = _folder.Write("s.jsonl", RequestFileProblemTests.Line(0) + "\n" + bad + "\n" + RequestFileProblemTests.Line(2) + "\n");

        var run = Decode(RequestLinesInput.Open(file));

        Check(run, field, expectedLine: 2);
    }

    [TestCaseSource(nameof(EntryCases))]
    public void A_lone_surrogate_in_a_HAR_entry_is_listed_or_passed_over_never_a_crash(string template, string form, string? field)
    {
        var file = _folder.Write("s.har", RequestFileProblemTests.Har(
            RequestFileProblemTests.HarEntry(RequestFileProblemTests.Url(0)), Fill(template, form), RequestFileProblemTests.HarEntry(RequestFileProblemTests.Url(2))));

        var run = Decode(HarInput.Open(file));

        Check(run, field, expectedLine: 3);
        if (field is not null)
        {
            Assert.That(run.InputProblems!.Single().Entry, Is.EqualTo(2));
        }
    }

    [Test]
    public void A_lone_surrogate_in_a_page_title_names_no_page_and_loses_no_entry()
    {
        var har = RequestFileProblemTests.Har(RequestFileProblemTests.HarEntry(RequestFileProblemTests.Url(0)))
            .Replace("\"entries\"", "\"pages\": [{\"id\": \"page_1\", \"title\": \"https://p.example/\\ud800\"}], \"entries\"", StringComparison.Ordinal);
        var file = _folder.Write("page.har", har);

        var run = Decode(HarInput.Open(file));

        Assert.That(run.Requests, Has.Count.EqualTo(1));
        Assert.That(run.InputProblems, Is.Null);
    }

    [Test]
    public void A_valid_surrogate_pair_is_read_as_the_character_it_encodes()
    {
        var file = _folder.Write("pair.jsonl", """{"url": "https://t.example/\ud83d\ude00", "body": "LONG\ud83d\ude00"}""".Replace("LONG", Long, StringComparison.Ordinal) + "\n");

        var run = DecodeRun.Decode(RequestLinesInput.Open(file), 1, DecodeOptions.None, TrackerRegistry.Catalogue(), Logger.None, CancellationToken.None);
        var request = run.Requests.Single();

        Assert.That(request.Url, Is.EqualTo("https://t.example/\U0001F600"));
        Assert.That(request.BodySize, Is.EqualTo(Long.Length + 4), "the long body was streamed and unescaped: 4 UTF-8 bytes for the pair");
        DecodeRun.Release(run);
    }

    private static void Check(JourneyRun run, string? field, long expectedLine)
    {
        if (field is null)
        {
            Assert.That(run.InputProblems, Is.Null, "the field is never read, so the entry is whole");
            Assert.That(run.Requests, Has.Count.EqualTo(3));
            return;
        }

        var problem = run.InputProblems!.Single();
        Assert.Multiple(() =>
        {
            Assert.That(run.Requests.Select(request => request.Url), Is.EqualTo(new[] { RequestFileProblemTests.Url(0), RequestFileProblemTests.Url(2) }));
            Assert.That(run.Requests.Select(request => request.Id), Is.EqualTo(new[] { 1L, 2L }));
            Assert.That(problem.Field, Is.EqualTo(field));
            Assert.That(problem.Line, Is.EqualTo(expectedLine));
            Assert.That(problem.Reason, Does.Match(@"^holds a lone UTF-16 surrogate escape \(\\u[0-9A-F]{4}\) at byte \d+, which is not text$"));
        });
    }

    private JourneyRun Decode(DecodeInput input)
    {
        var run = DecodeRun.Decode(input, 1, DecodeOptions.None, TrackerRegistry.Catalogue(), Logger.None, CancellationToken.None, Path.Combine(_folder.Path, "run"));
        var copy = run with { Requests = [.. run.Requests] };
        DecodeRun.Release(run);
        Assert.That(Directory.Exists(Path.Combine(_folder.Path, "run", "bodies")), Is.False, "no body is kept, and nothing half-read is left");
        return copy;
    }

    private static string Fill(string template, string form) =>
        template.Replace("\"U\"", "\"" + U + "\"", StringComparison.Ordinal).Replace("LONG", Long, StringComparison.Ordinal).Replace(Mark, form, StringComparison.Ordinal);

    private static string Shown(string template) => template.Replace("LONG", "<100 KB>", StringComparison.Ordinal);

    private static string Entry(string url = U, string method = "GET", string started = "2025-05-02T12:00:00Z", string request = "", string response = "", string entry = "") =>
        "{\"startedDateTime\": \"" + started + "\", \"request\": {\"method\": \"" + method + "\", \"url\": \"" + url + "\"" + request + "}, \"response\": {\"status\": 200" + response + "}" + entry + "}";
}
