namespace TrackerAudit.Journeys;

// What a string field accepts beyond being a string: how long it may be, whether it may span lines,
// and whether a YAML number may stand for its text.
internal sealed record TextRule(int MaxLength, bool Multiline, NumberUse Numbers)
{
    // Keys, words, globs, hosts: one line of text.
    public static readonly TextRule Line = new(YamlLimits.MaxScalarChars, Multiline: false, NumberUse.AsText);

    // Descriptions and typed values, which may hold tabs and line breaks.
    public static readonly TextRule Text = new(YamlLimits.MaxScalarChars, Multiline: true, NumberUse.AsText);

    public static readonly TextRule Name = new(YamlLimits.MaxNameChars, Multiline: false, NumberUse.AsText);

    // A bare number is never a selector a person meant ("click: 5"), so it is refused rather than looked for.
    public static readonly TextRule Selector = new(YamlLimits.MaxSelectorChars, Multiline: false, NumberUse.Refused);

    public static readonly TextRule Url = new(YamlLimits.MaxUrlChars, Multiline: false, NumberUse.AsText);

    // A count or a step number: a number is what is wanted, even one tagged !!int.
    public static readonly TextRule Number = new(YamlLimits.MaxNameChars, Multiline: false, NumberUse.Wanted);
}
