using System.Globalization;
using TrackerAudit.Demo;
using TrackerAudit.Journeys;
using TrackerAudit.Running;

namespace TrackerAudit.Benchmarks;

/// <summary>The demo's bundled journeys, and generated journey files for the parallel benchmark.</summary>
internal static class DemoJourneys
{
    private static readonly (string Link, string Wait)[] Offences =
    [
        ("text=Report stalking or harassment", "h1"),
        ("text=Report fraud", "h1"),
        ("text=Report a hate crime", "h1"),
        ("text=Report domestic abuse", "h1"),
        ("text=Report rape or sexual assault", "h1"),
    ];

    public static IReadOnlyList<Journey> Bundled() =>
        [.. DemoSite.Journeys().SelectMany(file => JourneyLoader.Parse("journeys/demo/" + file.Name, file.Yaml).Journeys)];

    /// <summary>The journey runs an audit makes of them: each journey once per consent variant, as <see cref="AuditRunner"/> plans them.</summary>
    public static IReadOnlyList<Journey> Planned(IReadOnlyList<Journey> journeys) => RunPlan.Expand(journeys, 1);

    /// <summary>Writes <paramref name="count"/> short journeys (open an offence page, then victim services) with distinct names.</summary>
    public static string WriteShortJourneys(string folder, int count)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        for (var i = 1; i <= count; i++)
        {
            var (link, wait) = Offences[i % Offences.Length];
            var yaml = string.Create(CultureInfo.InvariantCulture, $"""
                name: Parallel journey {i:00}
                start: /
                sensitive: [rape, stalking, fraud, hate crime, domestic abuse]
                cookies:
                  - {"{"} name: c_user, value: "100012345678901", domain: .facebook.com {"}"}
                steps:
                  - name: Open an offence page
                    click: "{link}"
                  - name: Read it
                    wait: {"{"} selector: "{wait}" {"}"}
                  - name: Open victim services
                    goto: /victim-services/
                """);
            File.WriteAllText(Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"parallel-{i:00}.yaml")), yaml + "\n");
        }

        return folder;
    }
}
