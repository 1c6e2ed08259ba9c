using TrackerAudit.Trackers;
using TrackerAudit.Trackers.Google;

namespace TrackerAudit.Tests.Trackers.Google;

public sealed class GoogleFieldsTests
{
    [Test]
    public void A_value_two_trackers_send_under_one_name_keeps_each_tracker_meaning()
    {
        var warnings = new List<string>();
        var analytics = new GoogleFields(1, warnings);
        var ads = new GoogleFields(1, warnings);

        analytics.Add("cid", "111.222", new("Google Analytics client id", FieldSensitivity.Identifier, "_ga"));
        ads.Add("cid", "111.222", new("encrypted browser id", FieldSensitivity.Identifier));
        analytics.Add("cid", "111.222", new("Google Analytics client id", FieldSensitivity.Identifier, "_ga"));

        Assert.Multiple(() =>
        {
            Assert.That(analytics.Fields.Select(f => (f.Meaning, f.Cookie)), Is.All.EqualTo(("Google Analytics client id", "_ga")));
            Assert.That(ads.Fields.Single().Meaning, Is.EqualTo("encrypted browser id"));
            Assert.That(ads.Fields.Single().Cookie, Is.Null);
        });
    }

    [Test]
    public void Adds_a_consent_parameter_with_one_field_per_signal()
    {
        var fields = new GoogleFields(1, []);

        fields.Add("gcs", "G100", GoogleParameterInfo.Unknown);

        Assert.That(fields.Fields.Select(f => (f.Path, f.Value)), Is.EqualTo(new[]
        {
            ("gcs", "G100"), ("gcs.ad_storage", "denied"), ("gcs.analytics_storage", "denied"),
        }));
    }
}
