using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace TrackerAudit.Tests.Support;

/// <summary>
/// Playwright's own browser server (<c>run-server</c>), started from the driver that ships inside the
/// Microsoft.Playwright package, on a port of the system's choosing on 127.0.0.1. Killed on dispose.
/// </summary>
internal sealed partial class PlaywrightServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Task<string> _errors;

    private PlaywrightServer(Process process, Uri endpoint, Task<string> errors)
    {
        _process = process;
        Endpoint = endpoint;
        _errors = errors;
    }

    public Uri Endpoint { get; }

    /// <param name="unsafeLaunchOptions">Let clients choose the executable and arguments (<c>--unsafe</c>).</param>
    public static async Task<PlaywrightServer> StartAsync(bool unsafeLaunchOptions)
    {
        var (node, cli) = DriverFiles();
        var start = new ProcessStartInfo(node)
        {
            ArgumentList = { cli, "run-server", "--port", "0", "--host", "127.0.0.1" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (unsafeLaunchOptions)
        {
            start.ArgumentList.Add("--unsafe");
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {node}");
        var errors = process.StandardError.ReadToEndAsync();
        try
        {
            // The server says where it listens once it does: no guessing how long it takes.
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                if (ListeningLine().Match(line) is { Success: true } match)
                {
                    _ = process.StandardOutput.ReadToEndAsync();
                    return new PlaywrightServer(process, new Uri(match.Groups["endpoint"].Value), errors);
                }
            }

            throw new InvalidOperationException($"run-server ended without listening: {await errors}");
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        await _errors;
        _process.Dispose();
    }

    /// <summary>The driver's node and Playwright's cli.js, beside the Microsoft.Playwright assembly as the package copies them.</summary>
    private static (string Node, string Cli) DriverFiles()
    {
        var root = Path.Combine(Path.GetDirectoryName(typeof(IPlaywright).Assembly.Location)!, ".playwright");
        var os = OperatingSystem.IsWindows() ? "win32" : OperatingSystem.IsMacOS() ? "darwin" : "linux";
        var arch = RuntimeInformation.OSArchitecture == Architecture.Arm64 ? "arm64" : "x64";
        var platform = OperatingSystem.IsWindows() ? $"{os}_{arch}" : $"{os}-{arch}";
        var node = Path.Combine(root, "node", platform, OperatingSystem.IsWindows() ? "node.exe" : "node");
        var cli = Path.Combine(root, "package", "cli.js");
        Assert.That(File.Exists(node) && File.Exists(cli), Is.True, $"Playwright's driver is not at {root}");
        return (node, cli);
    }

    [GeneratedRegex(@"^Listening on (?<endpoint>ws://\S+)")]
    private static partial Regex ListeningLine();
}
