using System.Security.Cryptography;
using System.Text;
using Microsoft.Playwright;
using TrackerAudit.Demo;
using TrackerAudit.Hosting;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Demo;

/// <summary>The replica's fbq API and button-text cleaning, on a fixture page rather than the demo site.</summary>
[NonParallelizable]
public sealed class TrackerReplicaTests
{
    private const string FixturePixelId = "111122223333444";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private static readonly string Fixture = $$"""
        <!DOCTYPE html>
        <html><head><title>Fixture</title>
        <script>
        !function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?
        n.callMethod.apply(n,arguments):n.queue.push(arguments)};if(!f._fbq)f._fbq=n;n.push=n;n.loaded=!0;
        n.version='2.0';n.queue=[];t=b.createElement(e);t.async=!0;t.src=v;s=b.getElementsByTagName(e)[0];
        s.parentNode.insertBefore(t,s)}(window,document,'script','https://connect.facebook.net/en_US/fbevents.js');
        fbq('init', '{{FixturePixelId}}', {em: ' Manual@Example.org '});
        fbq('track', 'PageView');
        fbq('track', 'Lead', {content_name: 'Stalking report', value: 0});
        fbq('trackCustom', 'ReportStarted', {offence: 'stalking'});
        </script></head>
        <body>
        <button id="phone">Call 0800 123 4567 now</button>
        <button id="mail">Write to jo.bloggs@example.org</button>
        <div class="big-btn" id="long">{{new string('x', 101)}}</div>
        <span id="plain">Not a button</span>
        </body></html>
        """;

    private StaticSiteServer _server = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;
    private IPage _page = null!;
    private BeaconCollector _beacons = null!;

    [OneTimeSetUp]
    public async Task Open_the_fixture()
    {
        _server = await StaticSiteServer.StartAsync(path => path == "index.html" ? Encoding.UTF8.GetBytes(Fixture) : null);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(DemoBrowser.LaunchOptions);
        var context = await _browser.NewContextAsync();
        context.SetDefaultTimeout((float)Timeout.TotalMilliseconds);
        await DemoRoutes.RouteTrackersAsync(context);
        _beacons = new BeaconCollector(context);
        _page = await context.NewPageAsync();
        await _page.GotoAsync(_server.BaseUrl.ToString());
        await _beacons.WaitForAsync("PageView", b => b.Event == "PageView", Timeout);
    }

    [OneTimeTearDown]
    public async Task Close()
    {
        if (_browser is not null)
            await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_server is not null)
            await _server.DisposeAsync();
    }

    [Test]
    public async Task Queued_calls_run_in_order_once_the_library_loads()
    {
        var lead = await WaitAsync("Lead", b => b.Event == "Lead");
        var custom = await WaitAsync("ReportStarted", b => b.Event == "ReportStarted");
        Assert.Multiple(() =>
        {
            Assert.That(lead["id"], Is.EqualTo(FixturePixelId));
            Assert.That(lead["ec"], Is.EqualTo("1"));
            Assert.That(lead["cd[content_name]"], Is.EqualTo("Stalking report"));
            Assert.That(custom["ec"], Is.EqualTo("2"));
            Assert.That(custom["cd[offence]"], Is.EqualTo("stalking"));
        });
    }

    [Test]
    public async Task Manual_matching_hashes_init_user_data_into_ud()
    {
        var pageView = await WaitAsync("PageView", b => b.Event == "PageView");
        Assert.That(pageView["ud[em]"], Is.EqualTo(Sha256Hex("manual@example.org")));
        Assert.That(pageView.Fields.Keys, Has.None.StartWith("udff["));
    }

    [TestCase("#phone", "Call 0 0 0 now")]
    [TestCase("#mail", "Write to @")]
    public async Task Button_text_has_digits_and_email_addresses_masked(string selector, string expected)
    {
        await _page.ClickAsync(selector);
        var click = await WaitAsync(selector, b => b.Event == "SubscribedButtonClick" && b["cd[buttonFeatures]"]!.Contains($"\"id\":\"{selector[1..]}\"", StringComparison.Ordinal));
        Assert.That(click["cd[buttonText]"], Is.EqualTo(expected));
        Assert.That(click["cd[buttonFeatures]"], Does.Contain("\"innerText\":\"" + (selector == "#mail" ? "Write to jo.bloggs@example.org" : "Call 0800 123 4567 now")));
    }

    [Test]
    public async Task Button_text_longer_than_100_characters_is_left_out()
    {
        await _page.ClickAsync("#long");
        var click = await WaitAsync("#long", b => b.Event == "SubscribedButtonClick" && b["cd[buttonFeatures]"]!.Contains("\"id\":\"long\"", StringComparison.Ordinal));
        Assert.That(click.Fields.Keys, Has.No.Member("cd[buttonText]"));
    }

    private Task<Beacon> WaitAsync(string what, Func<Beacon, bool> predicate) => _beacons.WaitForAsync(what, predicate, Timeout);

    private static string Sha256Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
