using TrackerAudit.Expectations;
using TrackerAudit.Journeys;

namespace TrackerAudit.Tests.Reliability;

/// <summary>
/// The reliability set for journeys and policies: 1,600 seeded mutations of the repository's real files, each read
/// in process. Every one must end as a valid journey or policy, or as problems with a line and column; never an
/// exception, and never a read that keeps going (a cancellation token stops any read after ten seconds, and the
/// test does not wait for more than thirty).
/// </summary>
public sealed class MalformedYamlTests
{
    private static readonly TimeSpan CancelAfter = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(30);

    [Test]
    public void The_set_holds_at_least_1000_malformed_journeys_and_policies_that_differ_from_the_originals()
    {
        var cases = MalformedYaml.Cases().ToList();

        Assert.That(cases, Has.Count.GreaterThanOrEqualTo(1_000));
        Assert.That(cases.Select(c => c.Text).Distinct().Count(), Is.GreaterThan(cases.Count * 9 / 10), "mutations should rarely coincide");
        Assert.That(cases.Select(c => c.Kind).Distinct(), Is.EquivalentTo(new[] { "journey", "policy" }));
    }

    [TestCaseSource(typeof(MalformedYamlTests), nameof(Cases))]
    public void A_malformed_file_gives_a_valid_result_or_problems_with_line_and_column_never_an_exception(string name, string kind, string text)
    {
        using var cancellation = new CancellationTokenSource(CancelAfter);
        var read = Task.Run(() => kind == "journey"
            ? JourneyLoader.Parse(name, text, cancellation.Token).Problems
            : PolicyLoader.Parse(name, text, cancellation.Token).Problems);

        var finished = read.Wait(GiveUpAfter, CancellationToken.None);

        Assert.That(finished, Is.True, $"still reading after {GiveUpAfter.TotalSeconds} s");
        Assert.That(read.IsCompletedSuccessfully, Is.True, () => $"threw {read.Exception?.InnerException}");
        Assert.That(read.Result, Has.All.Matches<JourneyProblem>(p => p.File == name && p.Location.Line >= 1 && p.Location.Column >= 1 && p.Message.Length > 0), string.Join("\n", read.Result));
        Assert.That(read.Result.Select(p => p.ToString()), Has.None.Matches<string>(line => UnsafeText.IndexOfUnsafe(line, allowTabAndNewline: false) >= 0), "a printed problem must not carry control characters");
    }

    private static IEnumerable<TestCaseData> Cases() =>
        MalformedYaml.Cases().Select(c => new TestCaseData(c.Name, c.Kind, c.Text).SetName($"Reads malformed {c.Kind} {c.Name}"));
}
