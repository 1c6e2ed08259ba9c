using System.Diagnostics;
using System.Text;
using TrackerAudit.Errors;
using TrackerAudit.Journeys;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Reliability;

/// <summary>
/// Malformed journeys through the real command line, in its own process as a user runs it: exit code 2, each
/// problem with its file, line and column, no .NET stack trace, and nothing from the file printed raw.
/// </summary>
[NonParallelizable]
public sealed class ValidateProcessTests
{
    private static readonly (string Name, string Yaml)[] Named =
    [
        ("unclosed-flow.yaml", "name: x\nstart: /\nsensitive: [rape, {fraud]\nsteps:\n  - click: a\n"),
        ("deep-brackets.yaml", new string('[', 24_000)),
        ("deep-dashes.yaml", string.Concat(Enumerable.Repeat("- ", 24_000))),
        ("deep-braces.yaml", string.Concat(Enumerable.Repeat("{a: ", 24_000))),
        ("escape-beyond-unicode.yaml", "name: \"\\UFFFFFFFF\"\nstart: /\nsteps:\n  - click: a\n"),
        ("empty-tag.yaml", "name: !<> x\nstart: /\nsteps:\n  - click: a\n"),
        ("alias-bomb-key.yaml", AliasBomb()),
        ("esc-in-name.yaml", "name: \"\\e]0;owned\\a\\e[2K\"\nstart: /\nsteps:\n  - click: true\n"),
    ];

    private TempFolder _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = new TempFolder();

    [TearDown]
    public void DeleteFolder() => _folder.Dispose();

    [TestCaseSource(nameof(NamedFiles))]
    public async Task Validate_answers_a_malformed_journey_with_exit_2_and_its_place_never_a_stack_trace(string name)
    {
        var file = _folder.Write(name, Named.Single(n => n.Name == name).Yaml);

        var result = await ValidateAsync(file);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput), result.Output);
            Assert.That(result.Output, Does.Match($@"{System.Text.RegularExpressions.Regex.Escape(file)}:[1-9][0-9]*:[1-9][0-9]*: "));
            AssertNoStackTraceOrRawControls(result.Output);
        });
    }

    [Test]
    public async Task Validate_answers_a_fifo_and_dev_zero_at_once_with_exit_2()
    {
        if (OperatingSystem.IsWindows())
            Assert.Ignore("FIFOs and /dev/zero are Unix's.");
        var fifo = Path.Combine(_folder.Path, "pipe.yaml");
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
            await mkfifo.WaitForExitAsync();

        var result = await ValidateAsync(fifo, "/dev/zero");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput), result.Output);
            Assert.That(result.Output, Does.Contain($"{fifo}:0:0: (file): is a named pipe (FIFO), not a regular file"));
            Assert.That(result.Output, Does.Contain("/dev/zero:0:0: (file): is a character device, not a regular file"));
            AssertNoStackTraceOrRawControls(result.Output);
        });
    }

    [Test]
    public async Task Validate_answers_a_folder_of_300_generated_malformed_journeys_with_exit_2_and_no_stack_trace()
    {
        foreach (var (i, c) in MalformedYaml.Cases().Where(c => c.Kind == "journey").Take(300).Index())
            _folder.WriteBytes($"case-{i:D3}.yaml", Encoding.UTF8.GetBytes(c.Text));

        var result = await ValidateAsync(_folder.Path);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput), result.Output[..Math.Min(result.Output.Length, 4_000)]);
            Assert.That(result.Output, Does.Contain("case-299.yaml:"));
            AssertNoStackTraceOrRawControls(result.Output);
        });
    }

    private static IEnumerable<TestCaseData> NamedFiles() => Named.Select(n => new TestCaseData(n.Name).SetName($"Validate answers {n.Name} with exit 2 and its place"));

    private static string AliasBomb()
    {
        var bomb = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var level = 'b'; level <= 'i'; level++)
            bomb.Append(System.Globalization.CultureInfo.InvariantCulture, $"{level}: &{level} [{string.Join(",", Enumerable.Repeat($"*{(char)(level - 1)}", 9))}]\n");
        return bomb.Append("*i : x\n").ToString();
    }

    private static void AssertNoStackTraceOrRawControls(string output)
    {
        Assert.That(output.Split('\n'), Has.None.Contains("   at "), "a .NET stack trace was printed");
        Assert.That(output, Does.Not.Contain("Unhandled exception"));
        Assert.That(UnsafeText.IndexOfUnsafe(output.Replace("\r", "", StringComparison.Ordinal), allowTabAndNewline: true), Is.EqualTo(-1), "something from a file was printed raw");
    }

    // The command line as installed: a separate process, so a crash, a stack overflow or a hang shows as such.
    private static async Task<(int ExitCode, string Output)> ValidateAsync(params string[] paths)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "TrackerAudit.Cli.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])[cli, "validate", .. paths])
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("validate did not finish within 2 minutes");
        }

        return (process.ExitCode, await output + await errors);
    }
}
