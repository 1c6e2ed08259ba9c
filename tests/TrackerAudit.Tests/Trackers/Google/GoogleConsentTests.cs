using TrackerAudit.Trackers.Google;

namespace TrackerAudit.Tests.Trackers.Google;

// The states and letters are those of tracker-protocols-more.md §1.0, "Consent signals".
public sealed class GoogleConsentTests
{
    [Test]
    public void Puts_gcs_into_words_for_ad_and_analytics_storage()
    {
        var denied = GoogleConsent.Describe("gcs", "G100")!;
        var mixed = GoogleConsent.Describe("gcs", "G101")!;

        Assert.Multiple(() =>
        {
            Assert.That(denied.Meaning, Does.EndWith("ad_storage denied, analytics_storage denied"));
            Assert.That(mixed.Meaning, Does.EndWith("ad_storage denied, analytics_storage granted"));
            Assert.That(mixed.Signals, Is.EqualTo(new KeyValuePair<string, string>[] { new("gcs.ad_storage", "denied"), new("gcs.analytics_storage", "granted") }));
            Assert.That(mixed.Problem, Is.Null);
        });
    }

    [Test]
    public void Puts_each_gcd_letter_into_words_from_the_reference_table()
    {
        var described = GoogleConsent.Describe("gcd", "13p3r3l3V5")!;

        Assert.Multiple(() =>
        {
            Assert.That(described.Signals, Is.EqualTo(new KeyValuePair<string, string>[]
            {
                new("gcd.ad_storage", "denied by default"),
                new("gcd.analytics_storage", "denied by default, granted by update"),
                new("gcd.ad_user_data", "not set"),
                new("gcd.ad_personalization", "granted by default and by update (set manually)"),
            }));
            Assert.That(described.Problem, Is.Null);
        });
    }

    [Test]
    public void Says_what_it_could_not_read_in_a_broken_consent_string()
    {
        var unknownLetter = GoogleConsent.Describe("gcd", "11z1l1")!;
        var notGcs = GoogleConsent.Describe("gcs", "X1")!;

        Assert.Multiple(() =>
        {
            Assert.That(unknownLetter.Signals, Has.Count.EqualTo(1));
            Assert.That(unknownLetter.Problem, Does.Contain("'z' for ad_storage is not a known state"));
            Assert.That(notGcs.Signals, Is.Empty);
            Assert.That(notGcs.Problem, Does.Contain("gcs"));
            Assert.That(GoogleConsent.Describe("dl", "G100"), Is.Null);
        });
    }
}
