using System.Diagnostics;
using TrackerAudit.Reports.Bundle;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Reports.Bundle;

public sealed class BundleChecksumsTests
{
    private TempFolder _folder = null!;

    [SetUp]
    public async Task MakeASealedRunFolder()
    {
        _folder = new TempFolder();
        _folder.Write("report.json", "{\"runId\":\"x\"}\n");
        _folder.Write("capture.ndjson", "{\"type\":\"request\"}\n");
        _folder.WriteBytes("screenshots/contact form/00-after.png", [0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]);
        _folder.Write("screenshots/b.png", "b");
        await BundleChecksums.WriteAsync(_folder.Path, CancellationToken.None);
    }

    [TearDown]
    public void CleanUp() => _folder.Dispose();

    private string Sums => File.ReadAllText(Path.Combine(_folder.Path, BundleChecksums.FileName));

    [Test]
    public void Every_other_file_is_listed_once_sorted_with_slashes_in_sha256sum_format()
    {
        var lines = Sums.Split('\n');

        Assert.That(lines[^1], Is.Empty, "the file ends with a newline");
        Assert.That(lines[..^1].Select(line => line[66..]), Is.EqualTo(new[]
        {
            "capture.ndjson", "report.json", "screenshots/b.png", "screenshots/contact form/00-after.png",
        }));
        Assert.That(lines[..^1], Has.All.Match("^[0-9a-f]{64}  [^ ]"));
    }

    [Test]
    public void The_listed_hash_is_the_SHA_256_of_the_file()
    {
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("b"u8.ToArray()));

        Assert.That(Sums, Does.Contain(expected + "  screenshots/b.png\n"));
    }

    [Test]
    public async Task Sha256sum_checks_the_sealed_folder()
    {
        var result = await Sha256SumCheckAsync();

        Assert.That(result.ExitCode, Is.Zero, result.Output);
        Assert.That(result.Output, Does.Contain("screenshots/contact form/00-after.png: OK"));
    }

    [Test]
    public void An_untouched_folder_verifies()
    {
        var verification = BundleChecksums.Verify(_folder.Path);

        Assert.That(verification.Ok, Is.True, verification.Message);
        Assert.That(verification.Checked, Is.EqualTo(4));
        Assert.That(verification.Message, Does.StartWith("Intact: all 4 files"));
    }

    [Test]
    public async Task One_changed_byte_is_named_by_Verify_and_fails_sha256sum()
    {
        var png = Path.Combine(_folder.Path, "screenshots", "contact form", "00-after.png");
        var bytes = await File.ReadAllBytesAsync(png);
        bytes[5] ^= 0x01;
        await File.WriteAllBytesAsync(png, bytes);

        var verification = BundleChecksums.Verify(_folder.Path);
        var check = await Sha256SumCheckAsync();

        Assert.That(verification.Ok, Is.False);
        Assert.That(verification.Changed, Is.EqualTo(new[] { "screenshots/contact form/00-after.png" }));
        Assert.That(verification.Missing, Is.Empty);
        Assert.That(verification.Message, Does.Contain("changed: screenshots/contact form/00-after.png"));
        Assert.That(check.ExitCode, Is.Not.Zero);
        Assert.That(check.Output, Does.Contain("screenshots/contact form/00-after.png: FAILED"));
    }

    [Test]
    public void A_deleted_file_is_missing()
    {
        File.Delete(Path.Combine(_folder.Path, "report.json"));

        var verification = BundleChecksums.Verify(_folder.Path);

        Assert.That(verification.Ok, Is.False);
        Assert.That(verification.Missing, Is.EqualTo(new[] { "report.json" }));
        Assert.That(verification.Message, Does.Contain("missing: report.json"));
    }

    [Test]
    public void An_added_file_is_unlisted_even_when_hidden()
    {
        _folder.Write("screenshots/.extra", "added later");

        var verification = BundleChecksums.Verify(_folder.Path);

        Assert.That(verification.Ok, Is.False);
        Assert.That(verification.Unlisted, Is.EqualTo(new[] { "screenshots/.extra" }));
        Assert.That(verification.Changed, Is.Empty);
    }

    [Test]
    public void A_checksum_list_naming_a_file_outside_the_folder_is_refused()
    {
        File.AppendAllText(Path.Combine(_folder.Path, BundleChecksums.FileName), new string('0', 64) + "  ../secret\n");

        Assert.That(() => BundleChecksums.Verify(_folder.Path), Throws.TypeOf<InvalidDataException>().With.Message.Contains("outside the folder"));
    }

    [Test]
    public void A_file_that_is_not_a_checksum_list_is_refused()
    {
        File.WriteAllText(Path.Combine(_folder.Path, BundleChecksums.FileName), "hello\n");

        Assert.That(() => BundleChecksums.Verify(_folder.Path), Throws.TypeOf<InvalidDataException>().With.Message.Contains("line 1"));
    }

    [Test]
    public void A_name_with_a_backslash_or_newline_is_escaped_the_way_sha256sum_does_and_read_back()
    {
        var line = BundleChecksums.Line(new string('a', 64), "odd\\name\nhere");

        Assert.That(line, Is.EqualTo("\\" + new string('a', 64) + "  odd\\\\name\\nhere\n"));
        Assert.That(BundleChecksums.Read(line).Keys, Is.EqualTo(new[] { "odd\\name\nhere" }));
    }

    private async Task<(int ExitCode, string Output)> Sha256SumCheckAsync()
    {
        var sha256sum = Environment.GetEnvironmentVariable("PATH")!.Split(Path.PathSeparator)
            .Select(folder => Path.Combine(folder, "sha256sum"))
            .FirstOrDefault(File.Exists);
        if (sha256sum is null)
        {
            Assert.Ignore("sha256sum is not on PATH");
        }

        var start = new ProcessStartInfo(sha256sum!, ["-c", BundleChecksums.FileName])
        {
            WorkingDirectory = _folder.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output + error);
    }
}
