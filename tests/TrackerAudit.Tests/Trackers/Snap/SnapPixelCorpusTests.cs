using TrackerAudit.Tests.Support;
using TrackerAudit.Trackers;
using TrackerAudit.Trackers.Snap;

namespace TrackerAudit.Tests.Trackers.Snap;

public sealed class SnapPixelCorpusTests
{
    private readonly SnapPixelDecoder _decoder = new();

    [Test]
    public void Decodes_every_snapchat_line_of_the_shared_corpus_with_its_pixel_id()
    {
        var beacons = 0;
        var syncs = 0;
        foreach (var line in Corpus.All().Where(line => new Uri(line.Url).Host.EndsWith("snapchat.com", StringComparison.Ordinal)))
        {
            var request = line.Request();
            Assert.That(_decoder.CanDecode(request), Is.True, line.ToString());
            var trackerEvent = _decoder.Decode(request).Events.Single();
            Assert.That(trackerEvent.TrackerId, Is.EqualTo("snap"), line.ToString());
            if (trackerEvent.Kind == TrackerEventKind.Beacon)
            {
                beacons++;
                Assert.That(trackerEvent.AccountId, Is.Not.Null.And.Not.Empty, $"{line}: pixel id");
                Assert.That(trackerEvent.Name, Is.EqualTo("PAGE_VIEW"), line.ToString());
                Assert.That(trackerEvent.Meaning, Is.EqualTo(EventMeaning.PageView), line.ToString());
                Assert.That(trackerEvent.PageUrl, Does.StartWith("https://www."), line.ToString());
                Assert.That(trackerEvent.Warnings, Is.Empty, line.ToString());
            }
            else
            {
                syncs++;
                Assert.That(trackerEvent.Kind, Is.EqualTo(TrackerEventKind.Duplicate), line.ToString());
            }
        }

        // The nonprofit file: 18 /p beacons (16 form POSTs, 2 GETs) and 9 /cm/ cookie matches and partner syncs.
        Assert.That((beacons, syncs), Is.EqualTo((18, 9)));
    }

    [Test]
    public void Decodes_the_2021_form_POST_with_page_time_and_browser_id()
    {
        // Nonprofit line 80: plannedparenthood.org, POST https://tr.snapchat.com/p, form body pid=e28abec5-...&ev=PAGE_VIEW, cookie sc_at.
        var result = _decoder.Decode(Corpus.Request(Corpus.Nonprofit, 80, "https://tr.snapchat.com/p"));

        var beacon = result.Events.Single();
        Assert.Multiple(() =>
        {
            Assert.That(result.Warnings, Is.Empty);
            Assert.That(beacon.Kind, Is.EqualTo(TrackerEventKind.Beacon));
            Assert.That(beacon.AccountId, Is.EqualTo("e28abec5-490a-43ca-a207-2bb7cf6e0a47"));
            Assert.That(beacon.NameParameter, Is.EqualTo("ev"));
            Assert.That(beacon.Transport, Is.EqualTo("formPOST"));
            Assert.That(beacon.PageUrl, Is.EqualTo("https://www.plannedparenthood.org/"));
            Assert.That(beacon.Referrer, Is.EqualTo(""));
            Assert.That(beacon.EventTime, Is.EqualTo(DateTimeOffset.FromUnixTimeMilliseconds(1634566020988)));
            Assert.That(beacon.LibraryVersion, Is.EqualTo("1.5"));
            Assert.That(beacon.Field("pl").Sensitivity, Is.EqualTo(FieldSensitivity.High));
            Assert.That(beacon.Field("u_c1").Value, Is.EqualTo("89416a63-dbe3-4ee3-bba2-67f50b37dd4a"));
            Assert.That(beacon.Field("u_c1").Sensitivity, Is.EqualTo(FieldSensitivity.Identifier));
            Assert.That(beacon.Field("u_c1").Cookie, Is.EqualTo("_scid"));
            Assert.That(beacon.Field("m_pl").Meaning, Does.Contain("page load"));
            Assert.That(beacon.RawParameters.Select(p => p.Key), Is.EqualTo(new[]
            {
                "pid", "ev", "pl", "ts", "rf", "v", "if", "bt", "u_hem", "u_c1", "m_sl", "m_rd", "m_pi", "m_pl", "m_ic",
            }));
        });
    }

