using TrackerAudit.Scanning;

namespace TrackerAudit.Tests.Scanning;

public sealed class LinkChoiceTests
{
    private static readonly Uri Page = new("https://www.example.org/");

    private static readonly (string Href, string Text)[] Links =
    [
        ("/about", "About us"),
        ("/news", "News"),
        ("/contact", "Contact"),
        ("/shop", "Shop"),
        ("/events", "Events"),
        ("/services/sexual-health", "Clinics"),
        ("/help", "Report rape or sexual assault"),
        ("https://other.example/debt", "Debt advice elsewhere"),
        ("https://example.org/history", "History"),
        ("/#top", "Top"),
        ("/leaflet.pdf", "Leaflet about debt"),
        ("mailto:info@example.org", "Write to us"),
    ];

    private static readonly string[] Words = ["rape", "sexual health", "debt"];

    [Test]
    public void Links_naming_a_sensitive_word_in_their_text_or_URL_come_first()
    {
        var chosen = LinkChoice.Choose(Links, Page, Words, 3, seed: 7);

        Assert.Multiple(() =>
        {
            Assert.That(chosen.Take(2).Select(link => link.Url), Is.EquivalentTo(new[] { "https://www.example.org/services/sexual-health", "https://www.example.org/help" }));
            Assert.That(chosen.Take(2).Select(link => link.Sensitive), Has.All.True);
            Assert.That(chosen[2].Sensitive, Is.False);
        });
    }

    [Test]
    public void Only_pages_of_the_same_site_are_chosen_never_the_page_itself_other_sites_files_or_mail()
    {
        var chosen = LinkChoice.Choose(Links, Page, Words, 50, seed: 1).Select(link => link.Url).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(chosen, Has.Count.EqualTo(8));
            Assert.That(chosen, Does.Contain("https://example.org/history"), "www. and the bare host are one site");
            Assert.That(chosen, Has.None.StartsWith("https://other.example"));
            Assert.That(chosen, Has.None.EqualTo("https://www.example.org/"));
            Assert.That(chosen, Has.None.EndsWith(".pdf"));
        });
    }

    [Test]
    public void The_same_seed_chooses_the_same_pages_whatever_the_order_of_the_links_in_the_page()
    {
        var first = LinkChoice.Choose(Links, Page, Words, 4, seed: 42);
        var shuffled = LinkChoice.Choose(Links.Reverse(), Page, Words, 4, seed: 42);

        Assert.That(shuffled, Is.EqualTo(first));
    }

    [Test]
    public void Other_seeds_choose_other_pages_among_the_ordinary_links()
    {
        var choices = Enumerable.Range(0, 20).Select(seed => LinkChoice.Choose(Links, Page, [], 1, seed).Single().Url).Distinct().ToList();

        Assert.That(choices, Has.Count.GreaterThan(1));
    }
}
