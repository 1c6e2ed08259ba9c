using System.Text.Json;
using TrackerAudit.Errors;
using TrackerAudit.Reports;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Cli;

/// <summary>
/// One scan in real Chromium over local sites: a site with a form, sensitive and ordinary links and a fake tracker
/// beacon (answered by the sinkhole), an error page, a bot wall, an empty page, a port that refuses connections and
/// a server that never answers.
/// </summary>
[NonParallelizable]
public sealed class ScanCommandTests
{
    private const string Beacon = """
        <script>
          const send = (ev, extra) => { new Image().src = 'https://www.facebook.com/tr/?id=77&ev=' + ev + '&dl=' + encodeURIComponent(location.href) + (extra || ''); };
          send('PageView');
          document.addEventListener('change', e => send('Lead', '&cd[value]=' + encodeURIComponent(e.target.value)));
        </script>
        """;

    private static readonly Dictionary<string, string> Pages = new()
    {
        ["index.html"] = $$"""
            <!doctype html><title>Community help</title>
            <h1>Community help centre</h1><p>Advice and support for everyone in the borough, whatever you need.</p>
            <nav>
              <a href="/sexual-health.html">Sexual health clinic</a> <a href="/report.html">Report rape or sexual assault</a>
              <a href="/about.html">About</a> <a href="/news.html">News</a> <a href="/events.html">Events</a> <a href="/shop.html">Shop</a>
              <a href="https://elsewhere.example/debt">Debt advice elsewhere</a>
            </nav>
            <form action="/send" method="post">
              <label>Your e-mail <input type="email" name="email"></label>
              <label>Phone <input type="tel" name="phone"></label>
              <label>Full name <input name="fullname"></label>
              <label>Postcode <input name="postcode"></label>
              <input type="search" name="q">
              <textarea name="story"></textarea>
              <input type="hidden" name="token" value="keep">
              <input type="password" name="secret">
              <button>Send</button>
            </form>
            <script>document.querySelector('textarea').addEventListener('change', e => fetch('/save', { method: 'POST', body: e.target.value }));</script>
            {{Beacon}}
            """,
        ["sexual-health.html"] = $"<!doctype html><title>Sexual health</title><p>Our sexual health clinic is open on weekdays, no appointment needed.</p>{Beacon}",
        ["report.html"] = $"<!doctype html><title>Report</title><p>You can report rape or sexual assault to us in confidence, online or by phone.</p>{Beacon}",
        ["about.html"] = "<!doctype html><title>About</title><p>About the community help centre and its volunteers.</p>",
        ["news.html"] = "<!doctype html><title>News</title><p>News from the community help centre this month.</p>",
        ["events.html"] = "<!doctype html><title>Events</title><p>Events at the community help centre this season.</p>",
        ["shop.html"] = "<!doctype html><title>Shop</title><p>Books and leaflets from the community help centre.</p>",
        ["wall.html"] = "<!doctype html><title>Attention Required</title><p>Please verify you are human to continue.</p>",
        ["empty.html"] = "<!doctype html><title>Nothing</title><body></body>",
    };

    private FixtureSite _site = null!;
    private TempFolder _folder = null!;
    private CliResult _scan = null!;
    private RunReport _report = null!;
    private string _saved = null!;
    private string _dead = null!;
    private System.Net.Sockets.TcpListener _hanging = null!;
    private string _hung = null!;

    [OneTimeSetUp]
    public async Task ScanTheSites()
    {
        _site = await FixtureSite.StartAsync(Pages, "/save", "/send");
        _folder = new TempFolder();
        var list = _folder.Write("sites.txt", $"# local sites\n{_site.BaseUrl}\n{_site.BaseUrl}missing.html   # an error page\n\n{_site.BaseUrl}wall.html\n{_site.BaseUrl}empty.html\n");
        _saved = Path.Combine(_folder.Path, "journeys");
        _dead = $"http://127.0.0.1:{ClosedPort()}/";
        // A site that takes the connection and never answers: only --site-timeout ends its visit (the step timeout is set longer).
        _hanging = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        _hanging.Start();
        _hung = $"http://127.0.0.1:{((System.Net.IPEndPoint)_hanging.LocalEndpoint).Port}/";
        _scan = await CliResult.RunAsync(
            "scan", _dead, _hung, "--urls", list, "--pages", "3", "--seed", "7", "--sinkhole", "--save-journeys", _saved,
            "--site-timeout", "60", "--step-timeout", "300", "--workers", "2", "--no-screenshots", "--settle-quiet", "0.3",
            "--output", Path.Combine(_folder.Path, "scan"), "--browser", TestBrowser.Path);
        _report = JsonReportWriter.Read(Path.Combine(Directory.GetDirectories(Path.Combine(_folder.Path, "scan")).Single(), JsonReportWriter.FileName));
    }