    [Test]
    public void Calls_the_FFF_hashed_email_a_placeholder_not_an_identifier()
    {
        // Nonprofit line 80: plannedparenthood.org's form POST; u_hem is 'FFF' and 64 hex digits although no e-mail was typed.
        var beacon = _decoder.Decode(Corpus.Request(Corpus.Nonprofit, 80, "https://tr.snapchat.com/p")).Events.Single();

        var hem = beacon.Field("u_hem");
        Assert.That(hem.Value, Does.StartWith("FFF").And.Length.EqualTo(67));
        Assert.That(hem.Sensitivity, Is.EqualTo(FieldSensitivity.Unknown));
        Assert.That(hem.Meaning, Does.Contain("placeholder"));
    }

    [Test]
    public void Reads_the_sc_at_cookie_and_the_browser_id_gzipped_inside_it()
    {
        // Nonprofit line 80: the Cookie header carries sc_at=v2|H4sI... (base64 of gzip).
        var beacon = _decoder.Decode(Corpus.Request(Corpus.Nonprofit, 80, "https://tr.snapchat.com/p")).Events.Single();

        Assert.That(beacon.Field("cookie:sc_at").Value, Does.StartWith("v2|H4sI"));
        Assert.That(beacon.Field("cookie:sc_at").Sensitivity, Is.EqualTo(FieldSensitivity.Identifier));
        Assert.That(beacon.FieldValue("cookie:sc_at.inflated"), Is.EqualTo("cd71feea-dc7a-41da-897f-0e791613fb82||1634566020|0"));
    }

    [Test]
    public void Decodes_the_2021_GET_beacon_with_its_integration()
    {
        // Nonprofit line 162: marchofdimes.org, GET https://tr.snapchat.com/p?pid=92c1937b-...&ev=PAGE_VIEW&...&intg=gtm.
        var beacon = _decoder.Decode(Corpus.Request(Corpus.Nonprofit, 162, "https://tr.snapchat.com/p?pid=92c1937b")).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(beacon.AccountId, Is.EqualTo("92c1937b-17ae-4683-9a2d-f91c5414d25a"));
            Assert.That(beacon.Transport, Is.EqualTo("GET"));
            Assert.That(beacon.PageUrl, Is.EqualTo("https://www.marchofdimes.org/"));
            Assert.That(beacon.FieldValue("intg"), Is.EqualTo("gtm"));
            Assert.That(beacon.Field("u_c1").Cookie, Is.EqualTo("_scid"));
            Assert.That(beacon.FieldsAt("cookie:sc_at"), Is.Empty);
        });
    }

    [Test]
    public void Calls_the_cm_i_cookie_match_a_duplicate_of_the_visit_naming_the_pixel()
    {
        // Nonprofit line 75: plannedparenthood.org, GET https://tr.snapchat.com/cm/i?pid=e28abec5-...
        var trackerEvent = _decoder.Decode(Corpus.Request(Corpus.Nonprofit, 75, "https://tr.snapchat.com/cm/i?pid=")).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(trackerEvent.Kind, Is.EqualTo(TrackerEventKind.Duplicate));
            Assert.That(trackerEvent.Name, Is.EqualTo("cookie match"));
            Assert.That(trackerEvent.AccountId, Is.EqualTo("e28abec5-490a-43ca-a207-2bb7cf6e0a47"));
            Assert.That(trackerEvent.Warnings, Is.Empty);
        });
    }

    [Test]
    public void Decodes_the_partner_sync_with_the_partners_cookie_id()
    {
        // Nonprofit line 90: plannedparenthood.org, GET https://tr.snapchat.com/cm/p?rand=...&pnid=140&pcid=95942d4f-...
        var trackerEvent = _decoder.Decode(Corpus.Request(Corpus.Nonprofit, 90, "https://tr.snapchat.com/cm/p?rand=")).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(trackerEvent.Kind, Is.EqualTo(TrackerEventKind.Duplicate));
            Assert.That(trackerEvent.Name, Is.EqualTo("partner cookie sync"));
            Assert.That(trackerEvent.AccountId, Is.Null);
            Assert.That(trackerEvent.FieldValue("pnid"), Is.EqualTo("140"));
            Assert.That(trackerEvent.Field("pcid").Value, Is.EqualTo("95942d4f-270c-4dc1-a059-f4ea9cb2c838"));
            Assert.That(trackerEvent.Field("pcid").Sensitivity, Is.EqualTo(FieldSensitivity.Identifier));
        });
    }
}
