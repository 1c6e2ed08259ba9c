using TrackerAudit.Journeys;

namespace TrackerAudit.Tests.Journeys;

public sealed class PlaceholdersTests
{
    private static readonly string[] Inputs = ["email", "story"];

    [TestCase("plain text")]
    [TestCase("${canary.email}")]
    [TestCase("${canary.phone} ${canary.name} ${canary.text}")]
    [TestCase("Dear ${inputs.story}, write to ${inputs.email}")]
    [TestCase("costs $5 {not a placeholder}")]
    public void Accepts_known_placeholders(string text) =>
        Assert.That(Placeholders.Check(text, Inputs), Is.Empty);

    [TestCase("${canary.mail}", "unknown placeholder '${canary.mail}'")]
    [TestCase("${inputs.phone}", "'${inputs.phone}' names no input; the inputs are email, story")]
    [TestCase("${email}", "unknown placeholder '${email}'; expected ${inputs.NAME} or")]
    [TestCase("${ canary.email }", "unknown placeholder '${ canary.email }'")]
    [TestCase("hello ${canary.email", "unterminated placeholder '${canary.email'")]
    public void Explains_a_wrong_placeholder(string text, string message) =>
        Assert.That(Placeholders.Check(text, Inputs), Has.One.Contains(message));

    [Test]
    public void Reports_each_wrong_placeholder_in_a_value()
    {
        var problems = Placeholders.Check("${canary.x} and ${inputs.y} and ${canary.email}", Inputs);

        Assert.That(problems, Has.Count.EqualTo(2));
    }

    [Test]
    public void Says_there_are_no_inputs_when_a_journey_has_none() =>
        Assert.That(Placeholders.Check("${inputs.email}", []), Has.One.Contains("the journey has no inputs"));

    [Test]
    public void Refuses_inputs_inside_inputs() =>
        Assert.That(Placeholders.Check("${inputs.email}", inputs: null), Has.One.Contains("cannot be used inside inputs"));
}
