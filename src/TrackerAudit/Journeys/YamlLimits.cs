namespace TrackerAudit.Journeys;

/// <summary>
/// The limits every journey and policy file is held to, checked before the YAML reader builds anything, so that
/// no file can overflow the stack, exhaust memory or keep the tool busy for long. docs/reliability.md lists them.
/// </summary>
public static class YamlLimits
{
    /// <summary>Largest journey or policy file, in bytes (1 MiB); the demo's largest journey is under 5 KB.</summary>
    public const int MaxFileBytes = 1024 * 1024;

    /// <summary>Deepest nesting of lists and mappings; a journey needs about 6.</summary>
    public const int MaxDepth = 64;

    /// <summary>Longest scalar (any single value or key), in characters.</summary>
    public const int MaxScalarChars = 64 * 1024;

    /// <summary>Most items in one list, or entries in one mapping.</summary>
    public const int MaxCollectionItems = 10_000;

    /// <summary>
    /// Most nodes in a document once its aliases are expanded; bounds an alias bomb, and the time any file takes
    /// (YamlDotNet reads some tens of thousands of nodes a second on a busy machine). 1,000 steps need about 7,000.
    /// </summary>
    public const int MaxExpandedNodes = 50_000;

    /// <summary>Most aliases (<c>*name</c>) in a file.</summary>
    public const int MaxAliases = 1_000;

    /// <summary>Most steps in a journey's steps, or in one consent variant.</summary>
    public const int MaxSteps = 1_000;

    /// <summary>Longest name of a journey, step, expectation, rule or policy, in characters.</summary>
    public const int MaxNameChars = 256;

    /// <summary>Longest selector, in characters.</summary>
    public const int MaxSelectorChars = 4 * 1024;

    /// <summary>Longest URL, in characters.</summary>
    public const int MaxUrlChars = 8 * 1024;
}
