using TrackerAudit.Trackers.Wire;

namespace TrackerAudit.Tests.Trackers.Wire;

public sealed class PercentDecodingTests
{
    [TestCase("cd%5BbuttonText%5D", "cd[buttonText]")]
    [TestCase("Log+in", "Log in")]
    [TestCase("Caf%C3%A9%20%F0%9F%98%80", "Café 😀")]
    [TestCase("plain", "plain")]
    [TestCase("", "")]
    [TestCase("déjà%20vu", "déjà vu")]
    public void Decodes_form_encoding(string raw, string expected)
    {
        var ok = PercentDecoding.TryDecode(raw, plusIsSpace: true, out var decoded);

        Assert.Multiple(() =>
        {
            Assert.That(ok, Is.True);
            Assert.That(decoded, Is.EqualTo(expected));
        });
    }

    [Test]
    public void Keeps_plus_when_it_is_not_a_space() =>
        Assert.That(PercentDecoding.DecodeOrRaw("a+b%2Bc", plusIsSpace: false), Is.EqualTo("a+b+c"));

    [TestCase("100%")]
    [TestCase("%4")]
    [TestCase("%G0")]
    [TestCase("%C3%28")]
    [TestCase("%FF")]
    public void Keeps_raw_text_when_encoding_is_bad(string raw)
    {
        var ok = PercentDecoding.TryDecode(raw, plusIsSpace: true, out var decoded);

        Assert.Multiple(() =>
        {
            Assert.That(ok, Is.False);
            Assert.That(decoded, Is.EqualTo(raw));
        });
    }

    [Test]
    public void Decodes_long_text_beyond_the_stack_buffer()
    {
        var raw = string.Concat(Enumerable.Repeat("%C3%A9", 1000));

        Assert.That(PercentDecoding.DecodeOrRaw(raw, plusIsSpace: true), Is.EqualTo(new string('é', 1000)));
    }
}
