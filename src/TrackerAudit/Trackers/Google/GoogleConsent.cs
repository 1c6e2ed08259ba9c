using System.Collections.Concurrent;
using System.Text;

namespace TrackerAudit.Trackers.Google;

/// <summary>
/// Google's consent-mode signals in words (tracker-protocols-more.md §1.0, "Consent signals"):
/// <c>gcs</c> = <c>G1</c> + one character each for ad_storage and analytics_storage (<c>1</c> granted,
/// <c>0</c> denied, <c>-</c> unset); <c>gcd</c> = <c>1</c>, a digit, then one letter each for ad_storage,
/// analytics_storage, ad_user_data and ad_personalization, each letter followed by a digit.
/// </summary>
internal static class GoogleConsent
{
    private static readonly string[] GcsSignals = ["ad_storage", "analytics_storage"];
    private static readonly string[] GcdSignals = ["ad_storage", "analytics_storage", "ad_user_data", "ad_personalization"];

    private const int MaxCached = 512;

    // A site sends the same few consent strings on every beacon: each is put into words once.
    private static readonly ConcurrentDictionary<string, Described> Cache = new(StringComparer.Ordinal);
    private static int _cached;

    /// <summary>The consent string in words, and one field per signal it sets.</summary>
    /// <param name="Meaning">E.g. <c>consent mode (gcs): ad_storage denied, analytics_storage granted</c>.</param>
    /// <param name="Signals">Each signal's path and its state in words, e.g. (<c>gcs.ad_storage</c>, <c>denied</c>).</param>
    /// <param name="Problem">What could not be read, or null.</param>
    internal sealed record Described(string Meaning, IReadOnlyList<KeyValuePair<string, string>> Signals, string? Problem)
    {
        /// <summary>The consent parameter and its signals as fields, made once per consent string.</summary>
        public IReadOnlyList<TrackerField> Fields { get; private init; } = [];

        public Described WithFields(string key, string value)
        {
            var fields = new TrackerField[Signals.Count + 1];
            fields[0] = new(key, value, Meaning, FieldSensitivity.None);
            for (var i = 0; i < Signals.Count; i++)
            {
                fields[i + 1] = new(Signals[i].Key, Signals[i].Value, "consent signal, in words", FieldSensitivity.None);
            }

            return this with { Fields = fields };
        }
    }

    /// <summary>Puts <c>gcs</c> or <c>gcd</c> into words; any other key gives null.</summary>
    public static Described? Describe(string key, string value)
    {
        if (key is not ("gcs" or "gcd"))
        {
            return null;
        }

        var cacheKey = key + ":" + value;
        if (Cache.TryGetValue(cacheKey, out var cached))
        {
            return cached;
        }

        var described = (key == "gcs" ? Gcs(value) : Gcd(value)).WithFields(key, value);
        if (Volatile.Read(ref _cached) < MaxCached && Cache.TryAdd(cacheKey, described))
        {
            Interlocked.Increment(ref _cached);
        }

        return described;
    }

    /// <summary>The word for a <c>gcs</c> character.</summary>
    public static string? GcsState(char c) => c switch
    {
        '1' => "granted",
        '0' => "denied",
        '-' => "not set",
        _ => null,
    };

    /// <summary>The words for a <c>gcd</c> letter (lower case: set by default or update; upper case: the same, set manually).</summary>
    public static string? GcdState(char c)
    {
        var state = char.ToLowerInvariant(c) switch
        {
            'l' => "not set",
            'p' => "denied by default",
            'q' => "denied by default and by update",
            't' => "granted by default",
            'r' => "denied by default, granted by update",
            'm' => "denied by update",
            'n' => "granted by update",
            'u' => "granted by default, denied by update",
            'v' => "granted by default and by update",
            _ => null,
        };
        return state is not null && char.IsAsciiLetterUpper(c) ? state + " (set manually)" : state;
    }

    private static Described Gcs(string value)
    {
        if (value.Length < 2 || value[0] != 'G')
        {
            return new("consent mode state (gcs), not in the known G1xx form", [], $"gcs: '{value}' is not G1 followed by two states");
        }

        return Build("consent mode state (gcs): ", value, GcsSignals, start: 2, step: 1, GcsState, "gcs");
    }

    private static Described Gcd(string value)
    {
        if (value.Length < 3 || value[0] != '1')
        {
            return new("consent mode defaults and updates (gcd), not in the known form", [], $"gcd: '{value}' does not start with 1 and a version digit");
        }

        return Build("consent mode defaults and updates (gcd): ", value, GcdSignals, start: 2, step: 2, GcdState, "gcd");
    }

    private static Described Build(string prefix, string value, string[] signals, int start, int step, Func<char, string?> state, string key)
    {
        var words = new StringBuilder(prefix, prefix.Length + 120);
        var found = new List<KeyValuePair<string, string>>(signals.Length);
        string? problem = null;
        for (var i = 0; i < signals.Length; i++)
        {
            var at = start + (i * step);
            var word = at < value.Length ? state(value[at]) : null;
            if (word is null)
            {
                problem ??= at < value.Length
                    ? $"{key}: '{value[at]}' for {signals[i]} is not a known state"
                    : $"{key}: '{value}' stops before {signals[i]}";
                continue;
            }

            if (found.Count > 0)
            {
                words.Append(", ");
            }

            words.Append(signals[i]).Append(' ').Append(word);
            found.Add(new(key + "." + signals[i], word));
        }

        if (found.Count == 0)
        {
            words.Append("unreadable");
        }

        return new(words.ToString(), found, problem);
    }
}