    // A port nothing listens on (Chromium refuses well-known ports such as 1 itself, as unsafe, without trying them).
    private static int ClosedPort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    [OneTimeTearDown]
    public async Task StopTheSites()
    {
        await _site.DisposeAsync();
        _hanging.Stop();
        _hanging.Dispose();
        _folder.Dispose();
    }

    [Test]
    public void Every_site_has_its_outcome_and_a_site_not_seen_fails_the_scan_with_exit_3()
    {
        var outcomes = _report.Journeys.ToDictionary(run => run.StartUrl, run => run.Site!);
        var root = _site.BaseUrl.ToString();
        Assert.Multiple(() =>
        {
            Assert.That(_scan.ExitCode, Is.EqualTo(ExitCodes.AuditFailed), _scan.Output + _scan.Error);
            Assert.That(outcomes[root].Outcome, Is.EqualTo(SiteOutcomeKind.Completed), outcomes[root].Why);
            Assert.That(outcomes[root + "missing.html"], Has.Property(nameof(SiteOutcome.Outcome)).EqualTo(SiteOutcomeKind.Blocked).And.Property(nameof(SiteOutcome.Why)).Contains("HTTP 404 error page"));
            Assert.That(outcomes[root + "wall.html"], Has.Property(nameof(SiteOutcome.Outcome)).EqualTo(SiteOutcomeKind.Blocked).And.Property(nameof(SiteOutcome.Why)).Contains("bot wall: the words 'verify you are human'"));
            Assert.That(outcomes[root + "empty.html"], Has.Property(nameof(SiteOutcome.Outcome)).EqualTo(SiteOutcomeKind.Blocked).And.Property(nameof(SiteOutcome.Why)).Contains("empty page"));
            Assert.That(outcomes[_hung], Has.Property(nameof(SiteOutcome.Outcome)).EqualTo(SiteOutcomeKind.Failed).And.Property(nameof(SiteOutcome.Why)).StartsWith("ran out of time: stopped after 60 s"));
            Assert.That(outcomes[_dead], Has.Property(nameof(SiteOutcome.Outcome)).EqualTo(SiteOutcomeKind.Unreachable).And.Property(nameof(SiteOutcome.Why)).Contains("ERR_CONNECTION_REFUSED"));
        });
    }

    [Test]
    public void The_console_report_md_and_report_html_list_the_sites_and_never_call_a_site_not_seen_one_without_trackers()
    {
        var runFolder = Directory.GetDirectories(Path.Combine(_folder.Path, "scan")).Single();
        var markdown = File.ReadAllText(Path.Combine(runFolder, "report.md"));
        var html = File.ReadAllText(Path.Combine(runFolder, "report.html"));
        Assert.Multiple(() =>
        {
            Assert.That(_scan.Output, Does.Contain("Sites: 1 of 6 completed"));
            Assert.That(_scan.Output, Does.Contain($"UNREACHABLE {_dead}: 0 pages, trackers unknown (site not seen)"));
            Assert.That(_scan.Output, Does.Contain($"COMPLETED   {_site.BaseUrl}: 4 pages, trackers meta-pixel"));
            Assert.That(markdown, Does.Contain("### Sites scanned"));
            Assert.That(markdown, Does.Contain("| **unreachable** | 0 | unknown (site not seen) |"));
            Assert.That(html, Does.Contain("<section id=\"sites\"><h2>Sites scanned</h2>"));
            Assert.That(html, Does.Contain("<td class=\"outcome-unreachable\">unreachable</td><td>0</td><td>unknown (site not seen)</td>"));
        });
    }

    [Test]
    public void Canaries_are_typed_into_each_visible_input_by_kind_and_found_in_the_tracker_beacon()
    {
        var run = _report.Journeys.Single(run => run.StartUrl == _site.BaseUrl.ToString());
        var typed = run.Findings.Where(finding => finding.Category == FindingCategory.TypedData && finding.TrackerId == "meta-pixel").Select(finding => finding.Subject).ToHashSet();
        Assert.Multiple(() =>
        {
            Assert.That(run.TypedValues.Keys, Is.EquivalentTo(new[] { "canary.email", "canary.phone", "canary.name", "canary.postcode", "canary.search", "canary.text" }));
            Assert.That(run.TypedValues["canary.email"], Does.Match(@"^canary\.[0-9a-f]{10}@example\.org$"));
            Assert.That(run.TypedValues["canary.postcode"], Does.Match("^ZZ99 [0-9][A-Z]{2}$"));
            Assert.That(run.TypedValues.Keys.Select(label => $"the value you typed as '{label}'"), Is.SubsetOf(typed), "every canary reached the fake Meta beacon through the change event");
        });
    }

