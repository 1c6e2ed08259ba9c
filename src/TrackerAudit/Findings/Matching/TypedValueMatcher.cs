namespace TrackerAudit.Findings.Matching;

/// <summary>
/// Finds the values typed during a journey in captured text (URLs, bodies, headers, decoded
/// fields), raw or transformed: every spelling from <see cref="TypedValueVariants"/> is searched
/// in one pass.
/// </summary>
/// <remarks>
/// Every spelling is at least <see cref="TypedValueVariants.MinimumLength"/> characters, so the
/// first four characters at each position of the text, packed into one 64-bit key, select the
/// few spellings that could start there; a bit filter over the keys skips most positions without
/// a dictionary look-up. Matching is ordinal: the case variants worth finding (upper/lower
/// forms, hex digits, percent escapes) are spellings of their own.
/// </remarks>
internal sealed class TypedValueMatcher
{
    private const int KeyLength = TypedValueVariants.MinimumLength;
    private const int FilterBits = 20;

    private readonly Dictionary<ulong, TypedValueVariant[]> _byPrefix;
    private readonly ulong[] _filter = new ulong[(1 << FilterBits) / 64];

    public TypedValueMatcher(IEnumerable<(string Label, string Value)> typedValues)
    {
        Variants = [.. typedValues.SelectMany(typed => TypedValueVariants.For(typed.Label, typed.Value))];
        _byPrefix = Variants
            .GroupBy(variant => Key(variant.Text.AsSpan()))
            .ToDictionary(group => group.Key, group => group.ToArray());
        foreach (var key in _byPrefix.Keys)
        {
            var bit = FilterBit(key);
            _filter[bit >> 6] |= 1UL << (int)(bit & 63);
        }
    }

    /// <summary>True when there is nothing to search for; <see cref="FindIn"/> then returns nothing at once.</summary>
    public bool IsEmpty => Variants.Count == 0;

    /// <summary>Every spelling searched for, all typed values together.</summary>
    public IReadOnlyList<TypedValueVariant> Variants { get; }

    /// <summary>
    /// Every place a typed value occurs in <paramref name="text"/>, in order of position. A match
    /// lying wholly inside a longer match of the same typed value is left out (base64 without
    /// padding inside base64 with padding, say): it is the same occurrence.
    /// </summary>
    public IReadOnlyList<TypedValueMatch> FindIn(string text)
    {
        if (IsEmpty || text.Length < KeyLength)
        {
            return [];
        }

        var found = new List<TypedValueVariantAt>();
        ulong key = 0;
        for (var i = 0; i < text.Length; i++)
        {
            key = (key << 16) | text[i];
            if (i < KeyLength - 1)
            {
                continue;
            }

            var bit = FilterBit(key);
            if ((_filter[bit >> 6] & (1UL << (int)(bit & 63))) == 0 || !_byPrefix.TryGetValue(key, out var candidates))
            {
                continue;
            }

            var start = i - (KeyLength - 1);
            var rest = text.AsSpan(start);
            foreach (var candidate in candidates)
            {
                if (rest.StartsWith(candidate.Text, StringComparison.Ordinal))
                {
                    found.Add(new TypedValueVariantAt(candidate, start));
                }
            }
        }

        return found.Count == 0 ? [] : WithoutContainedMatches(found, text);
    }

    private static List<TypedValueMatch> WithoutContainedMatches(List<TypedValueVariantAt> found, string text)
    {
        var matches = new List<TypedValueMatch>(found.Count);
        foreach (var sameValue in found.GroupBy(f => (f.Variant.Label, f.Variant.Value)))
        {
            var furthestEnd = -1;
            foreach (var at in sameValue.OrderBy(f => f.Index).ThenByDescending(f => f.Variant.Text.Length))
            {
                var end = at.Index + at.Variant.Text.Length;
                if (end <= furthestEnd)
                {
                    continue;
                }

                furthestEnd = end;
                var variant = at.Variant;
                matches.Add(new TypedValueMatch(variant.Label, variant.Value, variant.Chain, at.Index, text.Substring(at.Index, variant.Text.Length)));
            }
        }

        matches.Sort((a, b) => a.Index != b.Index ? a.Index.CompareTo(b.Index) : b.MatchedText.Length.CompareTo(a.MatchedText.Length));
        return matches;
    }

    private static ulong Key(ReadOnlySpan<char> text)
    {
        ulong key = 0;
        for (var i = 0; i < KeyLength; i++)
        {
            key = (key << 16) | text[i];
        }

        return key;
    }

    private static ulong FilterBit(ulong key) => (key * 0x9E3779B97F4A7C15UL) >> (64 - FilterBits);

    private readonly record struct TypedValueVariantAt(TypedValueVariant Variant, int Index);
}
