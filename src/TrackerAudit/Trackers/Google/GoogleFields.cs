using System.Collections.Concurrent;
using TrackerAudit.Trackers.Wire;

namespace TrackerAudit.Trackers.Google;

/// <summary>
/// Turns one Google event's parameters into flat <see cref="TrackerField"/>s: every parameter as sent, plus what
/// some of them pack: consent signals in words (<c>gcs.ad_storage</c>), the parts of the user-data token
/// (<c>em[em]</c>) and the leaves of a JSON value (<c>el.pageType</c>).
/// </summary>
internal sealed class GoogleFields
{
    private const int MaxShared = 16 * 1024;

    private static readonly ConcurrentDictionary<(string Key, string Value, GoogleParameterInfo Info), TrackerField> Shared = new();
    private static int _shared;

    private readonly List<TrackerField> _fields;
    private readonly List<string> _warnings;

    public GoogleFields(int capacity, List<string> warnings)
    {
        _fields = new List<TrackerField>(capacity);
        _warnings = warnings;
    }

    public List<TrackerField> Fields => _fields;

    public void Add(string key, string value, GoogleParameterInfo info)
    {
        var consent = GoogleConsent.Describe(key, value);
        if (consent is not null)
        {
            _fields.AddRange(consent.Fields);

            if (consent.Problem is not null)
            {
                _warnings.Add(consent.Problem);
            }

            return;
        }

        _fields.Add(Field(key, value, info));
        if (GoogleUserData.IsToken(key))
        {
            GoogleUserData.Add(_fields, key, value, _warnings);
        }
        else if (info.Sensitivity is FieldSensitivity.High or FieldSensitivity.Unknown && JsonFlattener.LooksLikeJson(value))
        {
            AddJsonLeaves(key, value, info);
        }
    }

    public void AddRange(IReadOnlyList<TrackerField> fields) => _fields.AddRange(fields);

    // Fields are immutable, and most of a visit's parameters repeat on every beacon (tid, cid, sid, gtm, the screen
    // and client hints, the page of a batch): a short parameter's field is made once and shared, which keeps a
    // beacon's allocations to what is new in it. The key holds the meaning, since trackers read a name (cid) differently. Bounded, so a stream of unique values cannot grow it.
    private static TrackerField Field(string key, string value, GoogleParameterInfo info)
    {
        if (value.Length > WireStrings.MaxLength || key.Length > WireStrings.MaxLength)
        {
            return new(key, value, info.Meaning, info.Sensitivity, info.Cookie);
        }

        var cacheKey = (key, value, info);
        if (Shared.TryGetValue(cacheKey, out var shared))
        {
            return shared;
        }

        var field = new TrackerField(key, value, info.Meaning, info.Sensitivity, info.Cookie);
        if (Volatile.Read(ref _shared) < MaxShared && Shared.TryAdd(cacheKey, field))
        {
            Interlocked.Increment(ref _shared);
        }

        return field;
    }

    // Sites put JSON into free-text parameters (a UA event label holding the whole dataLayer push): each piece is
    // shown on its own. Text that merely starts with a bracket is left as it is, without a warning.
    private void AddJsonLeaves(string key, string value, GoogleParameterInfo parent)
    {
        var leaves = new List<KeyValuePair<string, string>>();
        if (JsonFlattener.Flatten(key, value, leaves) is not null && leaves.Count == 0)
        {
            return;
        }

        foreach (var (path, leaf) in leaves)
        {
            _fields.Add(new(path, leaf, parent.Meaning is null ? null : "part of " + parent.Meaning, parent.Sensitivity));
        }
    }
}
