using System.Text;
using Serilog;
using TrackerAudit.Findings;
using TrackerAudit.Hosting;
using TrackerAudit.Reports;
using TrackerAudit.Running;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Comparisons;

/// <summary>
/// A site whose analytics tag (GA4's wire format) ignores "Reject all" and whose form script posts what is typed
/// to a third party no decoder knows, next to a site that keeps its promise: only the second may be called respectful.
/// </summary>
[NonParallelizable]
public sealed class ConsentVerdictBrowserTests
{
    private const string FormsHost = "forms-helper.example";

    // The tag fires whatever the answer; the form script posts the message to an unknown host.
    private const string LeakyPage = """
        <!doctype html><html><head><title>Advice line</title></head><body>
        <div id="banner"><button id="reject">Reject all</button> <button id="accept">Accept all</button></div>
        <input id="message"><button id="send">Send</button>
        <script>
          function ga(name) {
            new Image().src = 'https://www.google-analytics.com/g/collect?v=2&tid=G-CONSENT01&cid=1234567890.1700000000&en=' + name
              + '&dl=' + encodeURIComponent(location.href) + '&dt=' + encodeURIComponent(document.title);
          }
          ga('page_view');
          for (const id of ['reject', 'accept']) {
            document.getElementById(id).onclick = () => document.getElementById('banner').remove();
          }
          document.getElementById('send').onclick = () => {
            fetch('https://forms-helper.example/collect', { method: 'POST', mode: 'no-cors', body: JSON.stringify({ message: document.getElementById('message').value }) });
            ga('form_submit');
          };
        </script>
        </body></html>
        """;

    // The same page, keeping its promise: nothing leaves before "Accept all", and the form posts to its own site.
    private const string HonestPage = """
        <!doctype html><html><head><title>Honest advice line</title></head><body>
        <div id="banner"><button id="reject">Reject all</button> <button id="accept">Accept all</button></div>
        <input id="message"><button id="send">Send</button>
        <script>
          let consented = false;
          function ga(name) {
            if (!consented) return;
            new Image().src = 'https://www.google-analytics.com/g/collect?v=2&tid=G-CONSENT01&cid=1234567890.1700000000&en=' + name;
          }
          document.getElementById('reject').onclick = () => document.getElementById('banner').remove();
          document.getElementById('accept').onclick = () => { consented = true; document.getElementById('banner').remove(); ga('page_view'); };
          document.getElementById('send').onclick = () => {
            fetch('/collect', { method: 'POST', body: JSON.stringify({ message: document.getElementById('message').value }) });
            ga('form_submit');
          };
        </script>
        </body></html>
        """;

    private const string Steps = """
        consent:
          none: []
          reject: [{ click: "#reject" }]
          accept: [{ click: "#accept" }]
        steps:
          - name: type a message
            fill: "#message"
            value: "Canary message 4711"
          - name: send it
            click: "#send"
        """;

    private TempFolder _folder = null!;
    private AuditResult _result = null!;

    [OneTimeSetUp]
    public async Task RunBothSitesOnce()
    {
        await using var site = await StaticSiteServer.StartAsync(path => path switch
        {
            "index.html" => Encoding.UTF8.GetBytes(LeakyPage),
            "honest.html" => Encoding.UTF8.GetBytes(HonestPage),
            _ => null,
        });
        _folder = new TempFolder();
        var defaults = AuditHarness.Options(_folder, site.BaseUrl);
        var options = defaults with
        {
            StandIns =
            [
                .. defaults.StandIns,
                new TrafficStandIn("https://www.google-analytics.com/**", "GA4 collect", "image/gif", () => AuditHarness.Gif),
                new TrafficStandIn($"https://{FormsHost}/**", "an unknown form service", "text/plain", () => [], Status: 204),
            ],
        };
        var leaky = AuditHarness.Journey("name: Leaky\nstart: /\n" + Steps, "leaky.yaml");
        var honest = AuditHarness.Journey("name: Honest\nstart: /honest.html\n" + Steps, "honest.yaml");

        _result = await AuditHarness.RunAsync([leaky, honest], options);
        // The runner writes report.json; the CLI derives the rest, as here.
        await ReportBundle.WriteDerivedAsync(_result.Report, _result.RunFolder, null, new LoggerConfiguration().CreateLogger(), CancellationToken.None);
    }

