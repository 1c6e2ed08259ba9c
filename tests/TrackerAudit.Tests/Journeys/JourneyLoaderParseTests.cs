using TrackerAudit.Journeys;

namespace TrackerAudit.Tests.Journeys;

public sealed class JourneyLoaderParseTests
{
    private const string EveryStepKind = """
        name: Report sexual assault
        description: Walks the online form up to, not including, the final submit.
        start: /
        baseUrl: https://www.example.org
        sensitive: [rape, sexual assault]
        block:
          - "**/report/submit*"
        cookies:
          - { name: c_user, value: "100000000000001", domain: .facebook.com }
          - name: xs
            value: abc
            domain: .facebook.com
            path: /x
            secure: false
            sameSite: lax
        inputs:
          email: "${canary.email}"
          story: "I was attacked by ${canary.name}"
        steps:
          - name: Open the rape and sexual assault page
            click: "text=Report rape or sexual assault"
            timeout: 30s
            screenshot: false
          - goto: https://www.example.org/report/stalking
          - fill: "#email"
            value: "${inputs.email}"
          - select: "#when"
            value: yesterday
          - select: "#where"
            values: [home, work]
          - check: "#consent"
            checked: false
          - press: Enter
            selector: "#story"
          - wait: { selector: "#done" }
          - wait: { url: "**/thanks*" }
          - wait: { time: 1.5s }
          - screenshot: form-filled
            fullPage: false
          - screenshot: true
        """;

    [Test]
    public void Reads_every_top_level_key()
    {
        var result = JourneyLoader.Parse("every.yaml", EveryStepKind);

        Assert.That(result.Problems, Is.Empty);
        var journey = result.Journeys.Single();
        Assert.Multiple(() =>
        {
            Assert.That(journey.Name, Is.EqualTo("Report sexual assault"));
            Assert.That(journey.Description, Is.EqualTo("Walks the online form up to, not including, the final submit."));
            Assert.That(journey.SourcePath, Is.EqualTo("every.yaml"));
            Assert.That(journey.Start, Is.EqualTo("/"));
            Assert.That(journey.BaseUrl, Is.EqualTo("https://www.example.org"));
            Assert.That(journey.Sensitive, Is.EqualTo(new[] { "rape", "sexual assault" }));
            Assert.That(journey.Block, Is.EqualTo(new[] { "**/report/submit*" }));
            Assert.That(journey.Cookies, Is.EqualTo(new[]
            {
                new JourneyCookie("c_user", "100000000000001", ".facebook.com"),
                new JourneyCookie("xs", "abc", ".facebook.com", "/x", Secure: false, SameSite: "Lax"),
            }));
            Assert.That(journey.Inputs, Is.EquivalentTo(new Dictionary<string, string>
            {
                ["email"] = "${canary.email}",
                ["story"] = "I was attacked by ${canary.name}",
            }));
        });
    }

    [Test]
    public void Reads_every_step_kind_into_its_record()
    {
        var steps = JourneyLoader.Parse("every.yaml", EveryStepKind).Journeys.Single().Steps;

        Assert.That(steps, Is.EqualTo(new Step[]
        {
            new ClickStep
            {
                Index = 1, Name = "Open the rape and sexual assault page", Location = new(20, 5),
                Timeout = TimeSpan.FromSeconds(30), Screenshot = false, Selector = "text=Report rape or sexual assault",
            },
            new GotoStep { Index = 2, Name = "goto 2", Location = new(24, 5), Url = "https://www.example.org/report/stalking" },
            new FillStep { Index = 3, Name = "fill 3", Location = new(25, 5), Selector = "#email", Value = "${inputs.email}" },
            new SelectStep { Index = 4, Name = "select 4", Location = new(27, 5), Selector = "#when", Values = ["yesterday"] },
            new SelectStep { Index = 5, Name = "select 5", Location = new(29, 5), Selector = "#where", Values = ["home", "work"] },
            new CheckStep { Index = 6, Name = "check 6", Location = new(31, 5), Selector = "#consent", Checked = false },
            new PressStep { Index = 7, Name = "press 7", Location = new(33, 5), Key = "Enter", Selector = "#story" },
            new WaitStep { Index = 8, Name = "wait 8", Location = new(35, 5), Selector = "#done" },
            new WaitStep { Index = 9, Name = "wait 9", Location = new(36, 5), Url = "**/thanks*" },
            new WaitStep { Index = 10, Name = "wait 10", Location = new(37, 5), Duration = TimeSpan.FromMilliseconds(1500) },
            new ScreenshotStep { Index = 11, Name = "form-filled", Location = new(38, 5), FullPage = false },
            new ScreenshotStep { Index = 12, Name = "screenshot 12", Location = new(40, 5), FullPage = true },
        }).Using<Step>(StepsEqual));
    }

    [Test]
    public void Defaults_optional_keys_when_left_out()
    {
        var result = JourneyLoader.Parse("minimal.yaml", """
            name: Minimal
            start: https://www.example.org/
            steps:
              - click: "#go"
            """);

        var journey = result.Journeys.Single();
        Assert.Multiple(() =>
        {
            Assert.That(journey.Description, Is.Null);
            Assert.That(journey.BaseUrl, Is.Null);
            Assert.That(journey.Sensitive, Is.Empty);
            Assert.That(journey.Block, Is.Empty);
            Assert.That(journey.Cookies, Is.Empty);
            Assert.That(journey.Inputs, Is.Empty);
            Assert.That(journey.Steps[0].Timeout, Is.Null);
            Assert.That(journey.Steps[0].Screenshot, Is.Null);
        });
    }

    [Test]
    public void Hashes_the_utf8_bytes_of_the_text()
    {
        const string Yaml = "name: Café\nstart: /\nsteps:\n  - click: \"#go\"\n";

        var journey = JourneyLoader.Parse("cafe.yaml", Yaml).Journeys.Single();

        var expected = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Yaml))).ToLowerInvariant();
        Assert.That(journey.SourceSha256, Is.EqualTo(expected));
    }

    // Step records hold lists, which records compare by reference.
    private static bool StepsEqual(Step a, Step b) =>
        a is SelectStep sa && b is SelectStep sb
            ? sa with { Values = [] } == sb with { Values = [] } && sa.Values.SequenceEqual(sb.Values)
            : a == b;
}
