using System.Reflection;
using System.Security.Cryptography;

namespace TrackerAudit.ThirdParties;

/// <summary>
/// The lists shipped inside TrackerAudit as embedded resources (see <c>ThirdParties/Data/README.md</c>), each read
/// once, on first use.
/// </summary>
internal static class BuiltInLists
{
    public const string PublicSuffixResource = "TrackerAudit.ThirdParties.Data/public_suffix_list.dat";

    public const string ThirdPartyWebResource = "TrackerAudit.ThirdParties.Data/third-party-web-entities.json";

    /// <summary>The npm version of third-party-web the entities come from (the JSON file does not say).</summary>
    public const string ThirdPartyWebVersion = "0.30.0";

    private static readonly Lazy<(PublicSuffixList List, ThirdPartyListInfo Info)> Suffixes = new(LoadSuffixes);

    private static readonly Lazy<ThirdPartyList> Entities = new(LoadThirdPartyWeb);

    /// <summary>The Public Suffix List.</summary>
    public static PublicSuffixList PublicSuffixes => Suffixes.Value.List;

    /// <summary>The Public Suffix List's record for <c>metadata.json</c>.</summary>
    public static ThirdPartyListInfo PublicSuffixInfo => Suffixes.Value.Info;

    /// <summary>third-party-web's entities.</summary>
    public static ThirdPartyList ThirdPartyWeb => Entities.Value;

    /// <summary>The bytes of an embedded list.</summary>
    public static byte[] Bytes(string resource)
    {
        using var stream = typeof(BuiltInLists).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded resource {resource} is missing from {Assembly.GetExecutingAssembly().GetName().Name}");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static (PublicSuffixList, ThirdPartyListInfo) LoadSuffixes()
    {
        var bytes = Bytes(PublicSuffixResource);
        using var reader = new StreamReader(new MemoryStream(bytes));
        var list = PublicSuffixList.Parse(reader);
        return (list, new ThirdPartyListInfo
        {
            Name = "Public Suffix List",
            Format = "public-suffix-list",
            Version = list.Version,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            Entries = list.Rules,
            Licence = "MPL-2.0",
            Source = "built-in",
        });
    }

    private static ThirdPartyList LoadThirdPartyWeb()
    {
        var bytes = Bytes(ThirdPartyWebResource);
        var domains = ThirdPartyWebReader.Read(new MemoryStream(bytes));
        return new ThirdPartyList(
            new ThirdPartyListInfo
            {
                Name = "third-party-web",
                Format = "third-party-web",
                Version = ThirdPartyWebVersion,
                Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
                Entries = domains.Count,
                Licence = "MIT",
                Source = "built-in",
            },
            domains);
    }
}
