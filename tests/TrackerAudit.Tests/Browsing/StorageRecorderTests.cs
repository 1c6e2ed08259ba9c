using System.Text;
using Microsoft.AspNetCore.Http;
using Serilog;
using TrackerAudit.Hosting;
using TrackerAudit.Reports;
using TrackerAudit.Running;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Browsing;

/// <summary>
/// Cookies set three ways (a response's Set-Cookie, a script's document.cookie, the journey) and web storage and
/// IndexedDB, read after each step in real Chromium: names, attributes, sizes and who set them, never values.
/// </summary>
[NonParallelizable]
public sealed class StorageRecorderTests
{
    private const string GaValue = "GA1.1.987654321.1700000000";
    private const string ChoiceValue = "rejected-everything";

    private const string Page = """
        <!doctype html><html><head><title>Storage shop</title><script src="/analytics.js"></script></head><body>
        <p id="ready"></p><button id="login" onclick="fetch('/login', { method: 'POST' }).then(() => { document.getElementById('done').textContent = 'in'; })">Log in</button>
        <p id="done"></p>
        <script>
          localStorage.setItem('consent-choice', 'CHOICE');
          sessionStorage.setItem('tab', '1');
          const open = indexedDB.open('tracker-db', 1);
          open.onupgradeneeded = () => open.result.createObjectStore('events');
          open.onsuccess = () => { document.getElementById('ready').textContent = 'ready'; };
        </script>
        </body></html>
        """;

    private const string Analytics = "document.cookie = '_ga=GAVALUE; max-age=3600; path=/; SameSite=Lax';";

    private const string Journey = """
        name: Storage
        start: /
        cookies:
          - { name: c_user, value: "100099", domain: .facebook.com }
        steps:
          - wait: { selector: "#ready:not(:empty)" }
          - click: "#login"
          - wait: { selector: "#done:not(:empty)" }
        """;

    private TempFolder _folder = null!;
    private AuditResult _result = null!;

    [OneTimeSetUp]
    public async Task RunOnce()
    {
        var handlers = new Dictionary<string, RequestDelegate>
        {
            ["/login"] = context =>
            {
                context.Response.Headers.Append("Set-Cookie", "session=s3cr3t; Path=/; HttpOnly; SameSite=Strict");
                return context.Response.WriteAsync("ok");
            },
        };
        await using var site = await StaticSiteServer.StartAsync(
            path => path switch
            {
                "index.html" => Encoding.UTF8.GetBytes(Page.Replace("CHOICE", ChoiceValue, StringComparison.Ordinal)),
                "analytics.js" => Encoding.UTF8.GetBytes(Analytics.Replace("GAVALUE", GaValue, StringComparison.Ordinal)),
                _ => null,
            },
            handlers);
        _folder = new TempFolder();
        _result = await AuditHarness.RunAsync([AuditHarness.Journey(Journey)], AuditHarness.Options(_folder, site.BaseUrl));
        await ReportBundle.WriteDerivedAsync(_result.Report, _result.RunFolder, null, new LoggerConfiguration().CreateLogger(), CancellationToken.None);
    }

    [OneTimeTearDown]
    public void CleanUp() => _folder.Dispose();

    [Test]
    public void Every_step_that_ran_has_a_snapshot()
    {
        var run = _result.Report.Journeys.Single();

        Assert.That(run.Status, Is.EqualTo(JourneyStatus.Completed), run.Error);
        Assert.That(run.Steps.Select(step => step.Storage).ToList(), Has.Count.EqualTo(4).And.All.Not.Null);
    }

    [Test]
    public void A_cookie_from_a_script_names_the_script_and_its_attributes()
    {
        var ga = Cookie(0, "_ga");

        Assert.Multiple(() =>
        {
            Assert.That(ga.SetBy, Is.EqualTo(CookieSetter.Script));
            Assert.That(ga.SetByUrl, Does.EndWith("/analytics.js"));
            Assert.That(ga.ThirdParty, Is.False);
            Assert.That(ga.Session, Is.False);
            Assert.That(ga.Expires, Is.GreaterThan(_result.Report.StartedAt));
            Assert.That(ga.SameSite, Is.EqualTo("Lax"));
            Assert.That(ga.ValueSize, Is.EqualTo(GaValue.Length));
        });
    }

    [Test]
    public void A_cookie_from_a_response_names_the_response_and_appears_from_the_step_that_caused_it()
    {
        var session = Cookie(3, "session");

        Assert.Multiple(() =>
        {
            Assert.That(Step(1).Storage!.Cookies.Select(cookie => cookie.Name), Does.Not.Contain("session"), "not there before the login");
            Assert.That(session.SetBy, Is.EqualTo(CookieSetter.Response));
            Assert.That(session.SetByUrl, Does.EndWith("/login"));
            Assert.That(session.HttpOnly, Is.True);
            Assert.That(session.Session, Is.True);
            Assert.That(session.SameSite, Is.EqualTo("Strict"));
        });
    }

    [Test]
    public void The_journeys_own_cookie_is_third_party_and_set_by_the_journey()
    {
        var user = Cookie(0, "c_user");

        Assert.Multiple(() =>
        {
            Assert.That(user.SetBy, Is.EqualTo(CookieSetter.Journey));
            Assert.That(user.ThirdParty, Is.True);
            Assert.That(Step(0).Storage!.ThirdPartyCookies, Is.EqualTo(1));
        });
    }

    [Test]
    public void Web_storage_and_IndexedDB_are_listed_by_origin_with_names_and_sizes()
    {
        var areas = Step(1).Storage!.Areas;
        var origin = _result.Report.Journeys.Single().StartUrl.TrimEnd('/');

        Assert.Multiple(() =>
        {
            var local = areas.Single(area => area.Kind == "localStorage");
            Assert.That(local.Origin, Is.EqualTo(origin));
            Assert.That(local.Entries, Is.EqualTo(new[] { new StorageEntry("consent-choice", ("consent-choice".Length + ChoiceValue.Length) * 2) }));
            Assert.That(areas.Single(area => area.Kind == "sessionStorage").Entries.Select(entry => entry.Name), Is.EqualTo(new[] { "tab" }));
            Assert.That(areas.Single(area => area.Kind == "indexedDB").Entries.Select(entry => entry.Name), Is.EqualTo(new[] { "tracker-db" }));
        });
    }

    [Test]
    public void No_cookie_or_storage_value_reaches_the_reports_and_the_reports_show_the_storage()
    {
        var json = File.ReadAllText(Path.Combine(_result.RunFolder, RunFolderLayout.ReportJson));
        var markdown = File.ReadAllText(Path.Combine(_result.RunFolder, RunFolderLayout.ReportMarkdown));
        var html = File.ReadAllText(Path.Combine(_result.RunFolder, RunFolderLayout.ReportHtml));

        Assert.Multiple(() =>
        {
            Assert.That(json, Does.Contain("\"storage\"").And.Contain("\"setByUrl\""));
            Assert.That(markdown, Does.Contain("**Cookies and storage after each step**").And.Contain("`session`"));
            Assert.That(html, Does.Contain("Cookies and storage after this step").And.Contain("tracker-db"));
            foreach (var report in new[] { json, markdown, html })
            {
                Assert.That(report, Does.Not.Contain(ChoiceValue).And.Not.Contain("s3cr3t"));
            }
        });
    }

    private StepResult Step(int index) => _result.Report.Journeys.Single().Steps.Single(step => step.Index == index);

    private StoredCookie Cookie(int step, string name) => Step(step).Storage!.Cookies.Single(cookie => cookie.Name == name);
}