    [OneTimeTearDown]
    public void CleanUp() => _folder.Dispose();

    [Test]
    public void Every_variant_ran_to_the_end()
    {
        Assert.That(_result.Report.Journeys.Select(run => run.Status).ToList(), Has.Count.EqualTo(6).And.All.EqualTo(JourneyStatus.Completed));
    }

    [Test]
    public void An_analytics_tag_and_an_unknown_form_service_after_Reject_are_tracking_after_refusal()
    {
        var reject = Variant("Leaky", "reject");

        Assert.Multiple(() =>
        {
            Assert.That(reject.FiredAfterRefusal, Is.True);
            Assert.That(reject.Verdict, Does.StartWith("TRACKING AFTER REFUSAL"));
            Assert.That(reject.Verdict, Does.Not.Contain("respected"));
            Assert.That(reject.AfterAnswer!.Events.Select(e => (e.Tracker, e.Event)), Does.Contain(("Google Analytics 4", "form_submit")));
            Assert.That(reject.AfterAnswer.OtherDataRecipients, Is.EqualTo(new[] { FormsHost }));
            Assert.That(reject.BeforeAnswer.Events.Select(e => e.Tracker), Does.Contain("Google Analytics 4"), "the page view before the answer");
            Assert.That(_result.Report.Consent.Single(c => c.Journey == "Leaky").FiredAfterRefusal, Is.True);
        });
    }

    [Test]
    public void A_site_that_sends_nothing_after_Reject_is_called_respectful()
    {
        var reject = Variant("Honest", "reject");
        var accept = Variant("Honest", "accept");

        Assert.Multiple(() =>
        {
            Assert.That(reject.FiredAfterRefusal, Is.False);
            Assert.That(reject.Verdict, Is.EqualTo("The refusal was respected: no tracker event and no data to any third party before or after it."));
            Assert.That(accept.Verdict, Does.StartWith("Trackers waited for consent"));
            Assert.That(accept.AfterAnswer!.TrackerEvents, Is.GreaterThan(0), "the accept variant shows the tag does fire once allowed");
        });
    }

    [Test]
    public void The_unknown_form_service_after_Reject_is_a_consent_finding_next_to_the_decoded_analytics_events()
    {
        var findings = _result.Report.Journeys.Single(run => run.Journey == "Leaky [reject]").Findings
            .Where(finding => finding.Category == FindingCategory.Consent).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(
                findings.Where(finding => finding.TrackerId == "ga4" && finding.Severity == Severity.Critical).Select(finding => finding.EventName),
                Does.Contain("form_submit"));
            var form = findings.Single(finding => finding.Recipient == FormsHost);
            Assert.That(form.Severity, Is.EqualTo(Severity.High));
            Assert.That(form.Parameter, Is.EqualTo("body"));
            Assert.That(form.Statement, Does.Contain("received data in a request body that no tracker decoder reads after the visitor rejected tracking (consent variant 'reject')"));
        });
    }

    [Test]
    public void Console_markdown_and_html_name_the_unknown_recipient_in_the_side_by_side_view()
    {
        var console = ConsoleSummary.Render(_result.Report, _result.RunFolder);
        var markdown = File.ReadAllText(Path.Combine(_result.RunFolder, RunFolderLayout.ReportMarkdown));
        var html = File.ReadAllText(Path.Combine(_result.RunFolder, RunFolderLayout.ReportHtml));

        Assert.Multiple(() =>
        {
            Assert.That(console, Does.Contain("!!! 'Leaky': trackers were told about the visitor AFTER they rejected tracking"));
            Assert.That(console, Does.Contain($"1 request carrying data to other third parties ({FormsHost})"));
            Assert.That(console, Does.Not.Contain("!!! 'Honest'"));
            Assert.That(markdown, Does.Contain($"**data to other third parties**: 1 request to {FormsHost}"));
            Assert.That(html, Does.Contain("carrying data to other third parties:</strong> <span class=\"mono\">" + FormsHost));
        });
    }

    private ConsentVariantSummary Variant(string journey, string name) =>
        _result.Report.Consent.Single(comparison => comparison.Journey == journey).Variants.Single(variant => variant.Name == name);
}
