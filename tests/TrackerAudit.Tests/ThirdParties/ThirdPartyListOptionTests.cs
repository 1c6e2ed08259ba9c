using TrackerAudit.Errors;
using TrackerAudit.Tests.Cli;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.ThirdParties;

public sealed class ThirdPartyListOptionTests
{
    [TestCase("run")]
    [TestCase("demo")]
    public async Task A_list_that_cannot_be_read_exits_2_before_anything_runs(string command)
    {
        using var folder = new TempFolder();
        var journey = folder.Write("plain.yaml", "name: Plain\nstart: /\nsteps:\n  - click: a\n");
        var list = folder.Write("tds.json", "{ \"trackers\": { \"t.example\": { \"owner\": \"not an object\" } } }");
        var output = Path.Combine(folder.Path, "reports");
        string[] args = command == "run"
            ? ["run", journey, "--base-url", "http://127.0.0.1:9/", "--third-party-list", list, "--output", output]
            : ["demo", "--third-party-list", list, "--output", output];

        var result = await CliResult.RunAsync(args);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput), result.Error);
            Assert.That(result.Error, Does.Contain($"--third-party-list: {list}: $.trackers[\"t.example\"].owner: expected an object {{ name, displayName }}, found string"));
            Assert.That(Directory.Exists(output), Is.False, "nothing ran");
        });
    }
}
