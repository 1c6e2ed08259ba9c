using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using TrackerAudit.Errors;
using TrackerAudit.Reports;
using TrackerAudit.Running;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Cli;

/// <summary>
/// A demo run stopped by a signal while it captures, the tool and its process group signalled as a terminal or a
/// supervisor would: whatever the signal, <c>recover</c> (or the run itself) leaves a sealed folder that verifies,
/// holding every request the capture log recorded, and no Chromium of the run is left running.
/// </summary>
[NonParallelizable]
public sealed class KilledRunTests
{
    private const int RequestsBeforeTheSignal = 20;

    [TestCase("KILL")]
    [TestCase("TERM")]
    [TestCase("INT")]
    public async Task A_demo_stopped_by_a_signal_leaves_a_folder_that_verifies_with_every_captured_request(string signal)
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Ignore("Reads /proc and uses setsid(1).");
        }

        using var folder = new TempFolder();
        var cli = Path.Combine(AppContext.BaseDirectory, "TrackerAudit.Cli.dll");
        // setsid: the tool leads a process group of its own, so the whole group can be signalled as a terminal would.
        using var process = Process.Start(new ProcessStartInfo("setsid")
        {
            ArgumentList = { "dotnet", cli, "demo", "--output", folder.Path, "--browser", TestBrowser.Path, "--no-screenshots" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();

        var capture = await WaitForRequestLinesAsync(folder.Path, process);
        var browsers = ProcessTree.Descendants(process.Id, "chrom");
        Assert.That(browsers, Is.Not.Empty, "the run's Chromium is found while it runs");
        await SignalGroupAsync(signal, process.Id);
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        await ProcessTree.WaitUntilGoneAsync(browsers, TimeSpan.FromSeconds(30));

        var runFolder = Path.GetDirectoryName(capture)!;
        var recovered = await CliResult.RunAsync("recover", runFolder);
        var verified = await CliResult.RunAsync("verify", runFolder);
        var report = JsonReportWriter.Read(Path.Combine(runFolder, JsonReportWriter.FileName));
        var reported = report.Journeys.SelectMany(run => run.Requests).Select(request => (request.Id, request.Url)).ToHashSet();
        var captured = CapturedRequests(capture);
        Assert.Multiple(async () =>
        {
            if (signal != "KILL")
            {
                Assert.That(process.ExitCode, Is.EqualTo(ExitCodes.Interrupted), await errors);
                Assert.That(recovered.Output, Does.Contain("Already sealed"));
            }
            else
            {
                Assert.That(recovered.Output, Does.Contain("Recovered and sealed"));
            }

            Assert.That(recovered.ExitCode, Is.EqualTo(ExitCodes.Success), recovered.Output + recovered.Error);
            Assert.That(verified.ExitCode, Is.EqualTo(ExitCodes.Success), verified.Output);
            Assert.That(captured, Has.Count.GreaterThanOrEqualTo(RequestsBeforeTheSignal));
            Assert.That(captured.Except(reported), Is.Empty, "every request of the capture log is in report.json");
            Assert.That(report.Completeness?.State, Is.EqualTo(RunCompleteness.Interrupted), await output);
            Assert.That(report.Completeness!.NotStarted, Is.Not.Empty, "the demo's later journeys never started, and the report names them");
            Assert.That(verified.Output, Does.Contain("The run was interrupted"));
            Assert.That(ProcessTree.Descendants(process.Id, "chrom"), Is.Empty);
        });
    }

    /// <summary>Waits, by reading the capture log as it grows, until the run has captured enough; returns the log's path.</summary>
    private static async Task<string> WaitForRequestLinesAsync(string output, Process process)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            var capture = Directory.EnumerateFiles(output, AuditRunner.CaptureFileName, SearchOption.AllDirectories).FirstOrDefault();
            if (capture is not null && CountRequestLines(capture) >= RequestsBeforeTheSignal)
            {
                return capture;
            }

            await Task.Delay(50);
        }

        Assert.Fail($"the demo did not capture {RequestsBeforeTheSignal} requests in time (exited: {process.HasExited})");
        return "";
    }

    private static int CountRequestLines(string capture)
    {
        using var stream = new FileStream(capture, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        var count = 0;
        while (reader.ReadLine() is { } line)
        {
            count += line.StartsWith("{\"type\":\"request\"", StringComparison.Ordinal) && line.EndsWith('}') ? 1 : 0;
        }

        return count;
    }

    /// <summary>The (id, URL) of every complete request line of the log.</summary>
    private static HashSet<(long, string)> CapturedRequests(string capture)
    {
        var requests = new HashSet<(long, string)>();
        foreach (var line in File.ReadLines(capture))
        {
            try
            {
                using var document = JsonDocument.Parse(line);
                if (document.RootElement.GetProperty("type").GetString() == "request")
                {
                    var request = document.RootElement.GetProperty("request");
                    requests.Add((request.GetProperty("id").GetInt64(), request.GetProperty("url").GetString()!));
                }
            }
            catch (JsonException)
            {
                // The line the signal cut off: never a whole request, so nothing to find in the report.
            }
        }

        return requests;
    }

    private static async Task SignalGroupAsync(string signal, int groupLeader)
    {
        using var kill = Process.Start("kill", ["-" + signal, "--", "-" + groupLeader.ToString(CultureInfo.InvariantCulture)])!;
        await kill.WaitForExitAsync();
        Assert.That(kill.ExitCode, Is.Zero, $"kill -{signal} -- -{groupLeader}");
    }
}
