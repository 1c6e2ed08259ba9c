using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using TrackerAudit.Demo;
using TrackerAudit.Hosting;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Demo;

/// <summary>
/// Walks the sexual-assault report form in real Chromium, with Meta's hosts routed to the replica, and
/// checks that the replica sends what the real pixel is documented to send, by each transport.
/// </summary>
[NonParallelizable]
public sealed class DemoPixelBrowserTests
{
    private const string TypedEmail = "  Jo.Victim@Example.org ";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private static readonly Cookie FacebookLogin = new()
    {
        Name = "c_user",
        Value = "100012345678901",
        Domain = ".facebook.com",
        Path = "/",
        Secure = true,
        SameSite = SameSiteAttribute.None,
    };

    private StaticSiteServer _server = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;
    private BeaconCollector _beacons = null!;

    private Beacon _offencePageView = null!;
    private Beacon _homeMicrodata = null!;
    private Beacon _reportLinkClick = null!;
    private Beacon _contactContinueClick = null!;
    private Beacon _submitClick = null!;

    [OneTimeSetUp]
    public async Task Walk_the_report_form()
    {
        _server = await DemoSite.StartAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(DemoBrowser.LaunchOptions);
        var context = await _browser.NewContextAsync();
        await context.AddCookiesAsync([FacebookLogin]);
        context.SetDefaultTimeout((float)Timeout.TotalMilliseconds);
        await DemoRoutes.RouteTrackersAsync(context);
        await context.RouteAsync("**/report/rape-sexual-assault/submit*", route => route.AbortAsync("blockedbyclient"));
        _beacons = new BeaconCollector(context);
        var page = await context.NewPageAsync();
        var home = _server.BaseUrl.ToString();
        var offence = new Uri(_server.BaseUrl, "/report/rape-sexual-assault/").ToString();

        await page.GotoAsync(home);
        _homeMicrodata = await WaitAsync("Microdata on the home page", b => b.Event == "Microdata" && b["dl"] == home);

        await page.ClickAsync("text=Report rape or sexual assault");
        _reportLinkClick = await WaitAsync("click on the report link", b => b.Event == "SubscribedButtonClick" && b["dl"] == home);
        _offencePageView = await WaitAsync("PageView of the offence page", b => b.Event == "PageView" && b["dl"] == offence);

        await page.ClickAsync("text=Report rape or sexual assault online");
        await page.FillAsync("#what-happened", "Something I am not ready to describe.");
        await page.ClickAsync("role=button[name=\"Continue\"]");
        await page.WaitForURLAsync("**/when/");
        await page.FillAsync("#when-date", "2023-05-14");
        await page.SelectOptionAsync("#when", "evening");
        await page.ClickAsync("role=button[name=\"Continue\"]");
        await page.WaitForURLAsync("**/where/");
        await page.FillAsync("#where", "Riverside Park");
        await page.PressAsync("#where", "Enter");
        await page.WaitForURLAsync("**/contact/?*");
        await page.FillAsync("#full-name", "Jo Victim");
        await page.FillAsync("#email", TypedEmail);
        await page.FillAsync("#phone", "07700 900123");
        await page.CheckAsync("#consent");
        await page.ClickAsync("role=button[name=\"Continue\"]");
        _contactContinueClick = await WaitAsync("click on Continue with the e-mail", b => b.Event == "SubscribedButtonClick" && b["dl"]!.Contains("/contact/", StringComparison.Ordinal));

        await page.WaitForURLAsync("**/check/");
        await page.ClickAsync("role=button[name=\"Submit report\"]");
        _submitClick = await WaitAsync("click on Submit report", b => b.Event == "SubscribedButtonClick" && b["cd[buttonText]"] == "Submit report");
    }

