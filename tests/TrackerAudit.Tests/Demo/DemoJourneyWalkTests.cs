using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TrackerAudit.Demo;
using TrackerAudit.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace TrackerAudit.Tests.Demo;

/// <summary>
/// Walks each bundled journey with plain Playwright calls, so that a selector that matches nothing, or
/// more than one element, fails here rather than in the first `trackeraudit demo` someone runs.
/// </summary>
[NonParallelizable]
public sealed partial class DemoJourneyWalkTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private static readonly Dictionary<string, string> Canaries = new(StringComparer.Ordinal)
    {
        ["canary.email"] = "canary-7f3a@example.org",
        ["canary.name"] = "Casey Canary",
        ["canary.phone"] = "07700 900456",
        ["canary.text"] = "canary7f3a",
    };

    private static IEnumerable<TestCaseData> Journeys() =>
        DemoSite.Journeys().Select(j => new TestCaseData(j.Yaml).SetArgDisplayNames(j.Name));

    [TestCaseSource(nameof(Journeys))]
    public async Task Every_step_of_the_journey_runs_against_the_demo_site(string yaml)
    {
        var journey = Load(yaml);
        await using var server = await DemoSite.StartAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(DemoBrowser.LaunchOptions);
        var context = await browser.NewContextAsync();
        context.SetDefaultTimeout((float)Timeout.TotalMilliseconds);
        await DemoRoutes.RouteTrackersAsync(context);
        var blocked = new List<string>();
        foreach (var pattern in Sequence(journey, "block"))
            await context.RouteAsync(pattern, route => { blocked.Add(route.Request.Url); return route.AbortAsync("blockedbyclient"); });
        var beacons = new BeaconCollector(context);
        var page = await context.NewPageAsync();

        await page.GotoAsync(new Uri(server.BaseUrl, Scalar(journey, "start")).ToString());
        foreach (var step in ((YamlSequenceNode)journey.Children["steps"]).Cast<YamlMappingNode>())
            await RunAsync(page, server.BaseUrl, step, Inputs(journey));

        var lastStep = ((YamlSequenceNode)journey.Children["steps"]).Cast<YamlMappingNode>().Last();
        var lastClick = Scalar(lastStep, "click");
        var lastName = ButtonName().Match(lastClick) is { Success: true } m ? m.Groups[1].Value : lastClick["text=".Length..];
        var click = await beacons.WaitForAsync("for the last click", b => b.Event == "SubscribedButtonClick" && b["cd[buttonText]"] == lastName, Timeout);
        Assert.That(click["id"], Is.EqualTo(DemoSite.PixelId));
        if (journey.Children.ContainsKey("block"))
            Assert.That(blocked, Has.Some.EndsWith(DemoSite.SubmitPath));
    }

    private static async Task RunAsync(IPage page, Uri baseUrl, YamlMappingNode step, IReadOnlyDictionary<string, string> inputs)
    {
        string Value() => Expand(Scalar(step, "value"), inputs);
        if (HasKey(step, "goto"))
            await page.GotoAsync(new Uri(baseUrl, Scalar(step, "goto")).ToString());
        else if (HasKey(step, "click"))
            await page.ClickAsync(Scalar(step, "click"));
        else if (HasKey(step, "fill"))
            await page.FillAsync(Scalar(step, "fill"), Value());
        else if (HasKey(step, "select"))
            Assert.That(await page.SelectOptionAsync(Scalar(step, "select"), Value()), Has.Count.EqualTo(1));
        else if (HasKey(step, "check"))
            await page.CheckAsync(Scalar(step, "check"));
        else if (HasKey(step, "press"))
            await page.PressAsync(Scalar(step, "selector"), Scalar(step, "press"));
        else if (HasKey(step, "wait"))
            await WaitAsync(page, (YamlMappingNode)step.Children["wait"]);
        else if (HasKey(step, "screenshot"))
            Assert.That(await page.ScreenshotAsync(), Is.Not.Empty);
        else
            Assert.Fail($"Unknown step {step}");
    }

    private static async Task WaitAsync(IPage page, YamlMappingNode wait)
    {
        if (HasKey(wait, "selector"))
            await page.Locator(Scalar(wait, "selector")).WaitForAsync();
        else if (HasKey(wait, "url"))
            await page.WaitForURLAsync(Scalar(wait, "url"));
        else
            Assert.That(Scalar(wait, "time"), Does.Match(@"^\d+(ms|s)$"));
    }

    private static YamlMappingNode Load(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static Dictionary<string, string> Inputs(YamlMappingNode journey) =>
        journey.Children.TryGetValue("inputs", out var inputs)
            ? ((YamlMappingNode)inputs).Children.ToDictionary(p => "inputs." + p.Key, p => Expand(((YamlScalarNode)p.Value).Value!, Canaries))
            : [];

    private static string Expand(string text, IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(text, m => values[m.Groups[1].Value]);

    private static bool HasKey(YamlMappingNode node, string key) => node.Children.ContainsKey(key);

    private static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node.Children[key]).Value!;

    private static IEnumerable<string> Sequence(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(key, out var items) ? ((YamlSequenceNode)items).Select(i => ((YamlScalarNode)i).Value!) : [];

    [GeneratedRegex(@"\$\{([a-z.]+)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex("name=\"(.*)\"")]
    private static partial Regex ButtonName();
}
