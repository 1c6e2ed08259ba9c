using TrackerAudit.Tests.Support;
using TrackerAudit.ThirdParties;

namespace TrackerAudit.Tests.ThirdParties;

public sealed class UserListLoaderTests
{
    private TempFolder _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = new TempFolder();

    [TearDown]
    public void DeleteFolder() => _folder.Dispose();

    [Test]
    public void Reads_host_rules_of_a_filter_list_and_counts_the_other_rules()
    {
        var path = Write("easyprivacy.txt", """
            [Adblock Plus 2.0]
            ! Title: EasyPrivacy
            ! Version: 202512041200
            ! License: https://easylist.to/pages/licence.html
            ||analytics.tiktok.com^
            ||hotjar.com^$third-party
            ||google-analytics.com^$script,third-party
            ||example.org/collect/
            /b/ss/*&events=
            @@||allowed.example^
            example.com##.ad
            """);

        var list = UserListLoader.Load(path);
        var catalogue = new EntityCatalogue([list]);
        Assert.Multiple(() =>
        {
            Assert.That(list.Info.Name, Is.EqualTo("EasyPrivacy"));
            Assert.That(list.Info.Format, Is.EqualTo("filter-list"));
            Assert.That(list.Info.Version, Is.EqualTo("202512041200"));
            Assert.That(list.Info.Licence, Is.EqualTo("https://easylist.to/pages/licence.html"));
            Assert.That(list.Info.Entries, Is.EqualTo(2));
            Assert.That(list.Info.Ignored, Is.EqualTo(5));
            Assert.That(list.Info.Sha256, Has.Length.EqualTo(64));
            Assert.That(catalogue.Identify("in.hotjar.com")!.Categories, Is.EqualTo(new[] { "analytics", "tracking" }));
            Assert.That(catalogue.Identify("in.hotjar.com")!.Lists, Is.EqualTo(new[] { "EasyPrivacy", "third-party-web" }));
            Assert.That(catalogue.Identify("analytics.tiktok.com")!.Company, Is.EqualTo("ByteDance Ltd"), "the filter list names no company; third-party-web does");
            Assert.That(catalogue.Identify("www.google-analytics.com")!.Lists, Is.EqualTo(new[] { "third-party-web" }), "a rule limited to scripts does not name the whole host");
        });
    }

    [Test]
    public void Reads_a_disconnect_services_file_with_a_domain_in_two_categories()
    {
        var path = Write("services.json", """
            {
              "license": "Copyright 2010-2020 Disconnect, Inc. CC BY-NC-SA 4.0",
              "categories": {
                "Advertising": [ { "Acme Ads": { "https://acme.example/": ["acme-ads.example", "acmecdn.example"], "dnt": "eff" } } ],
                "Analytics": [ { "Acme Ads": { "https://acme.example/": ["acme-ads.example"] } } ],
                "FingerprintingInvasive": [ { "Prints": { "https://prints.example/": ["prints.example"] } } ]
              }
            }
            """);

        var list = UserListLoader.Load(path);
        var catalogue = new EntityCatalogue([list]);
        var acme = catalogue.Identify("px.acme-ads.example");
        Assert.Multiple(() =>
        {
            Assert.That(list.Info.Format, Is.EqualTo("disconnect"));
            Assert.That(list.Info.Name, Is.EqualTo("services.json"));
            Assert.That(list.Info.Entries, Is.EqualTo(3));
            Assert.That(list.Info.Licence, Does.Contain("CC BY-NC-SA"));
            Assert.That(acme?.Company, Is.EqualTo("Acme Ads"));
            Assert.That(acme?.Categories, Is.EqualTo(new[] { "advertising", "analytics" }));
            Assert.That(catalogue.Identify("prints.example")?.Category, Is.EqualTo("fingerprinting-invasive"));
        });
    }

    [Test]
    public void Reads_a_tracker_radar_tds_file_and_a_single_domain_file()
    {
        var tds = Write("tds.json", """
            {
              "trackers": {
                "tracker.example": { "domain": "tracker.example", "owner": { "name": "Tracker Co", "displayName": "Tracker" }, "categories": ["Advertising", "Ad Motivated Tracking"], "default": "block" }
              },
              "entities": { "Tracker Co": { "displayName": "Tracker", "domains": ["tracker.example", "tracker-static.example"] } }
            }
            """);
        var domain = Write("radar.example.json", """
            { "domain": "radar.example", "owner": { "name": "Radar Ltd" }, "categories": ["Analytics"], "prevalence": 0.01 }
            """);

        var catalogue = new EntityCatalogue([UserListLoader.Load(tds), UserListLoader.Load(domain)]);
        Assert.Multiple(() =>
        {
            Assert.That(catalogue.Identify("a.tracker.example"), Is.EqualTo(new ThirdPartyIdentity("Tracker", null, "advertising", ["advertising", "ad-motivated-tracking"], ["tds.json"])).Using<ThirdPartyIdentity>(Same));
            Assert.That(catalogue.Identify("cdn.tracker-static.example")?.Company, Is.EqualTo("Tracker"), "entities name the owner of domains that are not trackers");
            Assert.That(catalogue.Identify("cdn.tracker-static.example")?.Category, Is.Null);
            Assert.That(catalogue.Identify("radar.example")?.Company, Is.EqualTo("Radar Ltd"));
            Assert.That(catalogue.Identify("radar.example")?.Category, Is.EqualTo("analytics"));
        });
    }

