using System.Text;
using Microsoft.AspNetCore.Http;
using TrackerAudit.Findings;
using TrackerAudit.Hosting;
using TrackerAudit.Running;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Browsing;

/// <summary>
/// The gpc consent variant against two sites that read the signal as real ones do (the header on their server, the
/// property in their script): one honours it, one tracks all the same.
/// </summary>
[NonParallelizable]
public sealed class GlobalPrivacyControlTests
{
    // Asks its own server what Sec-GPC it received, reads navigator.globalPrivacyControl, and tracks unless both say opt-out
    // (or always, when it ignores the signal). It reports what it saw to its own server (/state), then fills #state,
    // which the journey waits on.
    private const string Page = """
        <!doctype html><html><head><title>GPC shop</title></head><body>
        <p id="state"></p>
        <script>
          fetch('/gpc-check', { method: 'POST' }).then(response => response.text()).then(header => {
            const optedOut = navigator.globalPrivacyControl === true && header === '1';
            const track = IGNORES || !optedOut;
            if (track) {
              new Image().src = 'https://www.google-analytics.com/g/collect?v=2&tid=G-GPCTEST01&cid=555.666&en=page_view&dl=' + encodeURIComponent(location.href);
            }
            const state = 'header=' + header + ' property=' + navigator.globalPrivacyControl + (track ? ' tracking' : ' opted-out');
            fetch('/state?' + encodeURIComponent(state)).then(() => { document.getElementById('state').textContent = state; });
          });
        </script>
        </body></html>
        """;

    private const string Journey = """
        consent:
          none: []
          gpc: []
        steps:
          - wait: { selector: "#state:not(:empty)" }
        """;

    private TempFolder _folder = null!;
    private AuditResult _result = null!;

    [OneTimeSetUp]
    public async Task RunBothSitesOnce()
    {
        var handlers = new Dictionary<string, RequestDelegate>
        {
            ["/gpc-check"] = context => context.Response.WriteAsync(context.Request.Headers["Sec-GPC"].ToString()),
        };
        await using var site = await StaticSiteServer.StartAsync(
            path => path switch
            {
                "honours.html" => Encoding.UTF8.GetBytes(Page.Replace("IGNORES", "false", StringComparison.Ordinal)),
                "ignores.html" => Encoding.UTF8.GetBytes(Page.Replace("IGNORES", "true", StringComparison.Ordinal)),
                _ => null,
            },
            handlers);
        _folder = new TempFolder();
        var defaults = AuditHarness.Options(_folder, site.BaseUrl);
        var options = defaults with
        {
            StandIns = [.. defaults.StandIns, new TrafficStandIn("https://www.google-analytics.com/**", "GA4 collect", "image/gif", () => AuditHarness.Gif)],
        };

        _result = await AuditHarness.RunAsync(
            [
                AuditHarness.Journey("name: Honours\nstart: /honours.html\n" + Journey, "honours.yaml"),
                AuditHarness.Journey("name: Ignores\nstart: /ignores.html\n" + Journey, "ignores.yaml"),
            ],
            options);
    }

    [OneTimeTearDown]
    public void CleanUp() => _folder.Dispose();

    [Test]
    public void The_page_sees_the_header_and_the_property_only_in_the_gpc_variant()
    {
        Assert.Multiple(() =>
        {
            Assert.That(State("Honours [gpc]"), Is.EqualTo("header=1 property=true opted-out"));
            Assert.That(State("Honours [none]"), Is.EqualTo("header= property=undefined tracking"));
            Assert.That(State("Ignores [gpc]"), Is.EqualTo("header=1 property=true tracking"));
        });
    }

    [Test]
    public void Every_request_of_the_gpc_variant_carries_the_header_third_party_ones_included()
    {
        var requests = Run("Ignores [gpc]").Requests;

        Assert.Multiple(() =>
        {
            Assert.That(requests.Select(request => request.Header("sec-gpc")), Has.All.EqualTo("1"));
            Assert.That(requests.Select(request => request.Url), Has.Some.StartsWith("https://www.google-analytics.com/g/collect"));
            Assert.That(Run("Ignores [none]").Requests.Select(request => request.Header("sec-gpc")), Has.All.Null);
        });
    }

    [Test]
    public void A_site_that_honours_the_signal_gets_an_honoured_verdict_and_no_consent_finding()
    {
        var gpc = Variant("Honours", "gpc");

        Assert.Multiple(() =>
        {
            Assert.That(gpc.Answer, Is.EqualTo(ConsentAnswer.Gpc));
            Assert.That(gpc.TrackedUnderGpc, Is.False);
            Assert.That(gpc.Verdict, Is.EqualTo("Global Privacy Control was honoured: no tracker event and no data to any third party."));
            Assert.That(Run("Honours [gpc]").Findings.Where(finding => finding.Category == FindingCategory.Consent), Is.Empty);
            Assert.That(Variant("Honours", "none").BeforeAnswer.TrackerEvents, Is.GreaterThan(0), "without the signal the same site tracks");
        });
    }

    [Test]
    public void A_site_that_ignores_the_signal_is_tracking_under_GPC_with_a_consent_finding()
    {
        var gpc = Variant("Ignores", "gpc");
        var consent = Run("Ignores [gpc]").Findings.Where(finding => finding.Category == FindingCategory.Consent).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(gpc.TrackedUnderGpc, Is.True);
            Assert.That(_result.Report.Consent.Single(c => c.Journey == "Ignores").TrackedUnderGpc, Is.True);
            Assert.That(gpc.Verdict, Does.StartWith("TRACKING UNDER GPC: 1 tracker event"));
            Assert.That(consent.Select(finding => (finding.TrackerId, finding.EventName, finding.Severity)), Is.EqualTo(new[] { ("ga4", "page_view", Severity.High) }));
            Assert.That(consent[0].Statement, Does.Contain("received a page_view event although the browser sent the Global Privacy Control signal (consent variant 'gpc')"));
        });
    }

    private JourneyRun Run(string name) => _result.Report.Journeys.Single(run => run.Journey == name);

    private string State(string run) =>
        Uri.UnescapeDataString(new Uri(Run(run).Requests.Single(request => request.Url.Contains("/state?", StringComparison.Ordinal)).Url).Query.TrimStart('?'));

    private ConsentVariantSummary Variant(string journey, string name) =>
        _result.Report.Consent.Single(comparison => comparison.Journey == journey).Variants.Single(variant => variant.Name == name);
}
