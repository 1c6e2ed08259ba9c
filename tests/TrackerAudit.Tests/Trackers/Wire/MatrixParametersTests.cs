using TrackerAudit.Trackers.Wire;

namespace TrackerAudit.Tests.Trackers.Wire;

public sealed class MatrixParametersTests
{
    [Test]
    public void Reads_semicolon_pairs_in_order_percent_decoding_each_value_once()
    {
        var pairs = new List<KeyValuePair<string, string>>();
        var warnings = new List<string>();

        MatrixParameters.Read("src=123;;cat=a+b;~oref=https%3A%2F%2Fsite.example%2Fpage%3Fq%3D1;flag", pairs, warnings, "path");

        Assert.Multiple(() =>
        {
            Assert.That(pairs, Is.EqualTo(new KeyValuePair<string, string>[]
            {
                new("src", "123"), new("cat", "a+b"), new("~oref", "https://site.example/page?q=1"), new("flag", ""),
            }));
            Assert.That(warnings, Is.Empty);
        });
    }

    [Test]
    public void Keeps_a_value_that_is_not_percent_encoded_UTF8_as_sent_with_a_warning()
    {
        var pairs = new List<KeyValuePair<string, string>>();
        var warnings = new List<string>();

        MatrixParameters.Read("u1=%E2%28;u2=ok", pairs, warnings, "path");

        Assert.Multiple(() =>
        {
            Assert.That(pairs, Has.Count.EqualTo(2));
            Assert.That(pairs[0].Value, Is.EqualTo("%E2%28"));
            Assert.That(warnings.Single(), Does.Contain("path: parameter 'u1'"));
        });
    }

    [Test]
    public void Finds_the_matrix_part_of_a_path_and_the_path_before_it()
    {
        const string url = "https://1.fls.doubleclick.net/activityi;src=1;type=a;~oref=https%3A%2F%2Fx.example%2F?ignored=1";

        Assert.Multiple(() =>
        {
            Assert.That(MatrixParameters.OfPath(url).ToString(), Is.EqualTo("src=1;type=a;~oref=https%3A%2F%2Fx.example%2F"));
            Assert.That(MatrixParameters.PathWithout(url).ToString(), Is.EqualTo("/activityi"));
            Assert.That(MatrixParameters.OfPath("https://x.example/plain?a=1").IsEmpty, Is.True);
        });
    }
}
