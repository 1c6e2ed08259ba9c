using System.Diagnostics;
using TrackerAudit.Journeys;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Journeys;

/// <summary>Only regular files are read: a FIFO or a device given as a journey is a problem, not a hang.</summary>
public sealed class JourneyFileKindTests
{
    private TempFolder _folder = null!;

    [SetUp]
    public void CreateFolder()
    {
        if (OperatingSystem.IsWindows())
            Assert.Ignore("FIFOs and /dev/zero are Unix's.");
        _folder = new TempFolder();
    }

    [TearDown]
    public void DeleteFolder() => _folder?.Dispose();

    [Test]
    public void A_fifo_given_as_a_journey_is_a_problem_at_line_0_not_a_hang()
    {
        var fifo = MakeFifo("journey.yaml");

        var result = Load(fifo);

        Assert.That(result.Problems, Is.EqualTo(new[]
        {
            new JourneyProblem(fifo, new SourceLocation(0, 0), "(file)", "is a named pipe (FIFO), not a regular file; expected a YAML file (only regular files are read)"),
        }));
    }

    [Test]
    public void A_fifo_in_a_folder_of_journeys_is_a_problem_and_the_other_journeys_are_still_read()
    {
        _folder.Write("a.yaml", "name: A\nstart: /\nsteps:\n  - click: \"#go\"\n");
        var fifo = MakeFifo("b.yaml");

        var result = Load(_folder.Path);

        Assert.That(result.Journeys.Select(j => j.Name), Is.EqualTo(new[] { "A" }));
        Assert.That(result.Problems.Single().File, Is.EqualTo(fifo));
    }

    [Test]
    public void Dev_zero_given_as_a_journey_is_a_problem_not_a_hang()
    {
        var result = Load("/dev/zero");

        Assert.That(result.Problems.Single().Message, Is.EqualTo("is a character device, not a regular file; expected a YAML file (only regular files are read)"));
    }

    [Test]
    public void A_file_over_1_MiB_is_refused_after_reading_no_more_than_the_limit()
    {
        var file = _folder.Write("big.yaml", "name: big\nstart: /\nsteps:\n  - click: \"" + new string('a', 10 * 1024 * 1024) + "\"\n");

        var problem = Load(file).Problems.Single();

        Assert.That(problem.Location, Is.EqualTo(new SourceLocation(4, YamlLimits.MaxFileBytes - "name: big\nstart: /\nsteps:\n".Length + 1)));
        Assert.That(problem.Message, Does.StartWith("the file is larger than 1,048,576 bytes (1 MiB)"));
    }

    // A load that blocks on the FIFO would never return, so the test waits a bounded time instead of hanging itself.
    private static JourneyLoadResult Load(string path)
    {
        var load = Task.Run(() => JourneyLoader.Load([path]));
        Assert.That(load.Wait(TimeSpan.FromSeconds(30)), Is.True, "the load did not return");
        return load.Result;
    }

    private string MakeFifo(string name)
    {
        var path = Path.Combine(_folder.Path, name);
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.That(mkfifo.ExitCode, Is.Zero, "mkfifo");
        return path;
    }
}
