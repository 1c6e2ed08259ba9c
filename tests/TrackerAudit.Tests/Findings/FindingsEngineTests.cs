using System.Security.Cryptography;
using System.Text;
using TrackerAudit.Capture;
using TrackerAudit.Findings;
using TrackerAudit.Running;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Findings;

public sealed class FindingsEngineTests
{
    private const string Site = "https://www.northshire.police.uk";
    private const string Email = "jane.canary7@example.org";

    [Test]
    public void A_sensitive_word_in_the_page_url_is_a_high_finding_naming_the_parameter_and_step()
    {
        var run = Run(Beacon(2, $"https://www.facebook.com/tr/?id=1234&ev=PageView&dl={Uri.EscapeDataString(Site + "/report/rape-sexual-assault/")}&pmd[title]=Report%20rape"));

        var inUrl = FindingsEngine.Analyse(run).Where(f => f.Category == FindingCategory.SensitiveContext && f.Parameter == "dl").ToList();
        var finding = inUrl.Single(f => f.Subject.Contains("sexual assault", StringComparison.Ordinal));

        Assert.Multiple(() =>
        {
            Assert.That(inUrl.Select(f => f.Subject), Is.EquivalentTo(new[] { "the sensitive word 'rape'", "the sensitive word 'sexual assault'" }));
            Assert.That(finding.Severity, Is.EqualTo(Severity.High));
            Assert.That(finding.Subject, Is.EqualTo("the sensitive word 'sexual assault'"));
            Assert.That(finding.StepIndex, Is.EqualTo(2));
            Assert.That(finding.AccountId, Is.EqualTo("1234"));
            Assert.That(finding.Value, Is.EqualTo(Site + "/report/rape-sexual-assault/"));
            Assert.That(finding.Statement, Does.StartWith("At 14:02:03 UTC on 'Report rape' (step 2, click text=Continue), Meta Pixel 1234 received the sensitive word 'sexual assault' in dl"));
        });
    }

