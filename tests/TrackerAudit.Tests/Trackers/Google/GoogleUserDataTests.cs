using TrackerAudit.Trackers;
using TrackerAudit.Trackers.Google;

namespace TrackerAudit.Tests.Trackers.Google;

// The token's shape is that of tracker-protocols-more.md §1.1 ("hashed PII") and §1.3.
public sealed class GoogleUserDataTests
{
    private static readonly string EmailHash = new('a', 64);

    [Test]
    public void Splits_the_token_into_one_identifier_field_per_part()
    {
        var fields = new List<TrackerField>();
        var warnings = new List<string>();

        GoogleUserData.Add(fields, "em", $"tv.1~em.{EmailHash}~pn.{new string('b', 64)}~fn0.{new string('c', 64)}", warnings);

        Assert.Multiple(() =>
        {
            Assert.That(fields.Select(f => f.Path), Is.EqualTo(new[] { "em[tv]", "em[em]", "em[pn]", "em[fn0]" }));
            Assert.That(fields[1].Value, Is.EqualTo(EmailHash));
            Assert.That(fields[1].Sensitivity, Is.EqualTo(FieldSensitivity.Identifier));
            Assert.That(fields[1].Meaning, Does.Contain("hashed e-mail address").And.EndWith("hex"));
            Assert.That(fields[3].Meaning, Does.Contain("first name (address 0)"));
            Assert.That(fields[0].Sensitivity, Is.EqualTo(FieldSensitivity.None));
            Assert.That(warnings, Is.Empty);
        });
    }

    [Test]
    public void Warns_about_a_value_that_is_not_a_token()
    {
        var fields = new List<TrackerField>();
        var warnings = new List<string>();

        GoogleUserData.Add(fields, "em", "someone@example.org", warnings);

        Assert.Multiple(() =>
        {
            Assert.That(fields, Is.Empty);
            Assert.That(warnings, Has.Some.Contains("not a user-data token"));
        });
    }
}
