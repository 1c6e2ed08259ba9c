using TrackerAudit.Findings.Matching;
using TrackerAudit.Trackers;
using TrackerAudit.Trackers.Meta;

namespace TrackerAudit.Tests.Trackers.Meta;

public sealed class MetaNormalizerTests
{
    [TestCase("em", "  Jane.Doe+X7@Example.ORG ", "jane.doe+x7@example.org")]
    [TestCase("ph", "+44 (0)20 7946-0018", "4402079460018")]
    [TestCase("ph", "020 7946 0018", "2079460018")]
    [TestCase("fn", " Mary-Jane ", "maryjane")]
    [TestCase("ln", "O'Brien-Ångström", "obrienångström")]
    [TestCase("ct", "St. Albans 2", "stalbans2")]
    [TestCase("st", "California", "ca")]
    [TestCase("st", " N.Y. ", "ny")]
    [TestCase("zp", "94025-1234", "94025")]
    [TestCase("zp", "SW1A 1AA", "sw1a1aa")]
    [TestCase("ge", "Female", "f")]
    [TestCase("ge", " male", "m")]
    [TestCase("ge", "non-binary", "")]
    [TestCase("db", "1990-05-17", "19900517")]
    [TestCase("db", "05/17/1990", "19900517")]
    [TestCase("db", "17/05/1990", "19900517")]
    [TestCase("db", "17.05.1990", "19900517")]
    [TestCase("db", "not a date", "not a date")]
    [TestCase("country", "GB", "gb")]
    [TestCase("country", "U.S.", "us")]
    [TestCase("external_id", "  ABC-123 ", "abc-123")]
    [TestCase("unknown_key", "  Some Value ", "some value")]
    public void Normalises_by_key_as_Meta_does(string key, string value, string expected)
    {
        var normalised = MetaNormalizer.Normalize(key, value);

        Assert.That(normalised, Is.EqualTo(expected));
    }

    [Test]
    public void Plausible_forms_of_an_email_include_the_typed_and_Meta_forms_once_each()
    {
        var forms = TypedValueForms.For(" Jane.Doe@Example.org");

        Assert.That(forms.Select(f => (f.Description, f.Value)), Is.EqualTo(new[]
        {
            ("raw", " Jane.Doe@Example.org"),
            ("trimmed", "Jane.Doe@Example.org"),
            ("normalised em", "jane.doe@example.org"),
            ("lower", " jane.doe@example.org"),
            ("upper", " JANE.DOE@EXAMPLE.ORG"),
            ("normalised fn", "janedoeexampleorg"),
        }));
    }

    [Test]
    public void Plausible_forms_call_trim_and_lower_case_of_a_non_email_by_its_name()
    {
        var forms = TypedValueForms.For(" Hyde Park ");

        Assert.That(forms, Has.One.EqualTo(new NormalizedForm("trimmed lower", "hyde park")));
        Assert.That(forms.Select(f => f.Description), Has.None.EqualTo("normalised em"));
    }

    [Test]
    public void Plausible_forms_of_a_phone_number_include_its_digits()
    {
        var forms = TypedValueForms.For("+44 20 7946 0018");

        Assert.That(forms, Has.One.EqualTo(new NormalizedForm("normalised ph", "442079460018")));
    }

    [Test]
    public void Plausible_forms_leave_out_a_phone_form_of_a_few_stray_digits()
    {
        var forms = TypedValueForms.For("jane.doe+x7@example.org");

        Assert.That(forms.Select(f => f.Description), Has.None.EqualTo("normalised ph"));
    }
}
