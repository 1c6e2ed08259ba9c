using TrackerAudit.Journeys;
using TrackerAudit.Trackers;

namespace TrackerAudit.Tests.Journeys;

public sealed class JourneyExpectProblemTests
{
    // Every registered tracker id, in registry order, as the message lists them.
    private static string KnownTrackers => string.Join(", ", TrackerRegistry.Ids);

    // Two steps, Open and Continue; "expect:" is on line 8 and its first item on line 9.
    private const string Head = "name: Expect\nstart: /\nsteps:\n  - name: Open\n    click: a\n  - name: Continue\n    click: b\nexpect:\n";

    private const string RuleKeys = "name, no-requests, no-findings, no-typed-data-leaves, max-third-party-hosts, event";

    // Each case holds one mistake; the expected line and column were counted by hand from the YAML.
    private static readonly TestCaseData[] OneProblemEach =
    [
        Case("expect that is not a list", "name: x\nstart: /\nsteps:\n  - click: a\nexpect: { name: x }\n", 5, 9, "expect",
            "expected a list of expectations, e.g. - { name: No Meta Pixel, no-requests: { trackers: [meta-pixel] } }; found a mapping (key: value pairs)"),
        Case("expectation that is not a mapping", Head + "  - No Meta Pixel\n", 9, 5, "expect[1]",
            "expected an expectation: a mapping with name and one rule key, e.g. { name: No Meta Pixel, no-requests: { trackers: [meta-pixel] } }; found 'No Meta Pixel'"),
        Case("unknown key, nothing close", Head + "  - name: x\n    no-typed-data-leaves: true\n    colour: red\n", 11, 5, "expect[1].colour",
            $"unknown key 'colour' in expectation 1; expected one of {RuleKeys}"),
        Case("no rule key", Head + "  - name: x\n", 9, 5, "expect[1]",
            "expectation 1 has no rule key; expected exactly one of no-requests, no-findings, no-typed-data-leaves, max-third-party-hosts, event"),
        Case("two rule keys", Head + "  - name: x\n    no-typed-data-leaves: true\n    max-third-party-hosts: 2\n", 11, 5, "expect[1].max-third-party-hosts",
            "expectation 1 has more than one rule key (no-typed-data-leaves, max-third-party-hosts); expected exactly one, so split it into one expectation per rule"),
        Case("no name", Head + "  - no-typed-data-leaves: true\n", 9, 5, "expect[1].name",
            "expectation 1 has no 'name'; expected a name that says what it checks, e.g. name: No Meta Pixel on report pages"),
        Case("empty name", Head + "  - name: ''\n    no-typed-data-leaves: true\n", 9, 11, "expect[1].name",
            "expected a non-empty name for an expectation; found an empty string"),
        Case("duplicate name, ignoring case", Head + "  - name: Same\n    no-typed-data-leaves: true\n  - name: same\n    max-third-party-hosts: 1\n", 11, 11, "expect[2].name",
            "name 'same' is already used by expectation 1; expected a name unique in expect (case is ignored)"),
        Case("no-requests that is a list", Head + "  - name: x\n    no-requests: [meta-pixel]\n", 10, 18, "expect[1].no-requests",
            "expected a mapping with hosts, trackers or categories, e.g. { trackers: [meta-pixel] }; found a list"),
        Case("no-requests with neither hosts nor trackers", Head + "  - name: x\n    no-requests: { pages: [\"**/report/**\"] }\n", 10, 18, "expect[1].no-requests",
            "expected hosts, trackers or categories: what must not be contacted, e.g. trackers: [meta-pixel]"),
        Case("unknown key in no-requests, with a suggestion", Head + "  - name: x\n    no-requests:\n      trackers: [meta-pixel]\n      from_step: 2\n", 12, 7, "expect[1].no-requests.from_step",
            "unknown key 'from_step' in the no-requests of expectation 1 (did you mean 'from-step'?); expected one of hosts, trackers, categories, from-step, pages"),
        Case("host with a scheme and path", Head + "  - name: x\n    no-requests:\n      hosts:\n        - \"*.facebook.com\"\n        - https://www.facebook.com/tr\n", 13, 11, "expect[1].no-requests.hosts[2]",
            "expected a host such as connect.facebook.net or a host glob such as \"*.facebook.com\" (no scheme, port or path); found 'https://www.facebook.com/tr'"),
        Case("empty list of hosts", Head + "  - name: x\n    no-requests: { hosts: [] }\n", 10, 27, "expect[1].no-requests.hosts",
            "expected at least one host or host glob such as \"*.facebook.com\"; found an empty list (leave the key out instead)"),
        Case("unknown tracker, with a suggestion", Head + "  - name: x\n    no-requests:\n      trackers: [meta-pixel, meta-pixl]\n", 11, 30, "expect[1].no-requests.trackers[2]",
            "unknown tracker 'meta-pixl' (did you mean 'meta-pixel'?); expected one of " + KnownTrackers),
        Case("unknown tracker, nothing close", Head + "  - name: x\n    no-requests: { trackers: [google-analytics] }\n", 10, 31, "expect[1].no-requests.trackers[1]",
            "unknown tracker 'google-analytics'; expected one of " + KnownTrackers),
        Case("page glob with an unclosed brace", Head + "  - name: x\n    no-requests:\n      trackers: [meta-pixel]\n      pages: [\"**/{report,contact/**\"]\n", 12, 15, "expect[1].no-requests.pages[1]",
            "expected a URL glob such as \"**/report/**\"; found '**/{report,contact/**', whose '{' is not closed by '}'"),
        Case("from-step naming no step, with a suggestion", Head + "  - name: x\n    no-requests:\n      trackers: [meta-pixel]\n      from-step: Contnue\n", 12, 18, "expect[1].no-requests.from-step",
            "no step of the journey is named 'Contnue' (did you mean 'Continue'?); expected a step number or the name of one of the journey's steps"),
        Case("from-step beyond the last step", Head + "  - name: x\n    no-requests:\n      trackers: [meta-pixel]\n      from-step: 3\n", 12, 18, "expect[1].no-requests.from-step",
            "the journey has 2 steps; expected a step number from 0 to 2, or a step name; found '3'"),
        Case("negative step", Head + "  - name: x\n    event: { tracker: meta-pixel, name: PageView, step: -1 }\n", 10, 57, "expect[1].event.step",
            "expected a step number (0 for the start page, 1 for the first step) or a step name; found '-1'"),
        Case("no-findings with neither category nor severity", Head + "  - name: x\n    no-findings: {}\n", 10, 18, "expect[1].no-findings",
            "expected category, severity or both: which findings must not occur, e.g. severity: high"),
        Case("unknown category, with a suggestion", Head + "  - name: x\n    no-findings: { category: typedDta }\n", 10, 30, "expect[1].no-findings.category",
            "expected one of sensitiveContext, typedData, identifier, pageAndBehaviour, consent; found 'typedDta' (did you mean 'typedData'?)"),
        Case("unknown severity", Head + "  - name: x\n    no-findings: { severity: severe }\n", 10, 30, "expect[1].no-findings.severity",
            "expected one of low, medium, high, critical; found 'severe'"),
        Case("unknown key in no-findings", Head + "  - name: x\n    no-findings: { severity: high, step: 2 }\n", 10, 36, "expect[1].no-findings.step",
            "unknown key 'step' in the no-findings of expectation 1; expected one of category, severity"),
        Case("no-typed-data-leaves set to false", Head + "  - name: x\n    no-typed-data-leaves: false\n", 10, 27, "expect[1].no-typed-data-leaves",
            "expected true; found 'false' (to stop checking this, remove the expectation)"),
        Case("no-typed-data-leaves quoted", Head + "  - name: x\n    no-typed-data-leaves: \"true\"\n", 10, 27, "expect[1].no-typed-data-leaves",
            "expected true (without quotes); found 'true'"),
        Case("negative max-third-party-hosts", Head + "  - name: x\n    max-third-party-hosts: -1\n", 10, 28, "expect[1].max-third-party-hosts",
            "expected a whole number of third-party hosts, 0 or more; found '-1'"),
        Case("fractional max-third-party-hosts", Head + "  - name: x\n    max-third-party-hosts: 2.5\n", 10, 28, "expect[1].max-third-party-hosts",
            "expected a whole number of third-party hosts, 0 or more; found '2.5'"),
        Case("event without a name", Head + "  - name: x\n    event: { tracker: meta-pixel }\n", 10, 12, "expect[1].event.name",
            "the event has no 'name'; expected it, e.g. name: PageView"),
        Case("event without a tracker", Head + "  - name: x\n    event:\n      name: PageView\n", 11, 7, "expect[1].event.tracker",
            "the event has no 'tracker'; expected it, e.g. tracker: meta-pixel"),
        Case("event with an unknown tracker", Head + "  - name: x\n    event: { tracker: meta, name: PageView }\n", 10, 23, "expect[1].event.tracker",
            "unknown tracker 'meta'; expected one of " + KnownTrackers),
        Case("event fires that is not a boolean", Head + "  - name: x\n    event: { tracker: meta-pixel, name: PageView, fires: yes }\n", 10, 58, "expect[1].event.fires",
            "expected true or false; found 'yes'"),
        Case("unknown key in an event, with a suggestion", Head + "  - name: x\n    event: { tracker: meta-pixel, name: PageView, fire: true }\n", 10, 51, "expect[1].event.fire",
            "unknown key 'fire' in the event of expectation 1 (did you mean 'fires'?); expected one of tracker, name, step, fires"),
    ];

    [TestCaseSource(nameof(OneProblemEach))]
    public void Reports_the_problem_at_its_line_and_column(string yaml, int line, int column, string field, string message) =>
        OneProblem.Check("expect.yaml", yaml, line, column, field, message);

    private static TestCaseData Case(string name, string yaml, int line, int column, string field, string message) =>
        OneProblem.Case(name, yaml, line, column, field, message);
}
