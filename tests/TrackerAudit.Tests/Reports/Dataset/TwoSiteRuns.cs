using TrackerAudit.Errors;
using TrackerAudit.Tests.Cli;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Reports.Dataset;

/// <summary>
/// Two real runs in Chromium through the command line, one run folder per site, made once for the dataset tests: a
/// clinic on 127.0.0.1 with the Meta Pixel and Google Analytics 4 (a sensitive word in its title, an e-mail address
/// typed and sent to Meta), and a shop on localhost with Google Analytics 4 only. Tracker hosts are answered locally.
/// </summary>
internal sealed class TwoSiteRuns
{
    public const string TypedEmail = "reader@example.org";

    public const string ClinicTitle = "Abortion advice, \"after care\"";

    private const string Clinic = """
        <!doctype html><html><head><title>Abortion advice, "after care"</title></head><body>
        <a id="next" href="/booking.html">Book an appointment</a>
        <script>
        new Image().src = 'https://www.facebook.com/tr/?id=111122223333&ev=PageView&dl=' + encodeURIComponent(location.href) + '&dt=' + encodeURIComponent(document.title);
        new Image().src = 'https://www.google-analytics.com/g/collect?v=2&tid=G-CLINIC1&cid=1.2&en=page_view&dl=' + encodeURIComponent(location.href);
        </script></body></html>
        """;

    private const string Booking = """
        <!doctype html><html><head><title>Book an abortion appointment</title></head><body>
        <input id="email" type="email"><button id="send">Send</button>
        <script>
        new Image().src = 'https://www.facebook.com/tr/?id=111122223333&ev=PageView&dl=' + encodeURIComponent(location.href);
        document.getElementById('send').onclick = () => {
          new Image().src = 'https://www.facebook.com/tr/?id=111122223333&ev=Lead&dl=' + encodeURIComponent(location.href) + '&cd[email]=' + encodeURIComponent(document.getElementById('email').value);
        };
        </script></body></html>
        """;

    private const string Shop = """
        <!doctype html><html><head><title>Garden shop</title></head><body>
        <a id="next" href="/plants.html">Plants</a>
        <script>new Image().src = 'https://www.google-analytics.com/g/collect?v=2&tid=G-SHOP22&cid=3.4&en=page_view&dl=' + encodeURIComponent(location.href);</script>
        </body></html>
        """;

    private static readonly Lazy<Task<TwoSiteRuns>> Made = new(MakeAsync);

    private TwoSiteRuns(TempFolder folder, string clinic, string shop, string clinicBase, string shopBase)
    {
        Folder = folder;
        ClinicFolder = clinic;
        ShopFolder = shop;
        ClinicBase = clinicBase;
        ShopBase = shopBase;
    }

    /// <summary>Where the runs are; left to the OS temp cleaner when the test process ends.</summary>
    public TempFolder Folder { get; }

    public string ClinicFolder { get; }

    public string ShopFolder { get; }

    /// <summary>The clinic's base URL, <c>http://127.0.0.1:port/</c>.</summary>
    public string ClinicBase { get; }

    /// <summary>The shop's base URL, <c>http://localhost:port/</c>.</summary>
    public string ShopBase { get; }

    public static Task<TwoSiteRuns> GetAsync() => Made.Value;

    private static async Task<TwoSiteRuns> MakeAsync()
    {
        var folder = new TempFolder();
        await using var clinicSite = await FixtureSite.StartAsync(new Dictionary<string, string> { ["clinic.html"] = Clinic, ["booking.html"] = Booking });
        await using var shopSite = await FixtureSite.StartAsync(new Dictionary<string, string> { ["shop.html"] = Shop, ["plants.html"] = Shop });
        folder.Write("clinic/clinic.yaml", """
            name: Clinic
            start: /clinic.html
            sensitive: [abortion]
            block: ["https://www.facebook.com/**", "https://www.google-analytics.com/**"]
            steps:
              - click: "#next"
              - fill: "#email"
                value: "reader@example.org"
              - click: "#send"
            """);
        folder.Write("shop/shop.yaml", """
            name: Shop
            start: /shop.html
            block: ["https://www.google-analytics.com/**"]
            steps:
              - click: "#next"
            """);
        var shopBase = shopSite.BaseUrl.ToString().Replace("127.0.0.1", "localhost", StringComparison.Ordinal);
        var clinic = await RunAsync(folder, "clinic", clinicSite.BaseUrl.ToString());
        var shop = await RunAsync(folder, "shop", shopBase);
        return new TwoSiteRuns(folder, clinic, shop, clinicSite.BaseUrl.ToString(), shopBase);
    }

    private static async Task<string> RunAsync(TempFolder folder, string name, string baseUrl)
    {
        var reports = Path.Combine(folder.Path, "reports-" + name);
        var result = await CliResult.RunAsync(
            "run", Path.Combine(folder.Path, name), "--base-url", baseUrl, "--browser", TestBrowser.Path,
            "--output", reports, "--workers", "1", "--no-screenshots");
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.Output + result.Error);
        return Directory.GetDirectories(reports).Single();
    }
}
