using TrackerAudit.Tests.Support;
using TrackerAudit.Trackers;
using TrackerAudit.Trackers.HubSpot;

namespace TrackerAudit.Tests.Trackers.HubSpot;

// Written from tracker-protocols-more.md section 1.12, "Collected Forms": POST forms(-<region>).hscollectedforms.net/collected-forms/submit/form
// with {contactFields:{email, firstName, phone...}, formValues:{<label>:<value>...}, portalId, pageUrl, pageTitle, utk, collectedFormId, type:"SCRAPED"}.
public sealed class HubSpotCollectedFormsTests
{
    private const string Url = "https://forms.hscollectedforms.net/collected-forms/submit/form";

    private const string Body =
        """
        {"contactFields":{"email":"sam@example.org","firstName":"Sam","phone":"07700 900456"},
         "formValues":{"Your e-mail":"sam@example.org","What happened?":"I was assaulted on Friday","Best time to call":"evenings"},
         "portalId":8348326,"pageUrl":"https://police.example/report/rape","pageTitle":"Report a rape or sexual assault",
         "utk":"365f52fed0feb2964f658915a37a291d","collectedFormId":"form-report","type":"SCRAPED","version":"collected-forms-embed-js-static-1.312"}
        """;

    private readonly HubSpotDecoder _decoder = new();

    [Test]
    public void Decodes_every_typed_form_field_of_a_collected_form_in_cleartext()
    {
        var result = _decoder.Decode(Requests.Post(Url, "application/json", Body, "xhr"));

        var form = result.Events.Single();
        Assert.Multiple(() =>
        {
            Assert.That(result.Warnings, Is.Empty);
            Assert.That(form.Kind, Is.EqualTo(TrackerEventKind.Beacon));
            Assert.That(form.Name, Is.EqualTo("form submission"));
            Assert.That(form.Meaning, Is.EqualTo(EventMeaning.Form));
            Assert.That(form.AccountId, Is.EqualTo("8348326"));
            Assert.That(form.PageUrl, Is.EqualTo("https://police.example/report/rape"));
            Assert.That(form.PageTitle, Is.EqualTo("Report a rape or sexual assault"));
            Assert.That(form.Transport, Is.EqualTo("xhr"));
            Assert.That(form.Field("formValues.What happened?").Value, Is.EqualTo("I was assaulted on Friday"));
            Assert.That(form.Field("formValues.What happened?").Sensitivity, Is.EqualTo(FieldSensitivity.High));
            Assert.That(form.Field("formValues.Your e-mail").Sensitivity, Is.EqualTo(FieldSensitivity.Identifier));
            Assert.That(form.Field("contactFields.email").Sensitivity, Is.EqualTo(FieldSensitivity.Identifier));
            Assert.That(form.Field("contactFields.firstName").Sensitivity, Is.EqualTo(FieldSensitivity.High));
            Assert.That(form.Field("contactFields.phone").Sensitivity, Is.EqualTo(FieldSensitivity.Identifier));
            Assert.That(form.Field("utk").Cookie, Is.EqualTo("hubspotutk"));
            Assert.That(form.Field("utk").Sensitivity, Is.EqualTo(FieldSensitivity.Identifier));
            Assert.That(form.RawParameters, Has.Some.EqualTo(new KeyValuePair<string, string>("formValues.Best time to call", "evenings")));
        });
    }

    [Test]
    public void Reads_a_collected_form_sent_as_text_plain_to_a_regional_host()
    {
        var form = _decoder.Decode(Requests.Post("https://forms-eu1.hscollectedforms.net/collected-forms/submit/form", "text/plain;charset=UTF-8", Body)).Events.Single();

        Assert.That(form.FieldValue("contactFields.email"), Is.EqualTo("sam@example.org"));
    }

    [Test]
    public void A_truncated_or_empty_submission_is_still_a_HubSpot_form_event_with_warnings()
    {
        var truncated = _decoder.Decode(Requests.Post(Url, "application/json", Body[..120]));
        var empty = _decoder.Decode(Requests.Post(Url, "application/json", ""));
        var notJson = _decoder.Decode(Requests.Post(Url, "application/x-www-form-urlencoded", "email=a%40b.c"));

        Assert.That(new[] { truncated, empty, notJson }.Select(r => r.Events.Single().Meaning), Is.All.EqualTo(EventMeaning.Form));
        Assert.That(truncated.Warnings, Has.Some.Contains("not valid JSON"));
        Assert.That(truncated.Warnings, Has.Some.Contains("portalId missing"));
        Assert.That(empty.Warnings, Has.Some.Contains("without a body"));
        Assert.That(notJson.Warnings, Has.Some.Contains("not JSON"));
    }
}
