using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TrackerAudit.Reports.Bundle;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Reports.Bundle;

public sealed class RedactionMaskTests
{
    private readonly RedactionMask _mask = RedactionMask.For(ContactFormRun.Report());

    [Test]
    public void The_typed_value_is_masked_in_its_common_spellings()
    {
        var spellings = new[]
        {
            ContactFormRun.Email,
            ContactFormRun.Email.ToUpperInvariant(),
            Uri.EscapeDataString(ContactFormRun.Email),
            WebUtility.UrlEncode(ContactFormRun.Email),
            JsonEncodedText.Encode(ContactFormRun.Email).Value,
            Convert.ToBase64String(Encoding.UTF8.GetBytes(ContactFormRun.Email)),
            Uri.EscapeDataString(Uri.EscapeDataString(ContactFormRun.Email)),
        };

        foreach (var spelling in spellings)
        {
            Assert.That(_mask.Mask($"before {spelling} after"), Is.EqualTo("before [redacted:email] after"), spelling);
        }
    }

    [Test]
    public void The_hash_of_the_typed_value_is_kept()
    {
        var text = "udff[em]=" + ContactFormRun.EmailSha256;

        Assert.That(_mask.Mask(text), Is.EqualTo(text));
    }

    [Test]
    public void A_short_typed_value_is_not_masked_in_running_text()
    {
        Assert.That(_mask.Mask("ts=1742042"), Is.EqualTo("ts=1742042"));
    }

    [Test]
    public void Long_cookie_values_are_masked_wherever_they_appear_raw_or_decoded()
    {
        Assert.That(_mask.Mask("id " + ContactFormRun.UserCookie), Is.EqualTo("id " + RedactionMask.CookieMask));
        Assert.That(_mask.Mask(ContactFormRun.SessionCookieRaw + "|" + ContactFormRun.SessionCookieDecoded), Is.EqualTo(RedactionMask.CookieMask + "|" + RedactionMask.CookieMask));
    }

    [Test]
    public void A_Cookie_header_keeps_its_names_and_loses_every_value()
    {
        Assert.That(RedactionMask.MaskCookieHeader("c_user=1000; xs=a%3Ab; dpr=1; flag"), Is.EqualTo("c_user=[redacted cookie]; xs=[redacted cookie]; dpr=[redacted cookie]; flag"));
    }

    [Test]
    public void In_JSON_cookie_headers_and_decoded_cookie_fields_are_masked_by_their_shape()
    {
        var node = JsonNode.Parse("""
            {"headers":[{"name":"cookie","value":"dpr=1"},{"name":"accept","value":"1"}],
             "fields":[{"path":"cookie:dpr","value":"1"},{"path":"ev","value":"1"}],
             "finding":{"parameter":"cookie:dpr","value":"1","statement":"said jane.doe+test@example.org"}}
            """);

        _mask.MaskInPlace(node);

        Assert.That(node!.ToJsonString(), Is.EqualTo("""
            {"headers":[{"name":"cookie","value":"dpr=[redacted cookie]"},{"name":"accept","value":"1"}],"fields":[{"path":"cookie:dpr","value":"[redacted cookie]"},{"path":"ev","value":"1"}],"finding":{"parameter":"cookie:dpr","value":"[redacted cookie]","statement":"said [redacted:email]"}}
            """));
    }
}
