using TrackerAudit.Expectations;
using TrackerAudit.Findings;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Expectations;

public sealed class FindingRulesEvaluationTests
{
    [Test]
    public void No_findings_at_or_above_a_severity_fails_naming_each_finding()
    {
        var expectation = new NoFindingsExpectation { Name = "Nothing serious", MinimumSeverity = Severity.High };

        var result = ExpectationEvaluator.Evaluate(ReportFormRun.Completed(), [expectation], "journey").Single();

        Assert.Multiple(() =>
        {
            Assert.That(result.Passed, Is.False);
            Assert.That(result.Description, Is.EqualTo("no finding of severity high or above"));
            Assert.That(result.Evidence, Is.EqualTo(new[]
            {
                "high identifier: Meta Pixel 1 received the Facebook account id.",
                "high sensitiveContext: Meta Pixel 1 received the sensitive word 'rape'.",
                "critical typedData: Meta Pixel 1 received the value you typed as 'email'.",
            }));
            Assert.That(result.FindingKeys, Is.EqualTo(new[] { "identifier", "sensitive", "typed" }));
            Assert.That(result.RequestIds, Is.EqualTo(new long[] { 3, 7, 8 }));
        });
    }

    [Test]
    public void No_findings_of_a_category_counts_that_category_only()
    {
        var expectation = new NoFindingsExpectation { Name = "No context", Category = FindingCategory.SensitiveContext };

        var result = ExpectationEvaluator.Evaluate(ReportFormRun.Completed(), [expectation], "journey").Single();

        Assert.Multiple(() =>
        {
            Assert.That(result.Description, Is.EqualTo("no sensitiveContext finding"));
            Assert.That(result.FindingKeys, Is.EqualTo(new[] { "sensitive" }));
        });
    }

    [Test]
    public void No_findings_passes_when_no_finding_has_both_the_category_and_the_severity()
    {
        var expectation = new NoFindingsExpectation { Name = "x", Category = FindingCategory.SensitiveContext, MinimumSeverity = Severity.Critical };

        var result = ExpectationEvaluator.Evaluate(ReportFormRun.Completed(), [expectation], "journey").Single();

        Assert.Multiple(() =>
        {
            Assert.That(result.Passed, Is.True);
            Assert.That(result.Evidence, Is.Empty);
            Assert.That(result.FindingKeys, Is.Empty);
        });
    }

    [Test]
    public void No_typed_data_leaves_fails_on_a_typed_data_finding()
    {
        var result = ExpectationEvaluator.Evaluate(ReportFormRun.Completed(), [new NoTypedDataLeavesExpectation { Name = "Typed data stays" }], "journey").Single();

        Assert.Multiple(() =>
        {
            Assert.That(result.Passed, Is.False);
            Assert.That(result.Description, Is.EqualTo("nothing typed in the journey reaches a tracker or other third party"));
            Assert.That(result.Evidence, Is.EqualTo(new[] { "critical typedData: Meta Pixel 1 received the value you typed as 'email'." }));
            Assert.That(result.FindingKeys, Is.EqualTo(new[] { "typed" }));
            Assert.That(result.RequestIds, Is.EqualTo(new long[] { 8 }));
        });
    }

    [Test]
    public void No_typed_data_leaves_passes_without_typed_data_findings()
    {
        var result = ExpectationEvaluator.Evaluate(ReportFormRun.FailedAtStep1(), [new NoTypedDataLeavesExpectation { Name = "Typed data stays" }], "journey").Single();

        Assert.That(result.Passed, Is.True);
    }
}
