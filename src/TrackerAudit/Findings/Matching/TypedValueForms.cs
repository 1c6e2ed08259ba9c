using TrackerAudit.Trackers;

namespace TrackerAudit.Findings.Matching;

/// <summary>
/// Every plausible normalised form of a typed value: the ones any tracker may apply (as typed, trimmed,
/// trimmed lower-case as e-mail addresses are hashed, lower, upper), then each registered tracker's own
/// (<see cref="ITrackerDecoder.TypedValueForms"/>), in the order of <see cref="TrackerRegistry"/>.
/// </summary>
internal static class TypedValueForms
{
    /// <summary>Empty forms are left out; each text appears once, under its first description.</summary>
    public static IReadOnlyList<NormalizedForm> For(string value)
    {
        var forms = new List<NormalizedForm>();
        var seen = new HashSet<string>(StringComparer.Ordinal);

        void Add(string description, string text)
        {
            if (text.Length > 0 && seen.Add(text))
            {
                forms.Add(new NormalizedForm(description, text));
            }
        }

        // Trim + lower-case comes before plain lower-case so that a hashed e-mail reads as the
        // trackers' e-mail normalisation, but it is called that only for something that looks like one.
        var trimmedLower = value.Trim().ToLowerInvariant();
        Add("raw", value);
        Add("trimmed", value.Trim());
        Add(value.Contains('@', StringComparison.Ordinal) ? "normalised em" : "trimmed lower", trimmedLower);
        Add("lower", value.ToLowerInvariant());
        Add("upper", value.ToUpperInvariant());
        foreach (var decoder in TrackerRegistry.Decoders)
        {
            foreach (var form in decoder.TypedValueForms(value))
            {
                Add(form.Description, form.Value);
            }
        }

        return forms;
    }
}