    [Test]
    public void The_hashed_typed_email_is_recognised_as_typed_data()
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Email)));
        var run = Run(Beacon(3, $"https://www.facebook.com/tr/?id=1234&ev=Lead&udff[em]={hash}"));

        var finding = FindingsEngine.Analyse(run).Single(f => f.Category == FindingCategory.TypedData);

        Assert.Multiple(() =>
        {
            Assert.That(finding.Severity, Is.EqualTo(Severity.Critical));
            Assert.That(finding.Parameter, Is.EqualTo("udff[em]"));
            Assert.That(finding.Transform, Is.EqualTo("sha256(raw)"));
            Assert.That(finding.Subject, Is.EqualTo("the value you typed as 'email'"));
        });
    }

    [Test]
    public void Typed_data_is_found_in_the_body_of_a_third_party_request_no_decoder_knows()
    {
        var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes(Email));
        var request = Requests.Post("https://collect.example-analytics.com/v1", "application/json", $"{{\"u\":\"{encoded}\"}}") with { StepIndex = 4, StepName = "submit" };
        var run = Run(request);

        var finding = FindingsEngine.Analyse(run).Single(f => f.Category == FindingCategory.TypedData);

        Assert.Multiple(() =>
        {
            Assert.That(finding.Recipient, Is.EqualTo("collect.example-analytics.com"));
            Assert.That(finding.Parameter, Is.EqualTo("body"));
            Assert.That(finding.Transform, Is.EqualTo("base64(raw)"));
            Assert.That(finding.Value, Does.Contain(encoded));
        });
    }

    [Test]
    public void Typed_data_is_found_inside_a_gzip_body_sent_as_bytes()
    {
        var request = Requests.PostBytes("https://collect.example-analytics.com/v1", "application/octet-stream", Gzip($"{{\"fields\":{{\"email\":\"{Email}\"}}}}")) with { StepIndex = 4, StepName = "submit" };

        var finding = FindingsEngine.Analyse(Run(request)).Single(f => f.Category == FindingCategory.TypedData);

        Assert.That((finding.Parameter, finding.Transform), Is.EqualTo(("body (inflated)", "raw")));
    }

    [Test]
    public void Typed_data_is_found_inside_base64_of_gzip_sent_as_text()
    {
        var body = Convert.ToBase64String(Gzip($"[{{\"value\":\"{Email.ToUpperInvariant()}\"}}]"));
        var request = Requests.Post("https://collect.example-analytics.com/v1", "text/plain", body) with { StepIndex = 4, StepName = "submit" };

        var finding = FindingsEngine.Analyse(Run(request)).Single(f => f.Category == FindingCategory.TypedData);

        Assert.That((finding.Parameter, finding.Transform), Is.EqualTo(("body (inflated)", "upper")));
    }

    [Test]
    public void The_first_party_cookie_an_identifier_carries_is_named_with_it()
    {
        var run = Run(Beacon(1, "https://www.facebook.com/tr/?id=1234&ev=PageView&fbp=fb.1.1700000000000.123456"));

        var fbp = FindingsEngine.Analyse(run).Single(f => f.Category == FindingCategory.Identifier && f.Parameter == "fbp");

        Assert.That(fbp.Subject, Does.Contain("_fbp"));
    }

    [Test]
    public void First_party_requests_are_not_findings()
    {
        var run = Run(Requests.Get(Site + "/search?q=" + Uri.EscapeDataString(Email)) with { StepIndex = 1, StepName = "search" });

        Assert.That(FindingsEngine.Analyse(run), Is.Empty);
    }

    [Test]
    public void The_facebook_account_cookie_is_a_high_identifier_finding_and_fbp_a_medium_one()
    {
        var run = Run(Beacon(1, "https://www.facebook.com/tr/?id=1234&ev=PageView&fbp=fb.1.1700000000000.123456").WithCookie("c_user=100012345678901; fr=abc"));

        var identifiers = FindingsEngine.Analyse(run).Where(f => f.Category == FindingCategory.Identifier).ToDictionary(f => f.Parameter);

        Assert.Multiple(() =>
        {
            Assert.That(identifiers["cookie:c_user"].Severity, Is.EqualTo(Severity.High));
            Assert.That(identifiers["cookie:c_user"].Value, Is.EqualTo("100012345678901"));
            Assert.That(identifiers["fbp"].Severity, Is.EqualTo(Severity.Medium));
        });
    }

    [Test]
    public void Every_page_view_and_click_is_a_low_finding_saying_what_meta_learned()
    {
        var run = Run(
            Beacon(1, "https://www.facebook.com/tr/?id=1234&ev=PageView&dl=https%3A%2F%2Fwww.northshire.police.uk%2F&pmd[title]=Home"),
            Beacon(2, "https://www.facebook.com/tr/?id=1234&ev=SubscribedButtonClick&cd[buttonText]=Report%20online&pmd[title]=Home"));

        var behaviour = FindingsEngine.Analyse(run).Where(f => f.Category == FindingCategory.PageAndBehaviour).Select(f => f.Subject).ToList();

        Assert.That(behaviour, Is.EquivalentTo(new[] { "a visit to 'Home'", "a click on 'Report online' on 'Home'" }));
    }

    [Test]
    public void A_json_value_is_reported_by_its_parts_not_again_as_a_whole()
    {
        var features = Uri.EscapeDataString("{\"innerText\":\"Report rape\",\"tag\":\"a\"}");
        var run = Run(Beacon(1, $"https://www.facebook.com/tr/?id=1234&ev=SubscribedButtonClick&cd[buttonFeatures]={features}"));

        var parameters = FindingsEngine.Analyse(run).Where(f => f.Category == FindingCategory.SensitiveContext).Select(f => f.Parameter).ToList();

        Assert.That(parameters, Is.EqualTo(new[] { "cd[buttonFeatures].innerText" }));
    }

    [Test]
    public void Finding_keys_are_equal_across_runs_on_another_port_with_new_canaries()
    {
        static IReadOnlyList<Finding> Analyse(string origin, string canary) => FindingsEngine.Analyse(Run(
            [Beacon(1, $"https://www.facebook.com/tr/?id=1234&ev=PageView&dl={Uri.EscapeDataString(origin + "/report/rape/?where=" + canary)}&fbp=fb.1.{canary.Length}.1")],
            canary));

        var first = Analyse("http://127.0.0.1:40001", "canary-aaaa@example.org");
        var second = Analyse("http://127.0.0.1:40002", "canary-bbbb@example.org");

        Assert.That(first.Select(f => f.Key), Is.EquivalentTo(second.Select(f => f.Key)));
        Assert.That(first.Select(f => f.Key), Is.Unique);
    }

    private static byte[] Gzip(string text)
    {
        using var output = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(output, System.IO.Compression.CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return output.ToArray();
    }

    private static CapturedRequest Beacon(int step, string url) =>
        Requests.Get(url) with { StepIndex = step, StepName = "step " + step, Time = new DateTimeOffset(2026, 11, 29, 14, 2, 3, TimeSpan.Zero) };

    private static JourneyRun Run(params CapturedRequest[] requests) => Run(requests, Email);

    private static JourneyRun Run(CapturedRequest[] requests, string email) => (SomeRun.Journey("j") with
    {
        StartUrl = Site + "/",
        Sensitive = ["rape", "sexual assault"],
        TypedValues = new Dictionary<string, string> { ["email"] = email },
        Steps = [.. Enumerable.Range(0, 6).Select(index => SomeRun.Step(index, "step " + index, "click text=Continue", kind: "click"))],
    }).Decoding(requests);
}
