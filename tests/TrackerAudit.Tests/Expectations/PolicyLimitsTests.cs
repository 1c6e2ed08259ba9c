using System.Diagnostics;
using TrackerAudit.Expectations;
using TrackerAudit.Journeys;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Expectations;

/// <summary>Policies are read with the same limits as journeys.</summary>
public sealed class PolicyLimitsTests
{
    private const string Rule = "rules:\n  - name: Nothing typed leaves\n    no-typed-data-leaves: true\n";

    [TestCase("rules: " + "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[", 1, 71, "lists and mappings nested more than 64 deep; a journey needs far fewer, so look for unclosed brackets")]
    [TestCase("name: !!int abc\n" + Rule, 1, 7, "'!!int' does not fit 'abc'; remove the tag or fix the value")]
    [TestCase("name: &n x\n*n : y\n" + Rule, 2, 1, "an alias (*n) used as a key; expected a plain key such as 'name' (aliases as keys can make a small file take hours to read)")]
    [TestCase("name: No\u001b[2K\n" + Rule, 1, 9, "the file holds U+001B (ESC), a control character; expected printable text (write it as an escape such as \\t in a double-quoted string if it is really meant, where allowed)")]
    public void Reports_a_broken_limit_as_a_file_problem_at_its_place(string yaml, int line, int column, string message)
    {
        var result = PolicyLoader.Parse("policy.yaml", yaml);

        Assert.That(result.Problems, Is.EqualTo(new[] { new JourneyProblem("policy.yaml", new SourceLocation(line, column), "(file)", message) }));
        Assert.That(result.Policy, Is.Null);
    }

    [Test]
    public void A_count_tagged_as_an_integer_is_read_as_the_number_it_is()
    {
        var result = PolicyLoader.Parse("policy.yaml", "rules:\n  - name: Few hosts\n    max-third-party-hosts: !!int 3\n");

        Assert.That(result.Problems, Is.Empty);
        Assert.That(((MaxThirdPartyHostsExpectation)result.Policy!.Rules[0]).Maximum, Is.EqualTo(3));
    }

    [Test]
    public void A_boolean_where_a_rule_name_is_expected_is_a_problem()
    {
        var result = PolicyLoader.Parse("policy.yaml", "rules:\n  - name: true\n    no-typed-data-leaves: true\n");

        Assert.That(result.Problems.Single().ToString(), Is.EqualTo("policy.yaml:2:11: rules[1].name: expected a non-empty name for a rule; found a boolean (true) (put it in quotes if you mean the text \"true\")"));
    }

    [Test]
    public void A_fifo_given_as_a_policy_is_a_problem_not_a_hang()
    {
        if (OperatingSystem.IsWindows())
            Assert.Ignore("FIFOs are Unix's.");
        using var folder = new TempFolder();
        var fifo = Path.Combine(folder.Path, "policy.yaml");
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
            mkfifo.WaitForExit();

        var load = Task.Run(() => PolicyLoader.Load(fifo));

        Assert.That(load.Wait(TimeSpan.FromSeconds(30)), Is.True, "the load did not return");
        Assert.That(load.Result.Problems.Single().Message, Does.StartWith("is a named pipe (FIFO), not a regular file"));
    }
}
