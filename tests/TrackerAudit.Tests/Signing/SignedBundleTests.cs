using System.Security.Cryptography;
using TrackerAudit.Errors;
using TrackerAudit.Reports.Bundle;
using TrackerAudit.Signing;
using TrackerAudit.Tests.Cli;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Signing;

/// <summary>
/// A bundle signed with <c>--sign</c> and timestamped by a real RFC 3161 authority on 127.0.0.1 says who made it and
/// when; changing it, even with a regenerated SHA256SUMS, or checking it with another key, fails.
/// </summary>
[NonParallelizable]
public sealed class SignedBundleTests
{
    private const string TrackerUrl = "https://www.facebook.com/tr/?id=123456789012345&ev=PageView&dl=https%3A%2F%2Fexample.org%2Freport%2F";

    private TempFolder _folder = null!;
    private TimestampAuthority _authority = null!;
    private string _key = null!;
    private string _publicKey = null!;
    private string _roots = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _folder = new TempFolder();
        _authority = await TimestampAuthority.StartAsync();
        _key = Path.Combine(_folder.Path, "newsroom.pem");
        var made = await CliResult.RunAsync("keygen", "--out", _key);
        Assert.That(made.ExitCode, Is.EqualTo(ExitCodes.Success), made.Error);
        _publicKey = Path.Combine(_folder.Path, "newsroom.pub.pem");
        _roots = _folder.Write("tsa-ca.pem", _authority.RootPem());
    }

    [TearDown]
    public async Task StopAsync()
    {
        await _authority.DisposeAsync();
        _folder.Dispose();
    }

    [Test]
    public async Task A_signed_and_timestamped_bundle_verifies_and_says_who_signed_and_when()
    {
        var bundle = await DecodeSignedAsync("--timestamp", _authority.Url.ToString());

        var result = await CliResult.RunAsync("verify", bundle, "--key", _publicKey, "--tsa-ca", _roots);

        using var key = SigningKeys.LoadPublic(_publicKey);
        var signature = File.ReadAllBytes(Path.Combine(bundle, BundleChecksums.SignatureFileName));
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.Output + result.Error);
            Assert.That(result.Output, Does.Contain("Intact:"));
            Assert.That(result.Output, Does.Contain("Signed by the key " + SigningKeys.Fingerprint(key)));
            Assert.That(result.Output, Does.Contain("Timestamped at 2026-12-04T12:00:00Z by the timestamp authority 'CN=TrackerAudit Test TSA, O=TrackerAudit Tests'"));
            Assert.That(result.Output, Does.Contain("trusted through --tsa-ca"));
            Assert.That(_authority.Stamped.Single(), Is.EqualTo(SHA256.HashData(signature)), "the token is over the signature");
        });
    }

    [Test]
    public async Task Editing_a_file_and_regenerating_SHA256SUMS_fails_verify_with_the_key()
    {
        var bundle = await DecodeSignedAsync("--timestamp", _authority.Url.ToString());
        File.AppendAllText(Path.Combine(bundle, "report.md"), "\nNothing was found.\n");
        RegenerateSumsAsAForgerWould(bundle);

        var unsigned = await CliResult.RunAsync("verify", bundle);
        var signed = await CliResult.RunAsync("verify", bundle, "--key", _publicKey);

        Assert.Multiple(() =>
        {
            Assert.That(unsigned.ExitCode, Is.EqualTo(ExitCodes.Success), "the checksums alone cannot tell");
            Assert.That(unsigned.Output, Does.Contain("not checked: give --key"));
            Assert.That(signed.ExitCode, Is.EqualTo(ExitCodes.ExpectationFailed));
            Assert.That(signed.Output, Does.Contain("Signature does NOT match"));
        });
    }

    [Test]
    public async Task Another_key_fails_verify()
    {
        var bundle = await DecodeSignedAsync();
        var other = Path.Combine(_folder.Path, "other.pem");
        await CliResult.RunAsync("keygen", "--out", other);

        var result = await CliResult.RunAsync("verify", bundle, "--key", Path.Combine(_folder.Path, "other.pub.pem"));

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.ExpectationFailed));
            Assert.That(result.Output, Does.Contain("Signature does NOT match"));
        });
    }

    [Test]
    public async Task A_bundle_without_a_signature_fails_verify_with_a_key()
    {
        var decoded = await CliResult.RunAsync("decode", TrackerUrl, "-o", Path.Combine(_folder.Path, "out"));
        var bundle = Directory.GetDirectories(Path.Combine(_folder.Path, "out")).Single();

        var result = await CliResult.RunAsync("verify", bundle, "--key", _publicKey);

        Assert.Multiple(() =>
        {
            Assert.That(decoded.ExitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.ExpectationFailed));
            Assert.That(result.Output, Does.Contain("NOT signed: there is no SHA256SUMS.sig"));
        });
    }

    [Test]
    public async Task A_timestamp_of_another_signature_fails_verify()
    {
        var first = await DecodeSignedAsync("--timestamp", _authority.Url.ToString());
        var second = await DecodeSignedAsync("--timestamp", _authority.Url.ToString());
        File.Copy(Path.Combine(first, BundleChecksums.TimestampFileName), Path.Combine(second, BundleChecksums.TimestampFileName), overwrite: true);

        var result = await CliResult.RunAsync("verify", second, "--key", _publicKey);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.ExpectationFailed));
            Assert.That(result.Output, Does.Contain("Timestamp NOT valid"));
        });
    }

    [Test]
    public async Task A_timestamp_authority_that_cannot_be_reached_leaves_a_signed_bundle_and_exit_3()
    {
        var unreachable = new Uri(_authority.Url, "/not-a-tsa");
        var decoded = await CliResult.RunAsync("decode", TrackerUrl, "-o", Path.Combine(_folder.Path, "out"), "--sign", _key, "--timestamp", "http://127.0.0.1:1/tsa");
        var bundle = Directory.GetDirectories(Path.Combine(_folder.Path, "out")).Single();
        var refused = await CliResult.RunAsync("redact", bundle, "--sign", _key, "--timestamp", unreachable.ToString());

        Assert.Multiple(async () =>
        {
            Assert.That(decoded.ExitCode, Is.EqualTo(ExitCodes.AuditFailed));
            Assert.That(decoded.Output, Does.Contain("NOT timestamped: the timestamp authority http://127.0.0.1:1/tsa could not be reached"));
            Assert.That(File.Exists(Path.Combine(bundle, BundleChecksums.TimestampFileName)), Is.False);
            Assert.That((await CliResult.RunAsync("verify", bundle, "--key", _publicKey)).ExitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(refused.ExitCode, Is.EqualTo(ExitCodes.AuditFailed));
            Assert.That(refused.Output, Does.Contain("NOT timestamped"));
        });
    }

    [Test]
    public async Task Redact_signs_its_copy_anew()
    {
        var bundle = await DecodeSignedAsync();
        var copy = Path.Combine(_folder.Path, "shared");

        var redacted = await CliResult.RunAsync("redact", bundle, "-o", copy, "--sign", _key, "--timestamp", _authority.Url.ToString());
        var result = await CliResult.RunAsync("verify", copy, "--key", _publicKey, "--tsa-ca", _roots);

        Assert.Multiple(() =>
        {
            Assert.That(redacted.ExitCode, Is.EqualTo(ExitCodes.Success), redacted.Output + redacted.Error);
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.Output);
            Assert.That(File.ReadAllBytes(Path.Combine(copy, BundleChecksums.SignatureFileName)), Is.Not.EqualTo(File.ReadAllBytes(Path.Combine(bundle, BundleChecksums.SignatureFileName))));
        });
    }

    [Test]
    public async Task An_encrypted_key_signs_with_the_passphrase_from_the_environment()
    {
        var key = Path.Combine(_folder.Path, "locked.pem");
        var output = Path.Combine(_folder.Path, "out");
        try
        {
            Environment.SetEnvironmentVariable(SigningKeys.PassphraseVariable, "correct horse battery staple");
            var made = await CliResult.RunAsync("keygen", "--out", key, "--encrypt");
            var signed = await CliResult.RunAsync("decode", TrackerUrl, "-o", output, "--sign", key);
            Environment.SetEnvironmentVariable(SigningKeys.PassphraseVariable, "wrong");
            var wrong = await CliResult.RunAsync("decode", TrackerUrl, "-o", output, "--sign", key);
            Environment.SetEnvironmentVariable(SigningKeys.PassphraseVariable, null);
            var missing = await CliResult.RunAsync("decode", TrackerUrl, "-o", output, "--sign", key);
            var verified = await CliResult.RunAsync("verify", Directory.GetDirectories(output).Single(), "--key", Path.Combine(_folder.Path, "locked.pub.pem"));

            Assert.Multiple(() =>
            {
                Assert.That(made.ExitCode, Is.EqualTo(ExitCodes.Success), made.Error);
                Assert.That(File.ReadAllText(key), Does.StartWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
                Assert.That(signed.ExitCode, Is.EqualTo(ExitCodes.Success), signed.Error);
                Assert.That(verified.ExitCode, Is.EqualTo(ExitCodes.Success), verified.Output);
                Assert.That(wrong.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
                Assert.That(wrong.Error, Does.Contain("the passphrase is wrong"));
                Assert.That(missing.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
                Assert.That(missing.Error, Does.Contain(SigningKeys.PassphraseVariable));
                Assert.That(Directory.GetDirectories(output), Has.Length.EqualTo(1), "a key that cannot sign stops the command before it writes anything");
            });
        }
        finally
        {
            Environment.SetEnvironmentVariable(SigningKeys.PassphraseVariable, null);
        }
    }

    [Test]
    public async Task Keygen_makes_a_private_key_only_its_owner_can_read_and_never_overwrites_one()
    {
        var again = await CliResult.RunAsync("keygen", "--out", _key);

        Assert.Multiple(() =>
        {
            if (!OperatingSystem.IsWindows())
            {
                Assert.That(File.GetUnixFileMode(_key), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
            }

            Assert.That(File.ReadAllText(_key), Does.StartWith("-----BEGIN PRIVATE KEY-----"));
            Assert.That(File.ReadAllText(_publicKey), Does.StartWith("-----BEGIN PUBLIC KEY-----"));
            Assert.That(again.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
            Assert.That(again.Error, Does.Contain("already exists"));
        });
    }

    [Test]
    public async Task A_timestamp_without_a_signature_is_refused_before_anything_is_written()
    {
        var result = await CliResult.RunAsync("decode", TrackerUrl, "-o", Path.Combine(_folder.Path, "out"), "--timestamp", _authority.Url.ToString());

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
            Assert.That(result.Error, Does.Contain("--timestamp: needs --sign"));
            Assert.That(Directory.Exists(Path.Combine(_folder.Path, "out")), Is.False);
        });
    }

    /// <summary>Decodes a tracker URL into a run folder signed with the test key; returns the folder.</summary>
    private async Task<string> DecodeSignedAsync(params string[] more)
    {
        var output = Path.Combine(_folder.Path, "out-" + Guid.NewGuid().ToString("N")[..6]);
        var result = await CliResult.RunAsync(["decode", TrackerUrl, "-o", output, "--sign", _key, .. more]);
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.Output + result.Error);
        return Directory.GetDirectories(output).Single();
    }

    /// <summary>What anyone with sha256sum can do: list every file again, without touching the signature.</summary>
    private static void RegenerateSumsAsAForgerWould(string bundle)
    {
        var lines = BundleChecksums.ListFiles(bundle)
            .Select(path => BundleChecksums.Line(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(bundle, path)))), path));
        File.WriteAllText(Path.Combine(bundle, BundleChecksums.FileName), string.Concat(lines));
    }
}