    [Test]
    public void A_submit_the_page_makes_itself_is_answered_locally_and_never_reaches_the_site()
    {
        var run = _report.Journeys.Single(run => run.StartUrl == _site.BaseUrl.ToString());
        var save = run.Requests.Single(request => request.Url.EndsWith("/save", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(save.Disposition, Is.EqualTo(RequestDisposition.Blocked));
            Assert.That(_site.Posts, Is.Empty);
        });
    }

    [Test]
    public void The_pages_visited_are_same_site_links_naming_sensitive_words_first_and_recorded_with_the_seed()
    {
        var run = _report.Journeys.Single(run => run.StartUrl == _site.BaseUrl.ToString());
        var follow = run.Steps.Single(step => step.Kind == "follow-links");
        var visited = follow.Pages!.Select(page => page.Url[_site.BaseUrl.ToString().Length..]).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(follow.Action, Does.Contain("seed 7"));
            Assert.That(visited.Take(2), Is.EquivalentTo(new[] { "sexual-health.html", "report.html" }));
            Assert.That(visited, Has.Count.EqualTo(3));
            Assert.That(new[] { "about.html", "news.html", "events.html", "shop.html" }, Does.Contain(visited[2]));
            Assert.That(follow.Pages!.Select(page => page.Sensitive), Is.EqualTo(new bool?[] { true, true, false }));
            Assert.That(run.Findings.Where(finding => finding.Category == FindingCategory.SensitiveContext).Select(finding => finding.Subject), Has.Some.Contains("'sexual health'"));
        });
    }

    [Test]
    public void The_browser_the_sites_saw_is_recorded()
    {
        var start = _report.Journeys.Single(run => run.StartUrl == _site.BaseUrl.ToString()).Site!.Pages[0];
        Assert.Multiple(() =>
        {
            Assert.That(start.Webdriver, Is.Not.Null);
            Assert.That(start.UserAgent, Does.Contain("Chrome/"));
            Assert.That(_report.Browser!.Headless, Is.True);
        });
    }

    [Test]
    public async Task Saved_journeys_validate_and_run_again_visiting_the_same_pages()
    {
        var validated = await CliResult.RunAsync("validate", _saved);
        var saved = Directory.GetFiles(_saved, "*.yaml").Single(file => File.ReadAllText(file).Contains($"start: {JsonSerializer.Serialize(_site.BaseUrl.ToString())}", StringComparison.Ordinal));
        var output = Path.Combine(_folder.Path, "rerun");

        var rerun = await CliResult.RunAsync("run", saved, "--sinkhole", "--no-screenshots", "--settle-quiet", "0.3", "--output", output, "--browser", TestBrowser.Path);

        var again = JsonReportWriter.Read(Path.Combine(Directory.GetDirectories(output).Single(), JsonReportWriter.FileName)).Journeys.Single();
        var first = _report.Journeys.Single(run => run.StartUrl == _site.BaseUrl.ToString());
        Assert.Multiple(() =>
        {
            Assert.That(validated.ExitCode, Is.EqualTo(ExitCodes.Success), validated.Output + validated.Error);
            Assert.That(Directory.GetFiles(_saved, "*.yaml"), Has.Length.EqualTo(6));
            Assert.That(rerun.ExitCode, Is.EqualTo(ExitCodes.Success), rerun.Output + rerun.Error);
            Assert.That(again.Site!.Outcome, Is.EqualTo(SiteOutcomeKind.Completed));
            Assert.That(again.Site.Pages.Select(page => page.Url), Is.EqualTo(first.Site!.Pages.Select(page => page.Url)));
        });
    }

    [Test]
    public async Task A_bad_line_in_the_URL_list_stops_the_scan_before_a_browser_starts_naming_file_and_line()
    {
        var list = _folder.Write("bad.txt", "https://ok.example/\n# fine\nnot a url\n");

        var result = await CliResult.RunAsync("scan", "--urls", list, "--output", Path.Combine(_folder.Path, "bad"));

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
            Assert.That(result.Error, Does.Contain($"{list}:3: 'not a url' is not a URL"));
            Assert.That(Directory.Exists(Path.Combine(_folder.Path, "bad")), Is.False);
        });
    }
}
