using System.Security.Cryptography;
using System.Text.RegularExpressions;
using TrackerAudit.Findings;
using TrackerAudit.Tests.Support;
using TrackerAudit.ThirdParties;

namespace TrackerAudit.Tests.ThirdParties;

public sealed partial class PublicSuffixListTests
{
    // The Public Suffix List's own test cases (public domain), as Debian's publicsuffix package ships them.
    private static readonly string TestFile = Path.Combine(RepoPaths.Root, "tests", "TrackerAudit.Tests", "ThirdParties", "test_psl.txt");

    [Test]
    public void Passes_every_checkPublicSuffix_case_of_the_lists_own_test_file()
    {
        var list = BuiltInLists.PublicSuffixes;
        var cases = 0;
        var failures = new List<string>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(TestFile))
        {
            lineNumber++;
            var match = CheckCase().Match(line);
            if (!match.Success)
            {
                continue;
            }

            cases++;
            var host = Argument(match.Groups["host"].Value);
            var expected = Argument(match.Groups["expected"].Value);
            var actual = host is null ? null : list.RegistrableDomain(host);
            // The test file writes Unicode answers for Unicode questions; the list answers in punycode.
            var wanted = expected is null ? null : PublicSuffixList.Normalise(expected);
            if (!string.Equals(actual, wanted, StringComparison.Ordinal))
            {
                failures.Add($"test_psl.txt:{lineNumber}: {host} gave {actual ?? "null"}, expected {wanted ?? "null"}");
            }
        }

        Assert.Multiple(() =>
        {
            Assert.That(cases, Is.GreaterThan(70), "the test file's cases were read");
            Assert.That(failures, Is.Empty);
        });
    }

    [TestCase("www.example.co.uk", "example.co.uk")]
    [TestCase("co.uk", null)]
    [TestCase("a.b.test.ck", "b.test.ck")]
    [TestCase("test.ck", null)]
    [TestCase("www.ck", "www.ck")]
    [TestCase("www.www.ck", "www.ck")]
    [TestCase("someone.github.io", "someone.github.io")]
    [TestCase("github.io", null)]
    [TestCase("www.city.kobe.jp", "city.kobe.jp")]
    [TestCase("WWW.Example.COM.", "example.com")]
    [TestCase("www.食狮.中国", "xn--85x722f.xn--fiqs8s")]
    [TestCase("münchen.de", "xn--mnchen-3ya.de")]
    [TestCase(".example.com", null)]
    [TestCase("a..example.com", null)]
    public void Finds_the_registrable_domain_with_wildcards_exceptions_private_suffixes_and_idn(string host, string? expected)
    {
        Assert.That(BuiltInLists.PublicSuffixes.RegistrableDomain(host), Is.EqualTo(expected));
    }

    [Test]
    public void Reads_both_sections_and_the_version_of_the_shipped_list()
    {
        var list = BuiltInLists.PublicSuffixes;
        var info = BuiltInLists.PublicSuffixInfo;
        var shipped = File.ReadAllBytes(Path.Combine(RepoPaths.Root, "src", "TrackerAudit", "ThirdParties", "Data", "public_suffix_list.dat"));
        Assert.Multiple(() =>
        {
            Assert.That(list.Version, Is.EqualTo("2025-10-24_07-59-11_UTC"));
            Assert.That(list.IcannRules, Is.GreaterThan(6000));
            Assert.That(list.PrivateRules, Is.GreaterThan(3000));
            Assert.That(info.Sha256, Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(shipped))), "the embedded list is the file in the repository");
            Assert.That(File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "TrackerAudit", "ThirdParties", "Data", "README.md")), Does.Contain(info.Sha256).And.Contain(list.Version!));
        });
    }

    [Test]
    public void A_rule_that_is_no_domain_is_refused_with_its_line()
    {
        var text = "// header\ncom\nfoo\u0000bar.com\n";
        var error = Assert.Throws<FormatException>(() => PublicSuffixList.Parse(new StringReader(text)));
        Assert.That(error!.Message, Does.StartWith("line 3:"));
    }

    [TestCase("www.met.police.uk", "met.police.uk")]
    [TestCase("a.github.io", "a.github.io")]
    [TestCase("github.io", "github.io")]
    [TestCase("192.168.0.10", "192.168.0.10")]
    [TestCase("[::1]", "[::1]")]
    [TestCase("intranet", "intranet")]
    [TestCase("analytics.tiktok.com.", "tiktok.com")]
    public void Sites_keep_their_api_and_treat_ips_single_labels_and_suffixes_as_their_own_site(string host, string site)
    {
        Assert.That(Sites.SiteOf(host), Is.EqualTo(site));
    }

    [Test]
    public void Two_pages_of_one_hosting_suffix_are_third_parties_to_each_other()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Sites.IsThirdParty("https://tracker.github.io/x.js", Sites.SiteOf("victim.github.io")), Is.True);
            Assert.That(Sites.IsThirdParty("https://static.victim.github.io/x.js", Sites.SiteOf("victim.github.io")), Is.False);
        });
    }

    private static string? Argument(string text) => text == "null" ? null : text.Trim('\'');

    [GeneratedRegex(@"^checkPublicSuffix\((?<host>null|'[^']*'),\s*(?<expected>null|'[^']*')\);")]
    private static partial Regex CheckCase();
}
