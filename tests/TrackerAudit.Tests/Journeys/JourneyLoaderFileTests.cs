using System.Security.Cryptography;
using System.Text;
using TrackerAudit.Journeys;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Journeys;

public sealed class JourneyLoaderFileTests
{
    private TempFolder _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = new TempFolder();

    [TearDown]
    public void DeleteFolder() => _folder.Dispose();

    [Test]
    public void Loads_yaml_and_yml_files_under_a_folder_in_ordinal_order()
    {
        _folder.Write("b.yml", Valid("B"));
        _folder.Write("a.yaml", Valid("A"));
        _folder.Write("sub/c.YAML", Valid("C"));
        _folder.Write("notes.txt", "not a journey");
        _folder.Write("sub/readme.md", "# not a journey");

        var result = JourneyLoader.Load([_folder.Path]);

        Assert.That(result.Problems, Is.Empty);
        Assert.That(result.Journeys.Select(j => j.Name), Is.EqualTo(new[] { "A", "B", "C" }));
        Assert.That(result.Journeys[2].SourcePath, Is.EqualTo(Path.Combine(_folder.Path, "sub", "c.YAML")));
    }

    [Test]
    public void Loads_files_in_the_order_given()
    {
        var second = _folder.Write("z.yaml", Valid("Z"));
        var first = _folder.Write("y.yml", Valid("Y"));

        var result = JourneyLoader.Load([second, first]);

        Assert.That(result.Journeys.Select(j => j.SourcePath), Is.EqualTo(new[] { second, first }));
    }

    [Test]
    public void Reports_a_missing_file_at_line_0_column_0()
    {
        var missing = Path.Combine(_folder.Path, "missing.yaml");

        var result = JourneyLoader.Load([missing]);

        var problem = result.Problems.Single();
        Assert.That(problem.File, Is.EqualTo(missing));
        Assert.That(problem.Location, Is.EqualTo(new SourceLocation(0, 0)));
        Assert.That(problem.Message, Does.Contain("no such file or folder"));
    }

    [Test]
    public void Reports_a_folder_without_journeys()
    {
        _folder.Write("notes.txt", "no journeys here");

        var problem = JourneyLoader.Load([_folder.Path]).Problems.Single();

        Assert.That(problem.File, Is.EqualTo(_folder.Path));
        Assert.That(problem.Message, Does.Contain("holds no journeys"));
    }

    [Test]
    public void Reports_the_problems_of_every_file_and_keeps_the_valid_journeys()
    {
        var first = _folder.Write("1.yaml", "name: One\nstart: /\nsteps:\n  - clik: a\n");
        var valid = _folder.Write("2.yaml", Valid("Two"));
        var third = _folder.Write("3.yaml", "name: Three\nstart: nowhere\nsteps:\n  - click: a\n");

        var result = JourneyLoader.Load([first, valid, third]);

        Assert.That(result.Problems.Select(p => (p.File, p.Location.Line, p.Location.Column)), Is.EqualTo(new[]
        {
            (first, 4, 5),
            (third, 2, 8),
        }));
        Assert.That(result.Journeys.Select(j => j.Name), Is.EqualTo(new[] { "Two" }));
    }

    [Test]
    public void Reports_a_journey_name_used_by_two_files()
    {
        var first = _folder.Write("a.yaml", Valid("Report stalking"));
        var second = _folder.Write("b.yaml", "\n" + Valid("report STALKING"));

        var result = JourneyLoader.Load([_folder.Path]);

        var problem = result.Problems.Single();
        Assert.That(problem.File, Is.EqualTo(second));
        Assert.That(problem.Location, Is.EqualTo(new SourceLocation(2, 7)));
        Assert.That(problem.Field, Is.EqualTo("name"));
        Assert.That(problem.Message, Does.Contain($"already used by {first}"));
        Assert.That(result.Journeys.Select(j => j.SourcePath), Is.EqualTo(new[] { first }));
    }

    [Test]
    public void Reads_a_file_named_twice_once()
    {
        var file = _folder.Write("a.yaml", Valid("Once"));

        var result = JourneyLoader.Load([file, _folder.Path]);

        Assert.That(result.Problems, Is.Empty);
        Assert.That(result.Journeys, Has.Count.EqualTo(1));
    }

    [Test]
    public void Reports_a_yaml_syntax_error_with_its_position()
    {
        var file = _folder.Write("broken.yaml", "name: x\nstart: /\nsteps:\n  - click: [a,\n");

        var problem = JourneyLoader.Load([file]).Problems.Single();

        Assert.That(problem.File, Is.EqualTo(file));
        Assert.That(problem.Location, Is.EqualTo(new SourceLocation(5, 1)));
        Assert.That(problem.Message, Does.StartWith("invalid YAML: "));
    }

    [Test]
    public void Hashes_the_bytes_of_the_file_as_they_are_on_disk()
    {
        // A byte order mark and CRLF line ends would be lost if the hash were taken of the decoded text.
        byte[] bytes = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Valid("Hashed").ReplaceLineEndings("\r\n"))];
        var file = _folder.WriteBytes("hashed.yaml", bytes);

        var journey = JourneyLoader.Load([file]).Journeys.Single();

        Assert.That(journey.SourceSha256, Is.EqualTo(Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file))).ToLowerInvariant()));
        Assert.That(journey.Name, Is.EqualTo("Hashed"));
    }

    [Test]
    public void Reports_a_file_that_is_not_utf8_at_the_first_byte_that_is_not()
    {
        var file = _folder.WriteBytes("latin1.yaml", [.. Encoding.ASCII.GetBytes("name: Caf"), 0xE9, .. Encoding.ASCII.GetBytes("\nstart: /\n")]);

        var problem = JourneyLoader.Load([file]).Problems.Single();

        Assert.That(problem.Location, Is.EqualTo(new SourceLocation(1, 10)));
        Assert.That(problem.Message, Is.EqualTo("the file is not UTF-8 text: byte 10 (0xE9) starts no valid UTF-8 character; expected a UTF-8 YAML file"));
    }

    private static string Valid(string name) => $"name: {name}\nstart: /\nsteps:\n  - click: \"#go\"\n";
}
