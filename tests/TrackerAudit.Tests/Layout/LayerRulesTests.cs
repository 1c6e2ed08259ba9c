using ArchUnitNET.Domain;
using ArchUnitNET.Fluent;
using ArchUnitNET.Loader;
using TrackerAudit.Tests.Layout.Fixtures.Cycle.Reports;

namespace TrackerAudit.Tests.Layout;

/// <summary>The layers of src/TrackerAudit as the README's layout picture draws them, checked on the compiled library.</summary>
public sealed class LayerRulesTests
{
    private const string Library = "TrackerAudit";
    private const string Fixtures = "TrackerAudit.Tests.Layout.Fixtures";

    private static readonly Lazy<ArchUnitNET.Domain.Architecture> LibraryBuilt = new(() => new ArchLoader()
        .LoadAssemblies(typeof(TrackerAudit.Model.JourneyRun).Assembly, typeof(Microsoft.Playwright.IPage).Assembly)
        .Build());

    private static readonly Lazy<ArchUnitNET.Domain.Architecture> FixturesBuilt = new(() => new ArchLoader()
        .LoadAssemblies(typeof(Writer).Assembly, typeof(Microsoft.Playwright.IPage).Assembly)
        .Build());

    private static ArchUnitNET.Domain.Architecture Architecture => LibraryBuilt.Value;

    private static ArchUnitNET.Domain.Architecture FixturesArchitecture => FixturesBuilt.Value;

    [Test]
    public void The_library_has_no_cycle_between_its_top_level_folders() =>
        Assert.That(LayerRules.CyclesBetweenLayers(Architecture, Library), Is.Empty);

    [Test]
    public void Only_the_Browsing_folder_uses_Playwright() =>
        AssertHolds(LayerRules.PlaywrightOnlyInBrowsing(Library));

    [Test]
    public void The_model_depends_on_no_other_folder() =>
        AssertHolds(LayerRules.ModelDependsOnNoLayer(Library));

    [Test]
    public void The_cycle_rule_fails_on_two_folders_that_depend_on_each_other() =>
        Assert.That(LayerRules.CyclesBetweenLayers(FixturesArchitecture, Fixtures + ".Cycle"), Is.EqualTo(new[]
        {
            $"Reports -> Running ({Fixtures}.Cycle.Reports.Writer -> {Fixtures}.Cycle.Running.Runner), and back: Running -> Reports ({Fixtures}.Cycle.Running.Runner -> {Fixtures}.Cycle.Reports.Writer)",
        }));

    [Test]
    public void The_Playwright_rule_fails_on_a_stray_reference_outside_Browsing_and_only_there()
    {
        var violations = LayerRules.PlaywrightOnlyInBrowsing(Fixtures + ".Stray").Evaluate(FixturesArchitecture)
            .Where(result => !result.Passed).Select(result => result.Description).ToList();

        Assert.That(violations, Has.Count.EqualTo(1));
        Assert.That(violations[0], Does.Contain("ScreenshotTaker"));
    }

    private static void AssertHolds(IArchRule rule)
    {
        var failures = rule.Evaluate(Architecture).Where(result => !result.Passed).Select(result => result.Description).ToList();
        Assert.That(failures, Is.Empty, rule.Description);
    }
}
