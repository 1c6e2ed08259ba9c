using System.Text.RegularExpressions;
using TrackerAudit.Reports;
using TrackerAudit.Tests.Cli;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Reports.Dataset;

/// <summary>Every SQL query of docs/dataset.md, run on a dataset exported from the two real runs, gives the answer the runs hold.</summary>
[NonParallelizable]
public sealed partial class DocumentedQueriesTests
{
    private TwoSiteRuns _runs = null!;
    private TempFolder _output = null!;
    private string _dataset = null!;
    private Dictionary<string, string> _queries = null!;

    [OneTimeSetUp]
    public async Task ExportBothSites()
    {
        _runs = await TwoSiteRuns.GetAsync();
        _output = new TempFolder();
        _dataset = Path.Combine(_output.Path, "sites.sqlite");
        var result = await CliResult.RunAsync("export", _runs.ClinicFolder, _runs.ShopFolder, "-o", _dataset);
        Assert.That(result.ExitCode, Is.Zero, result.Output + result.Error);
        _queries = Queries(File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "dataset.md")));
    }

    [OneTimeTearDown]
    public void RemoveOutput() => _output.Dispose();

    [Test]
    public void Every_documented_query_is_checked_here()
    {
        Assert.That(_queries.Keys, Is.EquivalentTo(new[]
        {
            "Which sites sent the page URL to Meta",
            "Trackers per site",
            "Findings by severity per recipient",
            "Which sites sent a page naming a sensitive word, and to whom",
            "Which trackers received what a visitor typed",
            "The third parties on most sites",
        }));
    }

    [Test]
    public void Which_sites_sent_the_page_URL_to_Meta()
    {
        var rows = Run("Which sites sent the page URL to Meta");

        Assert.That(rows, Is.EqualTo(new[]
        {
            new[] { "127.0.0.1", _runs.ClinicBase + "booking.html" },
            new[] { "127.0.0.1", _runs.ClinicBase + "clinic.html" },
        }));
    }

    [Test]
    public void Trackers_per_site()
    {
        var rows = Run("Trackers per site");

        Assert.Multiple(() =>
        {
            Assert.That(rows.Select(row => (row[0], row[1])), Is.EqualTo(new[] { ("127.0.0.1", "2"), ("localhost", "1") }));
            Assert.That(rows[0][2]!.Split(','), Is.EquivalentTo(new[] { "meta-pixel", "ga4" }));
            Assert.That(rows[1][2], Is.EqualTo("ga4"));
        });
    }

    [Test]
    public void Findings_by_severity_per_recipient()
    {
        var findings = new[] { _runs.ClinicFolder, _runs.ShopFolder }
            .SelectMany(folder => JsonReportWriter.Read(Path.Combine(folder, JsonReportWriter.FileName)).Journeys)
            .SelectMany(run => run.Findings).ToList();

        var rows = Run("Findings by severity per recipient");

        var expected = findings.GroupBy(finding => (finding.Recipient, finding.Severity))
            .OrderBy(group => group.Key.Recipient, StringComparer.Ordinal).ThenByDescending(group => group.Key.Severity)
            .Select(group => new[] { group.Key.Recipient, group.Key.Severity.ToString().ToLowerInvariant(), group.Count().ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Multiple(() =>
        {
            Assert.That(rows, Is.EqualTo(expected));
            Assert.That(rows.Select(row => row[0]), Has.Some.StartsWith("Meta Pixel").And.Some.StartsWith("Google Analytics"));
        });
    }

    [Test]
    public void Which_sites_sent_a_page_naming_a_sensitive_word()
    {
        var rows = Run("Which sites sent a page naming a sensitive word, and to whom");

        Assert.Multiple(() =>
        {
            Assert.That(rows, Is.Not.Empty);
            Assert.That(rows.Select(row => row[0]), Is.All.EqualTo("127.0.0.1"), "the shop names no sensitive word");
            Assert.That(rows.Select(row => row[2]), Is.All.Contains("abortion").IgnoreCase);
            Assert.That(rows.Select(row => row[1]), Has.Some.StartsWith("Meta Pixel"));
        });
    }

    [Test]
    public void Which_trackers_received_what_a_visitor_typed()
    {
        var rows = Run("Which trackers received what a visitor typed");

        Assert.Multiple(() =>
        {
            Assert.That(rows.Select(row => (row[0], row[1])), Is.EqualTo(new[] { ("127.0.0.1", "meta-pixel") }));
            Assert.That(rows.Single()[3], Does.Contain("email"));
        });
    }

    [Test]
    public void The_third_parties_on_most_sites()
    {
        var rows = Run("The third parties on most sites");

        Assert.That(rows.Select(row => (row[0], row[1])), Is.EqualTo(new[] { ("Google", "2"), ("Facebook", "1") }));
    }

    private List<string?[]> Run(string title) => DatasetFiles.Query(_dataset, _queries[title]);

    private static Dictionary<string, string> Queries(string markdown) =>
        QueryBlock().Matches(markdown).ToDictionary(match => match.Groups["title"].Value.Trim(), match => match.Groups["sql"].Value, StringComparer.Ordinal);

    [GeneratedRegex(@"^### (?<title>[^\n]+)\n\n```sql\n(?<sql>.*?)```", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex QueryBlock();
}
