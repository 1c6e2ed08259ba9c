using TrackerAudit.Trackers.Google;

namespace TrackerAudit.Tests.Trackers.Google;

// Google's documented normalisation: trim, lower-case, E.164 phone numbers, no dots before @gmail.com / @googlemail.com.
public sealed class GoogleNormalizerTests
{
    [TestCase(" Jane.Doe@Gmail.com ", "janedoe@gmail.com")]
    [TestCase("j.doe@googlemail.com", "jdoe@googlemail.com")]
    [TestCase("Jane.Doe@Example.org", "jane.doe@example.org")]
    public void Lower_cases_and_trims_an_email_and_drops_the_dots_of_a_gmail_address(string typed, string expected) =>
        Assert.That(GoogleNormalizer.Email(typed), Is.EqualTo(expected));

    [TestCase("+44 7700 900123", "+447700900123")]
    [TestCase("0044 7700 900123", "+447700900123")]
    [TestCase("1 (555) 010-9999", "+15550109999")]
    [TestCase("07700 900123", null)]
    [TestCase("Flat 12, 34 High Street", null)]
    [TestCase("+44 12", null)]
    public void Formats_a_phone_number_typed_with_its_country_code_as_E164(string typed, string? expected) =>
        Assert.That(GoogleNormalizer.Phone(typed), Is.EqualTo(expected));

    [Test]
    public void Offers_the_gmail_and_E164_forms_to_the_typed_value_search()
    {
        Assert.Multiple(() =>
        {
            Assert.That(GoogleNormalizer.TypedValueForms("Jane.Doe@gmail.com").Select(form => form.Value), Has.Member("janedoe@gmail.com"));
            Assert.That(GoogleNormalizer.TypedValueForms("+1 555 010 9999").Select(form => (form.Description, form.Value)),
                Has.Member(("google normalised ph (E.164)", "+15550109999")));
            Assert.That(GoogleNormalizer.TypedValueForms("hello"), Is.Empty);
        });
    }
}
