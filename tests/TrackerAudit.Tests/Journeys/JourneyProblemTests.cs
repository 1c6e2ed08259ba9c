using TrackerAudit.Journeys;

namespace TrackerAudit.Tests.Journeys;

public sealed class JourneyProblemTests
{
    private const string Head = "name: Problem\nstart: /\nsteps:\n";

    // Each case holds one mistake; the expected line and column were counted by hand from the YAML.
    private static readonly TestCaseData[] OneProblemEach =
    [
        Case("unknown step key, with a suggestion", Head + "  - clik: \"#a\"\n", 4, 5, "steps[1].clik", "unknown key 'clik' in step 1 (did you mean 'click'?); expected one of name, goto, click"),
        Case("unknown step key, nothing close", Head + "  - click: a\n    colour: red\n", 5, 5, "steps[1].colour", "unknown key 'colour' in step 1; expected one of name, click, timeout, screenshot"),
        Case("unknown top-level key", "name: x\nstart: /\ndescripton: y\nsteps:\n  - click: a\n", 3, 1, "descripton", "did you mean 'description'?"),
        Case("missing name", "start: /\nsteps:\n  - click: a\n", 1, 1, "name", "missing 'name'"),
        Case("missing start", "name: x\nsteps:\n  - click: a\n", 1, 1, "start", "missing 'start'"),
        Case("missing steps", "\nname: x\nstart: /\n", 2, 1, "steps", "missing 'steps'"),
        Case("empty name", "name: ''\nstart: /\nsteps:\n  - click: a\n", 1, 7, "name", "expected the journey's name, a non-empty string; found an empty string"),
        Case("name with no value", "name:\nstart: /\nsteps:\n  - click: a\n", 1, 6, "name", "found nothing"),
        Case("list where a string is expected", "name: [a, b]\nstart: /\nsteps:\n  - click: a\n", 1, 7, "name", "found a list"),
        Case("start that is not http", "name: x\nstart: ftp://example.org\nsteps:\n  - click: a\n", 2, 8, "start", "found 'ftp://example.org'"),
        Case("protocol-relative start", "name: x\nstart: //example.org\nsteps:\n  - click: a\n", 2, 8, "start", "a path starting with /"),
        Case("relative baseUrl", "name: x\nstart: /\nbaseUrl: /base\nsteps:\n  - click: a\n", 3, 10, "baseUrl", "expected an absolute http or https URL"),
        Case("sensitive that is not a list", "name: x\nstart: /\nsensitive: rape\nsteps:\n  - click: a\n", 3, 12, "sensitive", "expected a list of words or phrases"),
        Case("empty block pattern", "name: x\nstart: /\nblock:\n  - \"**/a\"\n  - \"\"\nsteps:\n  - click: a\n", 5, 5, "block[2]", "found an empty string"),
        Case("bad goto URL", Head + "  - goto: www.example.org\n", 4, 11, "steps[1].goto", "found 'www.example.org'"),
        Case("empty selector", Head + "  - click: a\n  - click: ''\n", 5, 12, "steps[2].click", "expected a non-empty selector"),
        Case("selector that is a mapping", Head + "  - click: { css: a }\n", 4, 12, "steps[1].click", "found a mapping"),
        Case("bad timeout", Head + "  - click: a\n    timeout: 5 sec\n", 5, 14, "steps[1].timeout", "expected a duration such as 500ms"),
        Case("fractional milliseconds", Head + "  - wait: { time: 1.5 }\n", 4, 19, "steps[1].wait.time", "found '1.5'"),
        Case("unknown canary placeholder", Head + "  - fill: '#a'\n    value: ${canary.mail}\n", 5, 12, "steps[1].value", "unknown placeholder '${canary.mail}'"),
        Case("unknown input placeholder", "name: x\nstart: /\ninputs:\n  email: e\nsteps:\n  - fill: '#a'\n    value: \"${inputs.emial}\"\n", 7, 12, "steps[1].value", "'${inputs.emial}' names no input; the inputs are email"),
        Case("input placeholder in an input", "name: x\nstart: /\ninputs:\n  a: x\n  b: ${inputs.a}\nsteps:\n  - click: a\n", 5, 6, "inputs.b", "cannot be used inside inputs"),
        Case("unterminated placeholder", Head + "  - fill: '#a'\n    value: \"${canary.text\"\n", 5, 12, "steps[1].value", "unterminated placeholder"),
        Case("bad input name", "name: x\nstart: /\ninputs:\n  e mail: a\nsteps:\n  - click: a\n", 4, 3, "inputs.e mail", "expected an input name made of letters"),
        Case("duplicate step name", Head + "  - name: Next\n    click: a\n  - name: next\n    click: b\n", 6, 11, "steps[2].name", "step name 'next' is already used by step 1"),
        Case("screenshot label equal to a name", Head + "  - name: form\n    click: a\n  - screenshot: form\n", 6, 17, "steps[2].screenshot", "already used by step 1"),
        Case("two kind keys", Head + "  - click: a\n    fill: b\n    value: c\n", 5, 5, "steps[1].fill", "more than one kind key (click, fill)"),
        Case("no kind key", Head + "  - timeout: 1s\n", 4, 5, "steps[1]", "step 1 has no kind key; expected exactly one of goto, click"),
        Case("empty steps", "name: x\nstart: /\nsteps: []\n", 3, 8, "steps", "expected at least one step"),
        Case("step that is not a mapping", Head + "  - click: a\n  - screenshot\n", 5, 5, "steps[2]", "expected a step: a mapping"),
        Case("key of another kind", Head + "  - click: a\n    value: b\n", 5, 5, "steps[1].value", "key 'value' does not apply to a click step"),
        Case("fill without value", Head + "  - fill: '#a'\n", 4, 5, "steps[1].value", "a fill step needs value"),
        Case("select with value and values", Head + "  - select: s\n    values: [a]\n    value: b\n", 6, 5, "steps[1].value", "not both"),
        Case("select without options", Head + "  - select: s\n", 4, 5, "steps[1].value", "a select step needs value"),
        Case("wait with two conditions", Head + "  - wait: { selector: a, time: 1s }\n", 4, 26, "steps[1].wait.time", "expected exactly one of selector, url or time; found selector, time"),
        Case("wait with no condition", Head + "  - wait: {}\n", 4, 11, "steps[1].wait", "found none"),
        Case("wait that is not a mapping", Head + "  - wait: 500ms\n", 4, 11, "steps[1].wait", "expected a mapping with one of selector, url or time"),
        Case("screenshot step set to false", Head + "  - screenshot: false\n", 4, 17, "steps[1].screenshot", "expected a label for the screenshot, or true"),
        Case("quoted boolean", Head + "  - check: c\n    checked: \"false\"\n", 5, 14, "steps[1].checked", "expected true or false without quotes"),
        Case("cookie without domain", "name: x\nstart: /\ncookies:\n  - { name: c_user, value: \"1\" }\nsteps:\n  - click: a\n", 4, 5, "cookies[1].domain", "the cookie has no 'domain'"),
        Case("cookie with unknown sameSite", "name: x\nstart: /\ncookies:\n  - name: c\n    value: v\n    domain: .f.com\n    sameSite: Loose\nsteps:\n  - click: a\n", 7, 15, "cookies[1].sameSite", "expected Lax, Strict or None; found 'Loose'"),
        Case("insecure SameSite=None cookie", "name: x\nstart: /\ncookies:\n  - { name: c, value: v, domain: .f.com, secure: false }\nsteps:\n  - click: a\n", 4, 50, "cookies[1].secure", "expected secure: true for a cookie with sameSite None"),
        Case("document that is a list", "- a\n- b\n", 1, 1, "(file)", "expected a journey: a mapping with name, start and steps; found a list"),
        Case("empty file", "", 1, 1, "(file)", "the file is empty"),
        Case("file of comments only", "# nothing yet\n", 1, 1, "(file)", "the file is empty"),
        Case("YAML syntax error", Head + "  - click: [a,\n", 5, 1, "(file)", "invalid YAML: "),
        Case("unterminated quote", "name: x\nstart: '/\nsteps:\n  - click: a\n", 2, 8, "(file)", "invalid YAML: While scanning a quoted scalar"),
        Case("duplicate key", Head + "  - click: a\nname: again\n", 5, 1, "(file)", "Duplicate key name"),
    ];

