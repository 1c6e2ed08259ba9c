using System.Text.Json;
using TrackerAudit.Browsing;

namespace TrackerAudit.Tests.Browsing;

/// <summary>What is asked of a Playwright server, and what is recorded as missing from what it ran.</summary>
public sealed class RemoteBrowserTests
{
    private static readonly RemoteBrowserRequest Request = new(new Uri("ws://127.0.0.1:3000/"), null, Headed: false, ["www.facebook.com"], ExposeLoopback: false);

    private static string[] Wanted => BrowserSession.RemoteArguments(Request.UnreachableHosts);

    [Test]
    public void The_launch_options_ask_for_headless_and_the_tool_s_arguments_but_no_local_paths()
    {
        using var options = JsonDocument.Parse(RemoteBrowser.LaunchOptions(Request));
        var root = options.RootElement;
        var args = root.GetProperty("args").EnumerateArray().Select(arg => arg.GetString()).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("headless").GetBoolean(), Is.True);
            Assert.That(args, Does.Contain("--disable-background-networking"));
            Assert.That(args, Does.Contain("--host-resolver-rules=MAP www.facebook.com ~NOTFOUND"));
            // A network log path or the sandbox switch would describe this machine, not the server's.
            Assert.That(args, Has.None.StartsWith("--log-net-log"));
            Assert.That(args, Has.None.EqualTo("--no-sandbox"));
            Assert.That(root.TryGetProperty("executablePath", out _), Is.False, "a browser found here is not on the server");
        });
    }

    [Test]
    public void The_launch_options_name_a_browser_only_when_given_with_the_browser_option()
    {
        using var options = JsonDocument.Parse(RemoteBrowser.LaunchOptions(Request with { ExecutablePath = "/opt/chrome/chrome", Headed = true }));

        Assert.Multiple(() =>
        {
            Assert.That(options.RootElement.GetProperty("executablePath").GetString(), Is.EqualTo("/opt/chrome/chrome"));
            Assert.That(options.RootElement.GetProperty("headless").GetBoolean(), Is.False);
        });
    }

    [Test]
    public void A_server_that_applied_every_argument_still_lacks_only_the_network_log()
    {
        var commandLine = "/usr/lib/chromium/chromium --headless --no-sandbox " + string.Join(" ", Wanted) + " --user-data-dir=/tmp/x";

        var missing = RemoteBrowser.NotAvailable(Request, commandLine, null);

        Assert.That(missing, Is.EqualTo(new[] { RemoteBrowser.NetworkLogNote }));
    }

    [Test]
    public void A_server_that_dropped_the_arguments_is_recorded_as_not_hard_blocking_stand_in_hosts()
    {
        var commandLine = "/usr/lib/chromium/chromium --disable-background-networking --disable-component-update --no-first-run --disable-sync --headless";

        var missing = RemoteBrowser.NotAvailable(Request with { ExecutablePath = "/usr/bin/chromium" }, commandLine, null);

        Assert.Multiple(() =>
        {
            Assert.That(missing, Has.Count.EqualTo(4));
            Assert.That(missing[1], Does.Contain("hard-blocking of the stand-in hosts www.facebook.com").And.Contain("--unsafe"));
            Assert.That(missing[2], Does.Contain("--disable-quic").And.Not.Contain("--disable-sync"));
            Assert.That(missing[3], Does.Contain("--browser (/usr/bin/chromium)"));
        });
    }

    [Test]
    public void Reaching_this_machine_s_loopback_costs_hard_blocking_even_with_every_argument_applied()
    {
        var commandLine = "/usr/lib/chromium/chromium --proxy-server=socks5://127.0.0.1:40000 " + string.Join(" ", Wanted);

        var missing = RemoteBrowser.NotAvailable(Request with { ExposeLoopback = true }, commandLine, null);

        Assert.That(missing, Is.EqualTo(new[] { RemoteBrowser.NetworkLogNote, string.Format(System.Globalization.CultureInfo.InvariantCulture, RemoteBrowser.ProxiedLoopbackNote, "www.facebook.com") }));
    }

    [Test]
    public void A_replay_s_unresolvable_hosts_are_every_host()
    {
        var missing = RemoteBrowser.NotAvailable(Request with { UnreachableHosts = ["*"] }, "/usr/lib/chromium/chromium --headless", null);

        Assert.That(missing[1], Does.StartWith("hard-blocking of the stand-in hosts (every host, as a replay asks): "));
    }

    [Test]
    public void A_command_line_that_could_not_be_read_is_recorded_as_unknown_not_as_applied()
    {
        var missing = RemoteBrowser.NotAvailable(Request, null, "net::ERR_ABORTED");

        Assert.That(missing[^1], Does.Contain("could not be read (net::ERR_ABORTED)").And.Contain("may not have been applied"));
    }
}
