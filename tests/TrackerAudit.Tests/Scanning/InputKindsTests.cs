using TrackerAudit.Scanning;

namespace TrackerAudit.Tests.Scanning;

public sealed class InputKindsTests
{
    [TestCase("input", "email", "", "email")]
    [TestCase("input", "text", "contact_email Your e-mail", "email")]
    [TestCase("input", "tel", "", "phone")]
    [TestCase("input", "text", "mobile Mobile number", "phone")]
    [TestCase("input", "text", "postcode Postcode", "postcode")]
    [TestCase("input", "text", "zip postal-code", "postcode")]
    [TestCase("input", "search", "", "search")]
    [TestCase("input", "text", "q", "search")]
    [TestCase("input", "text", "fullname Your name", "name")]
    [TestCase("input", "", "details", "text")]
    [TestCase("textarea", "", "story What happened", "text")]
    public void Chooses_the_canary_by_what_the_page_says_about_the_input(string tag, string type, string hints, string kind) =>
        Assert.That(InputKinds.Of(tag, type, hints), Is.EqualTo(kind));

    [TestCase("hidden")]
    [TestCase("submit")]
    [TestCase("checkbox")]
    [TestCase("password")]
    [TestCase("date")]
    [TestCase("file")]
    public void Types_nothing_into_inputs_that_take_no_text(string type) =>
        Assert.That(InputKinds.Of("input", type, "email"), Is.Null);
}
