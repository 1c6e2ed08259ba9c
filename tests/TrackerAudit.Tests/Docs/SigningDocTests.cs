using System.Diagnostics;
using System.Text.RegularExpressions;
using TrackerAudit.Errors;
using TrackerAudit.Tests.Cli;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Docs;

/// <summary>
/// The openssl recipe of docs/signing.md, run as written with the real openssl against a bundle signed and
/// timestamped by TrackerAudit: a reader without TrackerAudit can check who signed it and when.
/// </summary>
[NonParallelizable]
public sealed partial class SigningDocTests
{
    private const string TrackerUrl = "https://www.facebook.com/tr/?id=123456789012345&ev=PageView&dl=https%3A%2F%2Fexample.org%2F";

    [Test]
    public async Task The_openssl_recipe_in_the_docs_verifies_a_signed_and_timestamped_bundle()
    {
        RequireOpenssl();
        using var folder = new TempFolder();
        await using var authority = await TimestampAuthority.StartAsync();
        var key = Path.Combine(folder.Path, "newsroom.pem");
        await CliResult.RunAsync("keygen", "--out", key);
        var bundle = await DecodeAsync(folder, "--sign", key, "--timestamp", authority.Url.ToString());
        File.Copy(Path.Combine(folder.Path, "newsroom.pub.pem"), Path.Combine(bundle, "newsroom.pub.pem"));
        File.WriteAllText(Path.Combine(bundle, "tsa-ca.pem"), authority.RootPem());

        var outputs = new List<string>();
        foreach (var command in Recipe())
        {
            var (code, output) = await ShellAsync(command, bundle);
            Assert.That(code, Is.Zero, $"{command}\n{output}");
            outputs.Add(output);
        }

        Assert.Multiple(() =>
        {
            Assert.That(outputs[0], Does.Contain("Verified OK"));
            Assert.That(outputs[1], Does.Contain("Verification: OK"));
            Assert.That(outputs[2], Does.Contain("Time stamp: Dec  4 12:00:00 2026 GMT"));
            Assert.That(outputs[3], Does.Contain("report.json: OK"));
        });
    }

    [Test]
    public async Task The_openssl_recipe_rejects_a_bundle_whose_list_was_regenerated()
    {
        RequireOpenssl();
        using var folder = new TempFolder();
        var key = Path.Combine(folder.Path, "newsroom.pem");
        await CliResult.RunAsync("keygen", "--out", key);
        var bundle = await DecodeAsync(folder, "--sign", key);
        File.Copy(Path.Combine(folder.Path, "newsroom.pub.pem"), Path.Combine(bundle, "newsroom.pub.pem"));
        File.AppendAllText(Path.Combine(bundle, "report.md"), "\nNothing was found.\n");
        var (listed, _) = await ShellAsync("find . -type f ! -name 'SHA256SUMS*' ! -name '*.pem' -printf '%P\\n' | sort | xargs -d '\\n' sha256sum > SHA256SUMS", bundle);

        var (code, output) = await ShellAsync(Recipe()[0], bundle);

        Assert.Multiple(() =>
        {
            Assert.That(listed, Is.Zero);
            Assert.That(code, Is.Not.Zero);
            Assert.That(output, Does.Contain("Verification failure"));
        });
    }

    [Test]
    public async Task A_key_made_and_encrypted_by_openssl_signs_with_the_passphrase_from_the_environment()
    {
        RequireOpenssl();
        using var folder = new TempFolder();
        var (made, madeOutput) = await ShellAsync(
            "openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -aes-256-cbc -pass pass:s3cret -out k.pem && openssl pkey -in k.pem -passin pass:s3cret -pubout -out k.pub.pem",
            folder.Path);
        Assert.That(made, Is.Zero, madeOutput);
        string bundle;
        try
        {
            Environment.SetEnvironmentVariable(TrackerAudit.Signing.SigningKeys.PassphraseVariable, "s3cret");
            bundle = await DecodeAsync(folder, "--sign", Path.Combine(folder.Path, "k.pem"));
        }
        finally
        {
            Environment.SetEnvironmentVariable(TrackerAudit.Signing.SigningKeys.PassphraseVariable, null);
        }

        var (code, output) = await ShellAsync($"openssl dgst -sha256 -verify {folder.Path}/k.pub.pem -signature SHA256SUMS.sig SHA256SUMS", bundle);

        Assert.That(code, Is.Zero, output);
    }

    private static void RequireOpenssl()
    {
        if (!File.Exists("/usr/bin/openssl") && !File.Exists("/usr/local/bin/openssl"))
        {
            Assert.Ignore("openssl is not installed.");
        }
    }

    /// <summary>The commands of the sh block under "Verifying a published bundle with openssl alone".</summary>
    private static List<string> Recipe()
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "signing.md"));
        var section = text[text.IndexOf("## Verifying a published bundle with openssl alone", StringComparison.Ordinal)..];
        var block = ShellBlock().Match(section);
        Assert.That(block.Success, Is.True, "docs/signing.md has the recipe");
        return block.Groups["body"].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
    }

    private static async Task<string> DecodeAsync(TempFolder folder, params string[] more)
    {
        var output = Path.Combine(folder.Path, "out");
        var result = await CliResult.RunAsync(["decode", TrackerUrl, "-o", output, .. more]);
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.Output + result.Error);
        return Directory.GetDirectories(output).Single();
    }

    private static async Task<(int Code, string Output)> ShellAsync(string command, string workingDirectory)
    {
        using var process = Process.Start(new ProcessStartInfo("/bin/sh")
        {
            ArgumentList = { "-c", command },
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
        return (process.ExitCode, await output + await error);
    }

    [GeneratedRegex("```sh\\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex ShellBlock();
}
