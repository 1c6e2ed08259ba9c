using TrackerAudit.Journeys;

namespace TrackerAudit.Tests.Journeys;

public sealed class JourneyConsentTests
{
    // "consent:" is on line 5; the journey's own step is on line 3.
    private const string Head = "name: Banner\nstart: /\nsteps:\n  - click: \"text=Report\"\nconsent:\n";

    private static readonly TestCaseData[] OneProblemEach =
    [
        Case("consent that is a list", Head.Replace("consent:\n", "consent: [reject]\n", StringComparison.Ordinal), 5, 10, "consent",
            "expected a mapping of consent variants to their steps, e.g. reject: [{ click: \"text=Reject all\" }]; found a list"),
        Case("consent with no variant", Head.Replace("consent:\n", "consent: {}\n", StringComparison.Ordinal), 5, 10, "consent",
            "expected at least one consent variant, e.g. none: [] or reject: [{ click: \"text=Reject all\" }]"),
        Case("a variant whose name says nothing", Head + "  banner-closed:\n    - click: \"#close\"\n", 6, 3, "consent.banner-closed",
            "'banner-closed' is not one of none, reject, accept, gpc, so the variant must say what it answers: banner-closed: { answer: reject, steps: [...] }"),
        Case("a mapping variant without an answer", Head + "  manage:\n    steps: [{ click: \"#save\" }]\n", 7, 5, "consent.manage",
            "the consent variant 'manage' does not say what it answers; expected answer: none, reject, accept or gpc"),
        Case("an unknown answer", Head + "  manage: { answer: maybe, steps: [{ click: \"#save\" }] }\n", 6, 21, "consent.manage.answer",
            "expected none, reject, accept or gpc; found 'maybe'"),
        Case("a reject variant with no steps", Head + "  reject: []\n", 6, 11, "consent.reject",
            "the consent variant 'reject' answers reject but has no steps; expected the steps that give the answer, e.g. - click: \"text=Reject all\""),
        Case("a gpc variant with steps", Head + "  gpc: [{ click: \"#x\" }]\n", 6, 8, "consent.gpc",
            "the consent variant 'gpc' answers gpc, which sends the Global Privacy Control signal and never touches the banner; expected no steps: gpc: []"),
        Case("an unknown key in a variant, with a suggestion", Head + "  accept: { answr: accept, steps: [{ click: \"#ok\" }] }\n", 6, 13, "consent.accept.answr",
            "unknown key 'answr' in the consent variant 'accept' (did you mean 'answer'?); expected one of answer, steps"),
        Case("a variant name with a space", Head + "  \"reject all\": { answer: reject, steps: [{ click: \"#no\" }] }\n", 6, 3, "consent.reject all",
            "expected a variant name made of letters, digits, _ and -; found 'reject all'"),
        Case("two variants named alike", Head + "  reject: [{ click: \"#no\" }]\n  Reject: [{ click: \"#no\" }]\n", 7, 3, "consent.Reject",
            "consent variant name 'Reject' is used twice; expected names unique in the journey (case is ignored)"),
        Case("a broken step in a variant", Head + "  accept:\n    - clik: \"#ok\"\n", 7, 7, "consent.accept[1].clik",
            "unknown key 'clik' in step 1 (did you mean 'click'?); expected one of name, goto, click, fill, select, check, press, wait, scroll, type-canaries, follow-links, screenshot, timeout, value, values, checked, selector, fullPage, pages, seed"),
    ];

    [Test]
    public void Reads_variants_in_file_order_with_their_answers_and_steps()
    {
        var result = JourneyLoader.Parse("banner.yaml", Head + """
              none: []
              reject:
                - name: Reject all cookies
                  click: 'role=button[name="Reject all"]'
              accept:
                - click: "#accept"
              necessary-only:
                answer: reject
                steps:
                  - click: "#manage"
                  - click: "#save"
              closed:
                answer: none
              gpc: []
            """);

        Assert.That(result.Problems, Is.Empty, string.Join("\n", result.Problems));
        var consent = result.Journeys.Single().Consent;
        Assert.Multiple(() =>
        {
            Assert.That(consent.Select(variant => variant.Name), Is.EqualTo(new[] { "none", "reject", "accept", "necessary-only", "closed", "gpc" }));
            Assert.That(consent.Select(variant => variant.Answer), Is.EqualTo(new[] { ConsentAnswer.None, ConsentAnswer.Reject, ConsentAnswer.Accept, ConsentAnswer.Reject, ConsentAnswer.None, ConsentAnswer.Gpc }));
            Assert.That(consent.Select(variant => variant.Steps.Count), Is.EqualTo(new[] { 0, 1, 1, 2, 0, 0 }));
            Assert.That(consent[1].Steps[0], Is.TypeOf<ClickStep>().And.Property("Name").EqualTo("Reject all cookies"));
            Assert.That(consent[3].Steps.Select(step => step.Index), Is.EqualTo(new[] { 1, 2 }), "a variant's steps are numbered within the variant");
        });
    }

    [Test]
    public void A_journey_without_consent_has_no_variants()
    {
        var result = JourneyLoader.Parse("plain.yaml", "name: Plain\nstart: /\nsteps:\n  - click: a\n");

        Assert.That(result.Journeys.Single().Consent, Is.Empty);
    }

    [TestCaseSource(nameof(OneProblemEach))]
    public void Reports_the_problem_at_its_line_and_column(string yaml, int line, int column, string field, string message) =>
        OneProblem.Check("banner.yaml", yaml, line, column, field, message);

    private static TestCaseData Case(string name, string yaml, int line, int column, string field, string message) =>
        OneProblem.Case(name, yaml, line, column, field, message);
}