    [Test]
    public void A_users_company_comes_before_third_party_webs()
    {
        var path = Write("services.json", """{ "categories": { "Advertising": [ { "Meta": { "https://meta.com/": ["facebook.net"] } } ] } }""");
        var identity = new EntityCatalogue([UserListLoader.Load(path)]).Identify("connect.facebook.net");
        Assert.Multiple(() =>
        {
            Assert.That(identity?.Company, Is.EqualTo("Meta"));
            Assert.That(identity?.Category, Is.EqualTo("advertising"));
            Assert.That(identity?.Categories, Is.EqualTo(new[] { "advertising", "social" }));
        });
    }

    [TestCase("bad.txt", "! Title: Broken\n||good.example^\n||bad host.example^\n", "bad.txt: line 3: '||bad host.example^' is not a rule")]
    [TestCase("bad.txt", "||good.example^\n||^\n", "bad.txt: line 2: '||^' is not a rule")]
    [TestCase("notes.txt", "just some notes\nnothing else\n", "notes.txt: line 1: not a filter list")]
    [TestCase("bad.json", "{\n  \"categories\": {\n    \"Advertising\": [ { \"A\": { \"h\": [\"a.example\"] } } ],\n  ]\n}\n", "bad.json: line 4, column 3: not valid JSON")]
    [TestCase("bad.json", "{ \"categories\": { \"Advertising\": { \"A\": 1 } } }", "bad.json: $.categories[\"Advertising\"]: expected an array of companies, found object")]
    [TestCase("bad.json", "{ \"trackers\": { \"t.example\": { \"categories\": \"Advertising\" } } }", "bad.json: $.trackers[\"t.example\"].categories: expected an array of strings, found string")]
    [TestCase("other.json", "{ \"name\": \"something else\" }", "other.json: line 1: JSON that is neither")]
    public void Malformed_lists_are_refused_naming_the_file_the_line_or_path_and_why(string name, string text, string message)
    {
        var path = Write(name, text);
        var error = Assert.Throws<FormatException>(() => UserListLoader.Load(path));
        Assert.That(error!.Message, Does.StartWith(Path.Combine(_folder.Path, message)));
    }

    [Test]
    public void Binary_and_non_utf8_files_are_refused_with_their_line()
    {
        var binary = Path.Combine(_folder.Path, "list.bin");
        File.WriteAllBytes(binary, [.. "||a.example^\n"u8, .. "||b.example^\n"u8, 0x00, 0x01, 0x02]);
        var latin1 = Path.Combine(_folder.Path, "latin1.txt");
        File.WriteAllBytes(latin1, [.. "||a.example^\n"u8, (byte)'|', (byte)'|', 0xE9, (byte)'^', (byte)'\n']);
        Assert.Multiple(() =>
        {
            Assert.That(() => UserListLoader.Load(binary), Throws.TypeOf<FormatException>().With.Message.EqualTo(binary + ": line 3: holds a NUL byte; a list is text"));
            Assert.That(() => UserListLoader.Load(latin1), Throws.TypeOf<FormatException>().With.Message.EqualTo(latin1 + ": line 2: is not UTF-8 text"));
        });
    }

    [Test]
    public void Only_regular_files_of_bounded_size_are_read()
    {
        var big = Path.Combine(_folder.Path, "big.txt");
        using (var stream = File.Create(big))
        {
            stream.SetLength(UserListLoader.MaxBytes + 1);
        }

        Assert.Multiple(() =>
        {
            Assert.That(() => UserListLoader.Load(_folder.Path), Throws.TypeOf<FormatException>().With.Message.EqualTo(_folder.Path + ": is a folder; give a list file"));
            Assert.That(() => UserListLoader.Load(Path.Combine(_folder.Path, "missing.txt")), Throws.TypeOf<FormatException>().With.Message.EndsWith("missing.txt: no such file"));
            Assert.That(() => UserListLoader.Load(big), Throws.TypeOf<FormatException>().With.Message.Contains("a list may be at most 67108864 bytes"));
            Assert.That(() => UserListLoader.Load("/dev/zero"), Throws.TypeOf<FormatException>().With.Message.EqualTo("/dev/zero: is empty, or not a regular file (a device, pipe or socket)"));
        });
    }

    private static bool Same(ThirdPartyIdentity a, ThirdPartyIdentity b) =>
        a.Company == b.Company && a.Service == b.Service && a.Category == b.Category
        && a.Categories.SequenceEqual(b.Categories) && a.Lists.SequenceEqual(b.Lists);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder.Path, name);
        File.WriteAllText(path, text);
        return path;
    }
}