    [TestCaseSource(nameof(OneProblemEach))]
    public void Reports_the_problem_at_its_line_and_column(string yaml, int line, int column, string field, string message)
    {
        var result = JourneyLoader.Parse("problem.yaml", yaml);

        Assert.That(result.Problems, Has.Count.EqualTo(1), string.Join("\n", result.Problems));
        var problem = result.Problems[0];
        Assert.Multiple(() =>
        {
            Assert.That(problem.File, Is.EqualTo("problem.yaml"));
            Assert.That(problem.Location, Is.EqualTo(new SourceLocation(line, column)));
            Assert.That(problem.Field, Is.EqualTo(field));
            Assert.That(problem.Message, Does.Contain(message));
            Assert.That(result.Journeys, Is.Empty);
            Assert.That(result.IsValid, Is.False);
        });
    }

    [Test]
    public void Reports_every_problem_in_a_file_in_order_of_position()
    {
        const string Yaml = """
            name: Many problems
            start: nowhere
            cookies:
              - { name: c, value: v }
            steps:
              - clik: a
              - fill: "#email"
                value: ${inputs.email}
              - wait: { time: soon }
            """;

        var problems = JourneyLoader.Parse("many.yaml", Yaml).Problems;

        Assert.That(problems.Select(p => (p.Location.Line, p.Location.Column, p.Field)), Is.EqualTo(new[]
        {
            (2, 8, "start"),
            (4, 5, "cookies[1].domain"),
            (6, 5, "steps[1].clik"),
            (8, 12, "steps[2].value"),
            (9, 19, "steps[3].wait.time"),
        }));
    }

    [Test]
    public void Reports_a_missing_kind_only_once_when_a_misspelt_kind_explains_it()
    {
        var problems = JourneyLoader.Parse("typo.yaml", Head + "  - gotoo: /x\n").Problems;

        Assert.That(problems, Has.Count.EqualTo(1));
        Assert.That(problems[0].Message, Does.Contain("did you mean 'goto'?"));
    }

    [Test]
    public void Formats_a_problem_as_file_line_column_field_message()
    {
        var problem = JourneyLoader.Parse("steps.yaml", Head + "  - click: ''\n").Problems.Single();

        Assert.That(problem.ToString(), Does.StartWith("steps.yaml:4:12: steps[1].click: expected a non-empty selector"));
    }

    private static TestCaseData Case(string because, string yaml, int line, int column, string field, string message) =>
        new TestCaseData(yaml, line, column, field, message).SetArgDisplayNames(because);
}
