using System.Security.Cryptography;
using System.Text;
using TrackerAudit.Expectations;
using TrackerAudit.Journeys;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Expectations;

public sealed class PolicyLoaderTests
{
    private const string TeamPolicy = """
        name: Safeguarding team
        rules:
          - name: No Meta Pixel on report pages
            no-requests:
              trackers: [meta-pixel]
              pages: ["**/report/**"]
              from-step: 12
          - name: Nothing typed leaves
            no-typed-data-leaves: true
          - name: No PageView on the start page
            event: { tracker: meta-pixel, name: PageView, step: 0, fires: false }
        """;

    [Test]
    public void Reads_the_name_and_every_rule()
    {
        var result = PolicyLoader.Parse("team.yaml", TeamPolicy);

        Assert.That(result.Problems, Is.Empty, string.Join("\n", result.Problems));
        var policy = result.Policy!;
        Assert.Multiple(() =>
        {
            Assert.That(result.IsValid, Is.True);
            Assert.That(policy.Name, Is.EqualTo("Safeguarding team"));
            Assert.That(policy.SourcePath, Is.EqualTo("team.yaml"));
            Assert.That(policy.SourceSha256, Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(TeamPolicy)))));
            Assert.That(policy.Rules.Select(r => (r.Kind, r.Name, r.Location)), Is.EqualTo(new[]
            {
                ("no-requests", "No Meta Pixel on report pages", new SourceLocation(3, 5)),
                ("no-typed-data-leaves", "Nothing typed leaves", new SourceLocation(8, 5)),
                ("event", "No PageView on the start page", new SourceLocation(10, 5)),
            }));
            // A policy knows no journey, so any step number is accepted: each journey decides whether it has the step.
            Assert.That(((NoRequestsExpectation)policy.Rules[0]).FromStep, Is.EqualTo(StepReference.At(12)));
            Assert.That(((TrackerEventExpectation)policy.Rules[2]).Fires, Is.False);
        });
    }

    [Test]
    public void Names_a_policy_without_a_name_after_its_file()
    {
        var policy = PolicyLoader.Parse("policies/no-meta.yaml", "rules:\n  - name: x\n    no-requests: { trackers: [meta-pixel] }\n").Policy!;

        Assert.That(policy.Name, Is.EqualTo("no-meta"));
    }

    [Test]
    public void Loads_a_policy_file_from_disk()
    {
        using var folder = new TempFolder();
        var path = folder.Write("policy.yml", "\uFEFF" + TeamPolicy);

        var result = PolicyLoader.Load(path);

        Assert.Multiple(() =>
        {
            Assert.That(result.Problems, Is.Empty);
            Assert.That(result.Policy!.SourcePath, Is.EqualTo(path));
            Assert.That(result.Policy.SourceSha256, Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)))));
            Assert.That(result.Policy.Rules, Has.Count.EqualTo(3));
        });
    }

    [TestCase("missing.yaml", "no such file; expected a policy file (.yaml or .yml)")]
    [TestCase("folder", "is a folder; expected a policy file (.yaml or .yml)")]
    public void Reports_a_file_it_cannot_read_at_line_0_column_0(string name, string message)
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "folder"));
        var path = Path.Combine(folder.Path, name);

        var result = PolicyLoader.Load(path);

        Assert.Multiple(() =>
        {
            Assert.That(result.Policy, Is.Null);
            Assert.That(result.Problems, Is.EqualTo(new[] { new JourneyProblem(path, new SourceLocation(0, 0), "(file)", message) }));
        });
    }

    [Test]
    public void Reports_a_file_that_is_not_utf8_where_it_stops_being_so()
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes("latin1.yaml", [.. "rules: caf"u8, 0xE9]);

        var result = PolicyLoader.Load(path);

        Assert.That(result.Problems, Is.EqualTo(new[]
        {
            new JourneyProblem(path, new SourceLocation(1, 11), "(file)", "the file is not UTF-8 text: byte 11 (0xE9) starts no valid UTF-8 character; expected a UTF-8 YAML file"),
        }));
    }

    [TestCase(
        "rules:\n  - name: x\n    no-requests: { trackers: [meta-pixel], from-step: Continue }\n", 3, 55, "rules[1].no-requests.from-step",
        "expected a step number (0 for the start page, 1 for the first step); found 'Continue' (a policy applies to every journey, so its rules refer to steps by number, not by name)",
        TestName = "Reports a step name, which a policy cannot check")]
    [TestCase(
        "rules:\n  - name: x\n    evnt: { tracker: meta-pixel, name: PageView }\n", 3, 5, "rules[1].evnt",
        "unknown key 'evnt' in rule 1 (did you mean 'event'?); expected one of name, no-requests, no-findings, no-typed-data-leaves, max-third-party-hosts, event",
        TestName = "Reports an unknown rule key with a suggestion")]
    [TestCase(
        "rules:\n  - name: Same\n    no-typed-data-leaves: true\n  - name: SAME\n    max-third-party-hosts: 0\n", 4, 11, "rules[2].name",
        "name 'SAME' is already used by rule 1; expected a name unique in rules (case is ignored)",
        TestName = "Reports a duplicate rule name")]
    [TestCase("name: x\nrules: []\n", 2, 8, "rules", "expected at least one rule", TestName = "Reports an empty list of rules")]
    [TestCase(
        "name: x\n", 1, 1, "rules",
        "missing 'rules'; expected it at the top level, e.g. rules: [{ name: No Meta Pixel, no-requests: { trackers: [meta-pixel] } }]",
        TestName = "Reports a policy without rules")]
    [TestCase("name: ''\nrules:\n  - name: x\n    no-typed-data-leaves: true\n", 1, 7, "name", "expected the policy's name, a non-empty string; found an empty string", TestName = "Reports an empty policy name")]
    [TestCase("- name: x\n  no-typed-data-leaves: true\n", 1, 1, "(file)", "expected a policy: a mapping with rules (and optionally name); found a list", TestName = "Reports a policy that is a list")]
    [TestCase("", 1, 1, "(file)", "the file is empty; expected a policy: a mapping with rules (and optionally name)", TestName = "Reports an empty policy file")]
    public void Reports_the_problem_at_its_line_and_column(string yaml, int line, int column, string field, string message)
    {
        var result = PolicyLoader.Parse("policy.yaml", yaml);

        Assert.Multiple(() =>
        {
            Assert.That(result.Problems, Is.EqualTo(new[] { new JourneyProblem("policy.yaml", new SourceLocation(line, column), field, message) }));
            Assert.That(result.Policy, Is.Null);
            Assert.That(result.IsValid, Is.False);
        });
    }

    [Test]
    public void Reports_a_misspelt_top_level_key_and_the_missing_rules_it_causes()
    {
        var problems = PolicyLoader.Parse("policy.yaml", "rule:\n  - name: x\n    no-typed-data-leaves: true\n").Problems;

        Assert.That(problems.Select(p => p.ToString()), Is.EqualTo(new[]
        {
            "policy.yaml:1:1: rule: unknown key 'rule' in the policy (did you mean 'rules'?); expected one of name, rules",
            "policy.yaml:1:1: rules: missing 'rules'; expected it at the top level, e.g. rules: [{ name: No Meta Pixel, no-requests: { trackers: [meta-pixel] } }]",
        }));
    }

    [Test]
    public void Reports_a_YAML_syntax_error_where_the_parser_found_it()
    {
        var problem = PolicyLoader.Parse("policy.yaml", "rules:\n  - name: [x\n").Problems.Single();

        Assert.Multiple(() =>
        {
            Assert.That(problem.Field, Is.EqualTo("(file)"));
            Assert.That(problem.Location.Line, Is.EqualTo(3));
            Assert.That(problem.Message, Does.StartWith("invalid YAML: "));
        });
    }
}
