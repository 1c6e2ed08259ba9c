using TrackerAudit.Errors;
using TrackerAudit.Reports.Bundle;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Reports.Bundle;

public sealed class VerifyCommandTests
{
    private TempFolder _folder = null!;

    [SetUp]
    public async Task MakeASealedRunFolder()
    {
        _folder = new TempFolder();
        _folder.Write("report.json", "{}");
        _folder.Write("screenshots/00.png", "png");
        await BundleChecksums.WriteAsync(_folder.Path, CancellationToken.None);
    }

    [TearDown]
    public void CleanUp() => _folder.Dispose();

    [Test]
    public async Task An_intact_folder_exits_0()
    {
        var result = await VerifyCli.RunAsync("verify", _folder.Path);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.Error);
        Assert.That(result.Output, Does.Contain("Intact: all 2 files"));
    }

    [Test]
    public async Task A_changed_file_exits_1_and_is_named()
    {
        _folder.Write("report.json", "{ }");

        var result = await VerifyCli.RunAsync("verify", _folder.Path);

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Output, Does.Contain("changed: report.json"));
    }

    [Test]
    public async Task A_missing_and_an_added_file_exit_1_and_are_named()
    {
        File.Delete(Path.Combine(_folder.Path, "screenshots", "00.png"));
        _folder.Write("notes.txt", "added");

        var result = await VerifyCli.RunAsync("verify", _folder.Path);

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Output, Does.Contain("missing: screenshots/00.png"));
        Assert.That(result.Output, Does.Contain("not listed: notes.txt"));
    }

    [Test]
    public async Task A_folder_without_SHA256SUMS_exits_2()
    {
        File.Delete(Path.Combine(_folder.Path, BundleChecksums.FileName));

        var result = await VerifyCli.RunAsync("verify", _folder.Path);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.Error, Does.Contain("has no SHA256SUMS"));
    }

    [Test]
    public async Task A_folder_that_does_not_exist_exits_2()
    {
        var result = await VerifyCli.RunAsync("verify", Path.Combine(_folder.Path, "nowhere"));

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.Error, Does.Contain("is not a folder"));
    }
}
