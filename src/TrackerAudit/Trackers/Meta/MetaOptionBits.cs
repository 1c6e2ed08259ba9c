using System.Collections.Concurrent;
using System.Globalization;
using static TrackerAudit.Model.FieldSensitivity;

namespace TrackerAudit.Trackers.Meta;

/// <summary>
/// Spells out the <c>o</c> bit mask: the <c>o</c> field lists the flags in its meaning, and each set bit
/// becomes an <c>o.bits</c> field, so a report can say "Meta detected a headless browser" (bit 128).
/// </summary>
internal static class MetaOptionBits
{
    public const string BitsPath = "o.bits";

    public const int HeadlessBit = 128;

    private const int MaxCached = 256;

    private static readonly (int Bit, string Meaning, FieldSensitivity Sensitivity)[] Bits =
    [
        (1, "automatic configuration opted out", None),
        (2, "automatic configuration on", None),
        (4, "configuration loading", None),
        (8, "defineProperty supported", None),
        (16, "sendBeacon supported", None),
        (32, "personal data (PII) invalidated", Low),
        (64, "sent through a proxy", None),
        (HeadlessBit, "Meta detected a headless browser", Fingerprint),
        (256, "Meta detected Selenium (browser automation)", Fingerprint),
        (512, "automation detection failed", Fingerprint),
        (1024, "conflicting personal data (PII)", Low),
        (2048, "personal data (PII) matched automatically: a form field was read as personal data", Medium),
        (4096, "first-party cookies on", None),
    ];

    private static readonly long KnownMask = Bits.Sum(b => (long)b.Bit);

    // A site sends the same few masks over and over: decode each once.
    private static readonly ConcurrentDictionary<string, TrackerField[]> Cache = new(StringComparer.Ordinal);

    public static IReadOnlyList<TrackerField> Fields(string value, List<string> warnings)
    {
        if (Cache.TryGetValue(value, out var cached))
        {
            return cached;
        }

        if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var mask))
        {
            warnings.Add($"o: '{Wire.UrlEncodedReader.Shorten(value)}' is not a number; bits not read");
            return [new TrackerField("o", value, "library state bit mask", Medium)];
        }

        var fields = new List<TrackerField> { new("o", value, "", Medium) };
        var names = new List<string>();
        foreach (var (bit, meaning, sensitivity) in Bits)
        {
            if ((mask & bit) != 0)
            {
                fields.Add(new(BitsPath, bit.ToString(CultureInfo.InvariantCulture), meaning, sensitivity));
                names.Add(meaning);
            }
        }

        if ((mask & ~KnownMask) != 0)
        {
            var unknown = (mask & ~KnownMask).ToString(CultureInfo.InvariantCulture);
            fields.Add(new(BitsPath, unknown, null, Unknown));
            names.Add($"unknown flags {unknown}");
        }

        fields[0] = fields[0] with { Meaning = names.Count == 0 ? "library state bit mask: no flags" : "library state bit mask: " + string.Join(", ", names) };
        var result = fields.ToArray();
        if (Cache.Count < MaxCached)
        {
            Cache.TryAdd(value, result);
        }

        return result;
    }
}
