using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using TrackerAudit.Errors;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Cli;

/// <summary><c>--connect</c> end to end through the command line.</summary>
[NonParallelizable]
public sealed class ConnectTests
{
    [Test]
    public async Task The_demo_runs_in_the_browser_of_a_Playwright_server()
    {
        await using var server = await PlaywrightServer.StartAsync(unsafeLaunchOptions: true);
        using var folder = new TempFolder();

        var result = await CliResult.RunAsync("demo", "--connect", server.Endpoint.ToString(), "--browser", TestBrowser.Path, "--output", folder.Path, "--no-screenshots");

        var runFolder = Directory.GetDirectories(folder.Path).Single();
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(runFolder, "report.json")));
        var events = report.RootElement.GetProperty("journeys").EnumerateArray()
            .SelectMany(run => run.GetProperty("trackerRequests").EnumerateArray())
            .SelectMany(decoded => decoded.GetProperty("events").EnumerateArray())
            .Select(e => e.GetProperty("name").GetString())
            .ToList();
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.Error);
            Assert.That(report.RootElement.GetProperty("browser").GetProperty("mode").GetString(), Is.EqualTo("remote"));
            Assert.That(events, Does.Contain("PageView").And.Contain("SubscribedButtonClick"));
            Assert.That(result.Output, Does.Contain("Meta Pixel (987654321012345) received"));
        });
    }

    [Test]
    public async Task A_server_that_cannot_be_reached_is_exit_3_with_the_report_still_written()
    {
        using var folder = new TempFolder();
        var journey = folder.Write("j.yaml", "name: j\nstart: http://127.0.0.1:9/\nsteps:\n  - wait: { time: 1ms }\n");
        var endpoint = $"ws://127.0.0.1:{ClosedPort()}/";

        var result = await CliResult.RunAsync("run", journey, "--connect", endpoint, "--output", folder.Path, "--no-screenshots");

        var runFolder = Directory.GetDirectories(folder.Path).Single();
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(runFolder, "report.json")));
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.AuditFailed));
            Assert.That(report.RootElement.GetProperty("error").GetString(), Does.StartWith($"Could not connect to the Playwright server at {endpoint}").And.Contain("ECONNREFUSED"));
            Assert.That(File.Exists(Path.Combine(runFolder, "SHA256SUMS")), Is.True, "sealed like any other failed run");
        });
    }

    [TestCase("ftp://127.0.0.1:3000/")]
    [TestCase("not a url")]
    public async Task A_malformed_endpoint_is_exit_2_before_anything_runs(string endpoint)
    {
        using var folder = new TempFolder();
        var journey = folder.Write("j.yaml", "name: j\nstart: http://127.0.0.1:9/\nsteps:\n  - wait: { time: 1ms }\n");

        var result = await CliResult.RunAsync("run", journey, "--connect", endpoint, "--output", folder.Path);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
            Assert.That(result.Error, Does.Contain("--connect: '" + endpoint + "'"));
            Assert.That(Directory.GetDirectories(folder.Path), Is.Empty);
        });
    }

    /// <summary>A port nothing listens on: the system's pick, released again.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
