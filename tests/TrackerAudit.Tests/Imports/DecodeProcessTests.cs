using System.Diagnostics;
using System.Globalization;
using System.Text;
using TrackerAudit.Errors;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Imports;

/// <summary>
/// The real command, as a user runs it, on inputs that once crashed it or took gigabytes: a documented exit code,
/// the problems in plain words, never a stack trace, and a bounded peak resident memory.
/// </summary>
[NonParallelizable]
public sealed class DecodeProcessTests
{
    private TempFolder _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = new TempFolder();

    [TearDown]
    public void DeleteFolder() => _folder.Dispose();

    [Test]
    public async Task Lone_surrogates_in_a_request_file_and_a_HAR_exit_2_with_every_good_entry_and_no_stack_trace()
    {
        var jsonl = _folder.Write("s.jsonl", RequestFileProblemTests.Line(0) + "\n{\"url\": \"https://t.example/\\ud800\"}\n{\"url\": \"https://t.example/\", \"headers\": {\"x\": \"\\udc00\"}}\n" + RequestFileProblemTests.Line(3) + "\n");
        var har = _folder.Write("s.har", RequestFileProblemTests.Har(RequestFileProblemTests.HarEntry(RequestFileProblemTests.Url(0)), RequestFileProblemTests.HarEntry("https://t.example/\\ud800x")));

        var result = await RunAsync(null, "decode", jsonl, har, "--output", Path.Combine(_folder.Path, "out"));

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput), result.Error);
            Assert.That(result.Output + result.Error, Does.Not.Contain("   at "), "no stack trace");
            Assert.That(result.Output, Does.Contain("s.jsonl: 2 problems, partly read: 2 requests decoded"));
            Assert.That(result.Output, Does.Contain("s.jsonl line 2, column 9: url: holds a lone UTF-16 surrogate escape (\\uD800)"));
            Assert.That(result.Output, Does.Contain("s.har: 1 problem, partly read: 1 requests decoded"));
        });
    }

    [Test]
    public async Task A_50_MB_URL_on_standard_input_exits_2_with_a_message_in_bounded_memory()
    {
        var path = Path.Combine(_folder.Path, "url.txt");
        await using (var writer = new StreamWriter(path, append: false, new UTF8Encoding(false)))
        {
            await writer.WriteAsync("https://www.example.org/?q=");
            var block = new string('c', 64 * 1024);
            for (var i = 0; i < 800; i++)
            {
                await writer.WriteAsync(block);
            }

            await writer.WriteAsync("\n" + RequestFileProblemTests.Url(1) + "\n");
        }

        var result = await RunAsync(path, "decode", "-", "--output", Path.Combine(_folder.Path, "out"));

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput), result.Error);
            Assert.That(result.Output + result.Error, Does.Not.Contain("   at "));
            Assert.That(result.Output, Does.Contain("standard input line 1: url: the URL is 52,428,827 characters long, over the limit of 2,097,152 for a URL"));
            Assert.That(result.Output, Does.Contain("1 requests decoded"), "the next line is read");
            Assert.That(result.PeakResidentBytes, Is.LessThan(300L * 1024 * 1024), "peak resident memory of the whole process");
        });
    }

    private async Task<ProcessResult> RunAsync(string? standardInput, params string[] args)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "TrackerAudit.Cli.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = _folder.Path,
        };
        start.ArgumentList.Add(cli);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        var peak = Task.Run(() => SamplePeak(process));
        if (standardInput is not null)
        {
            await using var input = File.OpenRead(standardInput);
            await input.CopyToAsync(process.StandardInput.BaseStream);
        }

        process.StandardInput.Close();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
        return new ProcessResult(process.ExitCode, await output, await error, await peak);
    }

    // VmHWM is the process's own high-water mark: the last reading before it ends is its peak so far.
    private static long SamplePeak(Process process)
    {
        long peak = 0;
        var status = string.Create(CultureInfo.InvariantCulture, $"/proc/{process.Id}/status");
        while (!process.HasExited)
        {
            try
            {
                var line = File.ReadLines(status).FirstOrDefault(line => line.StartsWith("VmHWM:", StringComparison.Ordinal));
                if (line is not null)
                {
                    peak = Math.Max(peak, long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024);
                }
            }
            catch (IOException)
            {
                break;
            }

            Thread.Sleep(20);
        }

        return peak;
    }

    private sealed record ProcessResult(int ExitCode, string Output, string Error, long PeakResidentBytes);
}
