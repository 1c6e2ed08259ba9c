using System.Security.Cryptography;
using TrackerAudit.Tests.Support;
using TrackerAudit.ThirdParties;

namespace TrackerAudit.Tests.ThirdParties;

public sealed class EntityCatalogueTests
{
    [TestCase("www.google-analytics.com", "Google", "Google Analytics", "analytics")]
    [TestCase("analytics.google.com", "Google", "Google Analytics", "analytics")]
    [TestCase("connect.facebook.net", "Facebook", "Facebook", "social")]
    [TestCase("static.hotjar.com", "Hotjar", "Hotjar", "analytics")]
    [TestCase("cdn.cookielaw.org", "Optanon", "Optanon", "consent-provider")]
    [TestCase("fonts.gstatic.com", "Google", "Google Fonts", "cdn")]
    [TestCase("googleads.g.doubleclick.net", "Google", "Google/Doubleclick Ads", "advertising")]
    [TestCase("analytics.tiktok.com", "ByteDance Ltd", "TikTok", "social")]
    [TestCase("px.ads.linkedin.com", "LinkedIn Ads", "LinkedIn Ads", "advertising")]
    [TestCase("WWW.GoogleTagManager.com.", "Google", "Google Tag Manager", "tag-manager")]
    public void Names_the_company_service_and_category_of_a_host_from_third_party_web(string host, string company, string service, string category)
    {
        var identity = EntityCatalogue.Default.Identify(host);
        Assert.That(identity, Is.EqualTo(new ThirdPartyIdentity(company, service, category, [category], ["third-party-web"])).Using<ThirdPartyIdentity>(SameIdentity));
    }

    [Test]
    public void An_exact_domain_wins_over_its_parents_wildcard_and_the_wildcard_covers_the_bare_domain()
    {
        Assert.Multiple(() =>
        {
            Assert.That(EntityCatalogue.Default.Identify("fbcdn-photos-e-a.akamaihd.net")?.Company, Is.EqualTo("Facebook"));
            Assert.That(EntityCatalogue.Default.Identify("other.akamaihd.net")?.Company, Is.EqualTo("Akamai"));
            Assert.That(EntityCatalogue.Default.Identify("hotjar.com")?.Company, Is.EqualTo("Hotjar"));
            Assert.That(EntityCatalogue.Default.Identify("nothotjar.com"), Is.Null);
            Assert.That(EntityCatalogue.Default.Identify("fonts.gstatic.com.evil.example"), Is.Null);
            Assert.That(EntityCatalogue.Default.Identify("intranet"), Is.Null);
        });
    }

    [Test]
    public void Holds_every_entity_of_the_shipped_file_and_records_its_version()
    {
        var list = BuiltInLists.ThirdPartyWeb.Info;
        var shipped = File.ReadAllBytes(Path.Combine(RepoPaths.Root, "src", "TrackerAudit", "ThirdParties", "Data", "third-party-web-entities.json"));
        Assert.Multiple(() =>
        {
            Assert.That(list.Entries, Is.GreaterThan(3000), "third-party-web 0.30.0 lists 3,132 domains");
            Assert.That(list.Version, Is.EqualTo("0.30.0"));
            Assert.That(list.Licence, Is.EqualTo("MIT"));
            Assert.That(list.Sha256, Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(shipped))));
            Assert.That(File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "TrackerAudit", "ThirdParties", "Data", "README.md")), Does.Contain(list.Sha256));
            Assert.That(EntityCatalogue.Default.Lists.Select(info => info.Name), Is.EqualTo(new[] { "Public Suffix List", "third-party-web" }));
        });
    }

    [TestCase("ad", "advertising")]
    [TestCase("Advertising", "advertising")]
    [TestCase("FingerprintingInvasive", "fingerprinting-invasive")]
    [TestCase("Ad Motivated Tracking", "ad-motivated-tracking")]
    [TestCase("Social - Share", "social-share")]
    [TestCase("customer-success", "customer-success")]
    [TestCase("  ", null)]
    public void Spells_categories_of_every_list_one_way(string category, string? expected)
    {
        Assert.That(CategoryNames.Normalise(category), Is.EqualTo(expected));
    }

    private static bool SameIdentity(ThirdPartyIdentity a, ThirdPartyIdentity b) =>
        a.Company == b.Company && a.Service == b.Service && a.Category == b.Category
        && a.Categories.SequenceEqual(b.Categories) && a.Lists.SequenceEqual(b.Lists);
}
