using System.Text.RegularExpressions;

namespace TrackerAudit.Journeys;

// The forms of YAML 1.2's core schema: what a plain scalar means when it is not a string, and what a
// value tagged !!int, !!float, !!bool or !!null must look like.
internal static partial class YamlScalars
{
    public static bool IsBoolean(string value) => value is "true" or "True" or "TRUE" or "false" or "False" or "FALSE";

    public static bool IsNull(string value) => value is "" or "~" or "null" or "Null" or "NULL";

    public static bool IsInteger(string value) => Integer().IsMatch(value);

    public static bool IsFloat(string value) => Float().IsMatch(value);

    [GeneratedRegex(@"^([-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Integer();

    [GeneratedRegex(@"^([-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$", RegexOptions.CultureInvariant)]
    private static partial Regex Float();
}
