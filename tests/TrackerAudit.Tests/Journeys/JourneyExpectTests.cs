using TrackerAudit.Expectations;
using TrackerAudit.Findings;
using TrackerAudit.Journeys;

namespace TrackerAudit.Tests.Journeys;

public sealed class JourneyExpectTests
{
    private const string Head = """
        name: Expect
        start: /
        steps:
          - name: Open
            click: a
          - name: Continue
            click: b

        """;

    [Test]
    public void Reads_every_rule_kind_with_its_parameters_and_location()
    {
        var result = JourneyLoader.Parse("expect.yaml", Head + """
            expect:
              - name: No Meta Pixel on report pages
                no-requests:
                  hosts: ["*.facebook.com", "connect.facebook.net"]
                  trackers: [meta-pixel]
                  from-step: 2
                  pages: ["**/report/**"]
              - name: Nothing after Continue
                no-requests:
                  trackers: [meta-pixel]
                  from-step: continue
              - name: Nothing sensitive reaches a tracker
                no-findings:
                  category: sensitiveContext
                  severity: HIGH
              - name: Typed data stays on the site
                no-typed-data-leaves: true
              - name: Few third parties
                max-third-party-hosts: 3
              - name: Pixel fires PageView on the start page
                event:
                  tracker: meta-pixel
                  name: PageView
                  step: 0
              - name: No Lead when opening
                event: { tracker: meta-pixel, name: Lead, step: Open, fires: false }
            """);

        Assert.That(result.Problems, Is.Empty, string.Join("\n", result.Problems));
        var expectations = result.Journeys.Single().Expectations;
        Assert.That(expectations, Has.Count.EqualTo(7));
        Assert.Multiple(() =>
        {
            var noRequests = (NoRequestsExpectation)expectations[0];
            Assert.That(noRequests.Name, Is.EqualTo("No Meta Pixel on report pages"));
            Assert.That(noRequests.Kind, Is.EqualTo("no-requests"));
            Assert.That(noRequests.Location, Is.EqualTo(new SourceLocation(9, 5)));
            Assert.That(noRequests.Hosts, Is.EqualTo(new[] { "*.facebook.com", "connect.facebook.net" }));
            Assert.That(noRequests.Trackers, Is.EqualTo(new[] { "meta-pixel" }));
            Assert.That(noRequests.FromStep, Is.EqualTo(StepReference.At(2)));
            Assert.That(noRequests.Pages, Is.EqualTo(new[] { "**/report/**" }));

            var byName = (NoRequestsExpectation)expectations[1];
            Assert.That(byName.FromStep, Is.EqualTo(StepReference.Named("continue")));
            Assert.That(byName.Hosts, Is.Empty);
            Assert.That(byName.Pages, Is.Empty);

            Assert.That(expectations[2], Is.EqualTo(new NoFindingsExpectation
            {
                Name = "Nothing sensitive reaches a tracker",
                Location = new(19, 5),
                Category = FindingCategory.SensitiveContext,
                MinimumSeverity = Severity.High,
            }));
            Assert.That(expectations[3], Is.EqualTo(new NoTypedDataLeavesExpectation { Name = "Typed data stays on the site", Location = new(23, 5) }));
            Assert.That(expectations[4], Is.EqualTo(new MaxThirdPartyHostsExpectation { Name = "Few third parties", Location = new(25, 5), Maximum = 3 }));
            Assert.That(expectations[5], Is.EqualTo(new TrackerEventExpectation
            {
                Name = "Pixel fires PageView on the start page",
                Location = new(27, 5),
                Tracker = "meta-pixel",
                EventName = "PageView",
                Step = StepReference.At(0),
                Fires = true,
            }));
            Assert.That(expectations[6], Is.EqualTo(new TrackerEventExpectation
            {
                Name = "No Lead when opening",
                Location = new(32, 5),
                Tracker = "meta-pixel",
                EventName = "Lead",
                Step = StepReference.Named("Open"),
                Fires = false,
            }));
        });
    }

    [Test]
    public void Reads_a_journey_without_expect_as_expecting_nothing()
    {
        var withoutKey = JourneyLoader.Parse("none.yaml", Head).Journeys.Single();
        var emptyKey = JourneyLoader.Parse("empty.yaml", Head + "expect:\n").Journeys.Single();
        var emptyList = JourneyLoader.Parse("list.yaml", Head + "expect: []\n").Journeys.Single();

        Assert.Multiple(() =>
        {
            Assert.That(withoutKey.Expectations, Is.Empty);
            Assert.That(emptyKey.Expectations, Is.Empty);
            Assert.That(emptyList.Expectations, Is.Empty);
        });
    }

    [Test]
    public void Defaults_an_event_to_firing_anywhere_in_the_journey()
    {
        var journey = JourneyLoader.Parse("event.yaml", Head + "expect:\n  - name: PageView\n    event: { tracker: meta-pixel, name: PageView }\n").Journeys.Single();

        var expectation = (TrackerEventExpectation)journey.Expectations.Single();
        Assert.Multiple(() =>
        {
            Assert.That(expectation.Fires, Is.True);
            Assert.That(expectation.Step, Is.Null);
        });
    }

    [Test]
    public void Does_not_check_step_names_while_the_steps_themselves_have_problems()
    {
        var problems = JourneyLoader.Parse("broken.yaml", """
            name: Broken
            start: /
            steps:
              - name: Open
                clik: a
            expect:
              - name: After opening
                no-requests: { trackers: [meta-pixel], from-step: Open }
            """).Problems;

        Assert.That(problems.Select(p => p.Field), Is.EqualTo(new[] { "steps[1].clik" }));
    }

    [Test]
    public void Reports_a_missing_rule_only_once_when_a_misspelt_rule_key_explains_it()
    {
        var problems = JourneyLoader.Parse("typo.yaml", Head + "expect:\n  - name: x\n    no-request: { trackers: [meta-pixel] }\n").Problems;

        Assert.That(problems.Select(p => p.ToString()), Is.EqualTo(new[]
        {
            "typo.yaml:10:5: expect[1].no-request: unknown key 'no-request' in expectation 1 (did you mean 'no-requests'?); "
            + "expected one of name, no-requests, no-findings, no-typed-data-leaves, max-third-party-hosts, event",
        }));
    }

    [Test]
    public void Reports_every_problem_of_every_expectation_in_order_of_position()
    {
        var problems = JourneyLoader.Parse("many.yaml", Head + """
            expect:
              - name: One
                no-requests: { trackers: [meta-pixl], from-step: 9 }
              - name: one
                max-third-party-hosts: many
            """).Problems;

        Assert.That(problems.Select(p => (p.Location.Line, p.Location.Column, p.Field)), Is.EqualTo(new[]
        {
            (10, 31, "expect[1].no-requests.trackers[1]"),
            (10, 54, "expect[1].no-requests.from-step"),
            (11, 11, "expect[2].name"),
            (12, 28, "expect[2].max-third-party-hosts"),
        }));
    }
}
