using TrackerAudit.Journeys;

namespace TrackerAudit.Tests.Journeys;

/// <summary>Journey texts with exactly one mistake each, and the one check they all take: that mistake, at its line and column.</summary>
internal static class OneProblem
{
    public static TestCaseData Case(string name, string yaml, int line, int column, string field, string message) =>
        new TestCaseData(yaml, line, column, field, message).SetName($"Reports {name}");

    public static void Check(string file, string yaml, int line, int column, string field, string message)
    {
        var result = JourneyLoader.Parse(file, yaml);

        Assert.That(result.Problems, Has.Count.EqualTo(1), string.Join("\n", result.Problems));
        var problem = result.Problems[0];
        Assert.Multiple(() =>
        {
            Assert.That(problem.File, Is.EqualTo(file));
            Assert.That(problem.Location, Is.EqualTo(new SourceLocation(line, column)));
            Assert.That(problem.Field, Is.EqualTo(field));
            Assert.That(problem.Message, Is.EqualTo(message));
            Assert.That(result.Journeys, Is.Empty);
            Assert.That(result.IsValid, Is.False);
        });
    }
}
