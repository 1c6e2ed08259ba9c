using System.Globalization;
using System.Reflection;
using TrackerAudit.Journeys;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Docs;

/// <summary>docs/reliability.md states the limits the code enforces.</summary>
public sealed class ReliabilityDocTests
{
    [TestCaseSource(nameof(Limits))]
    public void The_journeys_and_policies_section_states_each_limit(string name, int value)
    {
        var doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "reliability.md"));
        var start = doc.IndexOf("## Journeys and policies", StringComparison.Ordinal);
        var end = doc.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var section = end < 0 ? doc[start..] : doc[start..end];

        Assert.That(start, Is.GreaterThanOrEqualTo(0), "the section is missing");
        Assert.That(section, Does.Contain(value.ToString("N0", CultureInfo.InvariantCulture)), $"{name} = {value}");
    }

    private static IEnumerable<TestCaseData> Limits() =>
        typeof(YamlLimits).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral)
            .Select(field => new TestCaseData(field.Name, (int)field.GetRawConstantValue()!).SetName($"docs/reliability.md states {field.Name}"));
}
