using TrackerAudit.Journeys;
using TrackerAudit.Running;

namespace TrackerAudit.Tests.Journeys;

public sealed class InputValuesTests
{
    private static readonly Journey Journey = new()
    {
        Name = "j",
        SourcePath = "j.yaml",
        SourceSha256 = "",
        Start = "/",
        Inputs = new Dictionary<string, string> { ["email"] = "${canary.email}", ["note"] = "hello ${canary.text}" },
    };

    [Test]
    public void Inputs_and_canaries_resolve_to_the_same_value_within_a_run()
    {
        var values = new InputValues(Journey);

        var email = values.Resolve("${inputs.email}");

        Assert.Multiple(() =>
        {
            Assert.That(email, Does.Match(@"^canary\.[0-9a-f]{10}@example\.org$"));
            Assert.That(values.Resolve("${canary.email}"), Is.EqualTo(email));
            Assert.That(values.Inputs["email"], Is.EqualTo(email));
            Assert.That(values.Resolve("to: ${inputs.email}!"), Is.EqualTo($"to: {email}!"));
        });
    }

    [Test]
    public void Each_run_gets_new_canaries()
    {
        Assert.That(new InputValues(Journey).Resolve("${canary.email}"), Is.Not.EqualTo(new InputValues(Journey).Resolve("${canary.email}")));
    }

    [Test]
    public void Canary_kinds_have_the_shape_sites_accept()
    {
        var values = new InputValues(Journey);

        Assert.Multiple(() =>
        {
            Assert.That(values.Resolve("${canary.phone}"), Does.Match(@"^07700 900\d{3}$"));
            Assert.That(values.Resolve("${canary.name}"), Does.Match(@"^Robin [A-Z][a-z]{6}$"));
            Assert.That(values.Resolve("${canary.text}"), Does.Match(@"^canary [0-9a-f]{12}$"));
        });
    }

    [Test]
    public void Text_without_placeholders_is_left_alone()
    {
        Assert.That(new InputValues(Journey).Resolve("plain ${unknown.x} text"), Is.EqualTo("plain ${unknown.x} text"));
    }
}
