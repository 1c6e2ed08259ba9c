using System.Security.Cryptography;
using System.Text;

namespace TrackerAudit.Findings.Matching;

/// <summary>
/// Builds every spelling of a typed value a tracker may send: each plausible normalised form
/// (<see cref="TypedValueForms.For"/>) passed through up to two transforms.
/// </summary>
/// <remarks>
/// Chains read inside out: <c>urlencode(base64(raw))</c> is the value as typed, base64-encoded,
/// then URL-encoded. Normalising (trim, lower, Meta's <c>em</c>...) is the starting form, not a
/// level. A digest's rendering belongs to its hash's level: <c>sha256</c> is lower-case hex,
/// <c>sha256-upper</c> upper-case hex and <c>sha256-base64</c> base64 of the digest bytes, so
/// <c>urlencode(sha256-base64(raw))</c> counts as two levels. When two chains give the same text
/// the first one built is kept: forms in the order of <see cref="TypedValueForms.For"/>,
/// shallower chains before deeper ones.
/// </remarks>
internal static class TypedValueVariants
{
    /// <summary>
    /// Shorter spellings are not searched: a 3-character string turns up by coincidence in almost
    /// any payload (hex ids, base64 blobs, words), and a match would prove nothing. For the same
    /// reason a value or form shorter than this is searched only through its hashes, which are
    /// long and specific even when what was hashed is short (Meta hashes the 1-letter gender).
    /// </summary>
    public const int MinimumLength = 4;

    private const int MaximumDepth = 2;

    private static readonly Transform[] Transforms = BuildTransforms();

    public static IReadOnlyList<TypedValueVariant> For(string label, string value)
    {
        var variants = new List<TypedValueVariant>();
        if (string.IsNullOrWhiteSpace(value))
        {
            return variants;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var frontier = new List<Node>();

        void Add(string text, string chain, bool searchable, List<Node> into)
        {
            if (!seen.Add(text))
            {
                return;
            }

            into.Add(new Node(text, chain, searchable));
            if (searchable && text.Length >= MinimumLength)
            {
                variants.Add(new TypedValueVariant(label, value, text, chain));
            }
        }

        foreach (var form in TypedValueForms.For(value))
        {
            Add(form.Value, form.Description, form.Value.Length >= MinimumLength, frontier);
        }

        for (var depth = 1; depth <= MaximumDepth; depth++)
        {
            var next = new List<Node>();
            foreach (var node in frontier)
            {
                foreach (var transform in Transforms)
                {
                    foreach (var text in transform.Apply(node.Text))
                    {
                        Add(text, $"{transform.Name}({node.Chain})", node.Searchable || transform.IsHash, next);
                    }
                }
            }

            frontier = next;
        }

        return variants;
    }

    private static Transform[] BuildTransforms()
    {
        var transforms = new List<Transform>
        {
            new("urlencode", false, TextEncodings.UrlEncodings),
            new("base64", false, v => [TextEncodings.Base64(v)]),
            new("base64url", false, v => [TextEncodings.Base64Url(v)]),
            new("base64-nopad", false, v => [TextEncodings.Base64(v).TrimEnd('=')]),
            new("base64url-nopad", false, v => [TextEncodings.Base64Url(v).TrimEnd('=')]),
            new("hex", false, v => [TextEncodings.Hex(v)]),
            new("hex-upper", false, v => [TextEncodings.HexUpper(v)]),
            new("json", false, TextEncodings.JsonEncodings),
        };

        foreach (var (name, hash) in Hashes())
        {
            transforms.Add(new(name, true, v => [Convert.ToHexStringLower(hash(Encoding.UTF8.GetBytes(v)))]));
            transforms.Add(new($"{name}-upper", true, v => [Convert.ToHexString(hash(Encoding.UTF8.GetBytes(v)))]));
            transforms.Add(new($"{name}-base64", true, v => [Convert.ToBase64String(hash(Encoding.UTF8.GetBytes(v)))]));
        }

        return [.. transforms];
    }

    // MD5 and SHA-1 are broken for security but trackers still send them; recomputing them
    // here is detection.
    private static IEnumerable<(string Name, Func<byte[], byte[]> Hash)> Hashes() =>
    [
        ("md5", MD5.HashData),
        ("sha1", SHA1.HashData),
        ("sha256", SHA256.HashData),
        ("sha512", SHA512.HashData),
    ];

    private sealed record Transform(string Name, bool IsHash, Func<string, IEnumerable<string>> Apply);

    private sealed record Node(string Text, string Chain, bool Searchable);
}
