namespace TrackerAudit.Tests;

public sealed class PlaceholderTests
{
    [Test]
    public void Builds() => Assert.That(1 + 1, Is.EqualTo(2));
}