    [OneTimeTearDown]
    public async Task Close_the_browser()
    {
        if (_browser is not null)
            await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_server is not null)
            await _server.DisposeAsync();
    }

    [Test]
    public void PageView_GET_carries_the_title_of_the_offence_page()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_offencePageView.Method, Is.EqualTo("GET"));
            Assert.That(_offencePageView.Transport, Is.EqualTo("GET"));
            Assert.That(_offencePageView["id"], Is.EqualTo(DemoSite.PixelId));
            Assert.That(_offencePageView["pmd[title]"], Is.EqualTo("Report rape or sexual assault | Northshire Police"));
            Assert.That(_offencePageView["pmd[description]"], Does.Contain("securely and confidentially"));
            Assert.That(_offencePageView["rl"], Is.EqualTo(_server.BaseUrl.ToString()));
            Assert.That(_offencePageView["fbp"], Does.Match(@"^fb\.1\.\d{13}\.\d+$"));
        });
    }

    [Test]
    public void State_bits_tell_Meta_the_browser_is_automated()
    {
        var o = int.Parse(_offencePageView["o"]!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(o & 128, Is.EqualTo(128), "navigator.webdriver is true under Playwright");
    }

    [Test]
    public void Clicking_a_report_link_sends_its_text_by_sendBeacon_as_the_page_unloads()
    {
        var features = JsonDocument.Parse(_reportLinkClick["cd[buttonFeatures]"]!).RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(_reportLinkClick.Method, Is.EqualTo("POST"));
            Assert.That(_reportLinkClick.ContentType, Does.StartWith("multipart/form-data"));
            Assert.That(_reportLinkClick.Transport, Is.EqualTo("SB"));
            Assert.That(_reportLinkClick["es"], Is.EqualTo("automatic"));
            Assert.That(_reportLinkClick["cd[buttonText]"], Does.StartWith("Report rape or sexual assault"));
            Assert.That(features.GetProperty("tag").GetString(), Is.EqualTo("a"));
            Assert.That(features.GetProperty("destination").GetString(), Does.EndWith("/report/rape-sexual-assault/"));
        });
    }

    [Test]
    public void Continue_on_the_contact_page_is_too_long_for_GET_and_arrives_as_formPOST()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_contactContinueClick.Method, Is.EqualTo("POST"));
            Assert.That(_contactContinueClick.ContentType, Does.StartWith("application/x-www-form-urlencoded"));
            Assert.That(_contactContinueClick.Transport, Is.EqualTo("formPOST"));
            Assert.That(_contactContinueClick["cd[buttonText]"], Is.EqualTo("Continue"));
        });
    }

    [Test]
    public void The_page_address_carries_the_place_typed_on_the_GET_step()
    {
        Assert.That(_contactContinueClick["dl"], Does.Contain("where=Riverside+Park"));
    }

    [Test]
    public void Form_features_name_the_fields_but_never_their_values()
    {
        var fields = JsonDocument.Parse(_contactContinueClick["cd[formFeatures]"]!).RootElement;
        var names = fields.EnumerateArray().Select(f => f.GetProperty("name").GetString()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(names, Is.SupersetOf(new[] { "full_name", "email", "phone", "consent" }));
            Assert.That(_contactContinueClick["cd[formFeatures]"], Does.Not.Contain("Jo Victim").And.Not.Contain("07700"));
        });
    }

    [Test]
    public void Automatic_matching_sends_the_SHA256_of_the_typed_email()
    {
        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(TypedEmail.Trim().ToLowerInvariant())));
        var o = int.Parse(_contactContinueClick["o"]!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Multiple(() =>
        {
            Assert.That(_contactContinueClick["udff[em]"], Is.EqualTo(expected));
            Assert.That(_contactContinueClick["udff[fn]"], Is.EqualTo(Sha256Hex("jo")));
            Assert.That(_contactContinueClick["udff[ph]"], Is.EqualTo(Sha256Hex("7700900123")));
            Assert.That(o & 2048, Is.EqualTo(2048));
        });
    }

    [Test]
    public void The_blocked_submit_is_still_reported_to_Meta()
    {
        Assert.That(_submitClick["cd[pageFeatures]"], Does.Contain("Check and send your report"));
    }

    [Test]
    public void Every_transport_carries_the_Facebook_account_cookie()
    {
        var byTransport = new[] { _offencePageView, _reportLinkClick, _contactContinueClick };
        Assert.That(byTransport.Select(b => b.Transport), Is.EqualTo(new[] { "GET", "SB", "formPOST" }));
        Assert.That(byTransport.Select(b => b.Cookie), Has.All.Contain("c_user=100012345678901"));
    }

    [Test]
    public void Microdata_carries_the_page_metadata_and_JSON_LD()
    {
        var meta = JsonDocument.Parse(_homeMicrodata["cd[Meta]"]!).RootElement;
        var openGraph = JsonDocument.Parse(_homeMicrodata["cd[OpenGraph]"]!).RootElement;
        var jsonLd = JsonDocument.Parse(_homeMicrodata["cd[JSON-LD]"]!).RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(meta.GetProperty("title").GetString(), Is.EqualTo("Report a crime online | Northshire Police"));
            Assert.That(openGraph.GetProperty("og:site_name").GetString(), Is.EqualTo("Northshire Police"));
            Assert.That(jsonLd[0].GetProperty("@type").GetString(), Is.EqualTo("WebPage"));
            Assert.That(_homeMicrodata["es"], Is.EqualTo("automatic"));
        });
    }

    private Task<Beacon> WaitAsync(string what, Func<Beacon, bool> predicate) => _beacons.WaitForAsync(what, predicate, Timeout);

    private static string Sha256Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
