using System.Text.Json;
using Microsoft.Playwright;
using TrackerAudit.Errors;
using TrackerAudit.Reports;
using TrackerAudit.Reports.Bundle;
using TrackerAudit.Tests.Cli;
using TrackerAudit.Tests.Reports.Html;
using TrackerAudit.Tests.Support;
using TrackerAudit.ThirdParties;

namespace TrackerAudit.Tests.ThirdParties;

/// <summary><c>decode</c> of a HAR of a real site's page names every third party, with company and category, in every report.</summary>
[NonParallelizable]
public sealed class ThirdPartyDecodeTests
{
    private const string HostileCompany = "<img src=x onerror=\"document.title='pwned'\">Evil Ads";

    private TempFolder _folder = null!;
    private CliResult _result = null!;
    private string _runFolder = null!;

    [OneTimeSetUp]
    public async Task DecodeOnce()
    {
        _folder = new TempFolder();
        var har = _folder.Write("council.har", ThirdPartyHar.Text());
        // A user's list naming the unknown vendor, with a company name that is markup: every report must show it as text.
        var services = _folder.Write("services.json", JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["categories"] = new Dictionary<string, object>
            {
                ["Advertising"] = new[] { new Dictionary<string, object> { [HostileCompany] = new Dictionary<string, string[]> { ["https://evil.example/"] = ["unlisted-example-vendor.net"] } } },
            },
        }));
        _result = await CliResult.RunAsync("decode", har, "-o", Path.Combine(_folder.Path, "reports"), "--third-party-list", services);
        _runFolder = Directory.GetDirectories(Path.Combine(_folder.Path, "reports")).Single();
    }

    [OneTimeTearDown]
    public void CleanUp() => _folder.Dispose();

    [Test]
    public void Report_json_names_every_third_party_with_company_category_and_decoding()
    {
        Assert.That(_result.ExitCode, Is.EqualTo(ExitCodes.Success), _result.Error);
        var rows = JsonReportWriter.Read(Path.Combine(_runFolder, JsonReportWriter.FileName)).Journeys.Single().ThirdParties;
        var table = rows.ToDictionary(row => row.Host, row => (row.Company, row.Service, row.Category, row.Requests, row.DecodedRequests));

        Assert.That(table, Is.EqualTo(new Dictionary<string, (string?, string?, string?, int, int)>
        {
            ["cdn.cookielaw.org"] = ("Optanon", "Optanon", "consent-provider", 2, 0),
            ["fonts.gstatic.com"] = ("Google", "Google Fonts", "cdn", 1, 0),
            ["www.googletagmanager.com"] = ("Google", "Google Tag Manager", "tag-manager", 1, 1),
            ["www.google-analytics.com"] = ("Google", "Google Analytics", "analytics", 1, 1),
            ["connect.facebook.net"] = ("Facebook", "Facebook", "social", 1, 1),
            ["www.facebook.com"] = ("Facebook", "Facebook", "social", 1, 1),
            ["static.hotjar.com"] = ("Hotjar", "Hotjar", "analytics", 1, 1),
            ["widgets.unlisted-example-vendor.net"] = (HostileCompany, null, "advertising", 1, 0),
        }));
        Assert.Multiple(() =>
        {
            Assert.That(rows[0].Host, Is.EqualTo("cdn.cookielaw.org"), "most requested first");
            Assert.That(rows.Single(row => row.Host == "www.facebook.com").Trackers, Is.EqualTo(new[] { "meta-pixel" }));
            Assert.That(rows.Single(row => row.Host == "widgets.unlisted-example-vendor.net").Lists, Is.EqualTo(new[] { "services.json" }));
            Assert.That(rows.Single(row => row.Host == "www.google-analytics.com").Lists, Is.EqualTo(new[] { "third-party-web" }));
        });
    }

    [Test]
    public void Report_json_uses_the_documented_field_names()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(_runFolder, JsonReportWriter.FileName)));
        var row = document.RootElement.GetProperty("journeys")[0].GetProperty("thirdParties").EnumerateArray()
            .Single(item => item.GetProperty("host").GetString() == "www.facebook.com");
        var documented = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "report-json.md"));
        Assert.Multiple(() =>
        {
            foreach (var property in row.EnumerateObject())
            {
                Assert.That(documented, Does.Contain($"| `{property.Name}` |"), property.Name);
            }

            Assert.That(row.GetProperty("decodedRequests").GetInt32(), Is.EqualTo(1));
        });
    }

    [Test]
    public void Metadata_records_every_list_with_version_or_hash_entries_and_licence()
    {
        var metadata = JsonSerializer.Deserialize<JsonElement>(File.ReadAllText(Path.Combine(_runFolder, MetadataWriter.FileName)));
        var lists = metadata.GetProperty("lists").EnumerateArray().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(lists.Select(list => list.GetProperty("name").GetString()), Is.EqualTo(new[] { "Public Suffix List", "services.json", "third-party-web" }));
            Assert.That(lists[0].GetProperty("version").GetString(), Is.EqualTo(BuiltInLists.PublicSuffixes.Version));
            Assert.That(lists[0].GetProperty("licence").GetString(), Is.EqualTo("MPL-2.0"));
            Assert.That(lists[1].GetProperty("source").GetString(), Is.EqualTo(Path.Combine(_folder.Path, "services.json")));
            Assert.That(lists[1].GetProperty("sha256").GetString(), Has.Length.EqualTo(64));
            Assert.That(lists[1].GetProperty("entries").GetInt32(), Is.EqualTo(1));
            Assert.That(lists[2].GetProperty("version").GetString(), Is.EqualTo("0.30.0"));
            Assert.That(lists[2].GetProperty("licence").GetString(), Is.EqualTo("MIT"));
            Assert.That(BundleChecksums.Verify(_runFolder).Ok, Is.True);
        });
    }

    [Test]
    public void Markdown_and_console_show_the_table()
    {
        var markdown = File.ReadAllText(Path.Combine(_runFolder, "report.md"));
        Assert.Multiple(() =>
        {
            Assert.That(markdown, Does.Contain("**Third parties:** 8 hosts, 8 named by the lists"));
            Assert.That(markdown, Does.Contain("| `www.facebook.com` | Facebook | social | 1 | 1 of 1 decoded (meta-pixel) |"));
            Assert.That(markdown, Does.Contain("| `www.google-analytics.com` | Google Analytics (Google) | analytics | 1 | 1 of 1 decoded (ga4) |"));
            Assert.That(markdown, Does.Not.Contain("<img"));
            Assert.That(_result.Output, Does.Contain("Third parties: 8 hosts, 8 named; top:"));
            Assert.That(_result.Output, Does.Contain("www.facebook.com: Facebook, social; 1 requests, 1 of 1 decoded (meta-pixel)"));
        });
    }

    [Test]
    public async Task The_html_report_shows_the_table_as_text_when_opened()
    {
        await using var report = await ReportPage.OpenAsync(Path.Combine(_runFolder, "report.html"));
        var table = report.Page.Locator("table.third-parties");
        var hotjar = table.Locator("tr", new() { HasText = "static.hotjar.com" });
        var hostile = table.Locator("tr", new() { HasText = "widgets.unlisted-example-vendor.net" });

        Assert.Multiple(async () =>
        {
            Assert.That(await table.IsVisibleAsync(), Is.True);
            Assert.That(await table.Locator("tbody tr").CountAsync(), Is.EqualTo(8));
            Assert.That(await hotjar.Locator("td").AllInnerTextsAsync(), Is.EqualTo(new[] { "static.hotjar.com", "Hotjar", "analytics", "1", "1 of 1 decoded (hotjar)" }));
            Assert.That(await hostile.Locator("td").Nth(1).InnerTextAsync(), Is.EqualTo(HostileCompany));
            Assert.That(await table.Locator("img").CountAsync(), Is.Zero);
            Assert.That(await report.Page.TitleAsync(), Is.Not.EqualTo("pwned"));
            Assert.That(report.Errors, Is.Empty);
        });
    }

    [Test]
    public async Task A_malformed_list_is_exit_2_naming_file_and_line_before_anything_is_written()
    {
        var har = _folder.Write("again.har", ThirdPartyHar.Text());
        var list = _folder.Write("broken.txt", "! Title: Mine\n||ok.example^\n||not a host^\n");
        var output = Path.Combine(_folder.Path, "broken-reports");

        var result = await CliResult.RunAsync("decode", har, "-o", output, "--third-party-list", list);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
            Assert.That(result.Error, Does.Contain($"--third-party-list: {list}: line 3: '||not a host^' is not a rule"));
            Assert.That(Directory.Exists(output), Is.False);
        });
    }
}
