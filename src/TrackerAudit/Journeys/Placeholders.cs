namespace TrackerAudit.Journeys;

internal static class Placeholders
{
    public static readonly IReadOnlyList<string> CanaryNames = ["email", "phone", "name", "postcode", "search", "text"];

    private const string CanaryList = "${canary.email}, ${canary.phone}, ${canary.name}, ${canary.postcode}, ${canary.search} or ${canary.text}";

    // inputs is null where ${inputs.NAME} is not allowed: an input referring to another would need an
    // evaluation order, and cycles, for no gain.
    public static IReadOnlyList<string> Check(string text, IReadOnlyCollection<string>? inputs)
    {
        var problems = new List<string>();
        var position = 0;
        while ((position = text.IndexOf("${", position, StringComparison.Ordinal)) >= 0)
        {
            var end = text.IndexOf('}', position);
            if (end < 0)
            {
                problems.Add($"unterminated placeholder '{text[position..]}'; placeholders look like ${{inputs.NAME}} or ${{canary.email}}");
                break;
            }

            var placeholder = text[position..(end + 1)];
            var problem = CheckOne(placeholder, text[(position + 2)..end], inputs);
            if (problem is not null)
                problems.Add(problem);
            position = end + 1;
        }

        return problems;
    }

    private static string? CheckOne(string placeholder, string body, IReadOnlyCollection<string>? inputs)
    {
        if (body.StartsWith("canary.", StringComparison.Ordinal))
        {
            return CanaryNames.Contains(body["canary.".Length..], StringComparer.Ordinal)
                ? null
                : $"unknown placeholder '{placeholder}'; expected {CanaryList}";
        }

        if (body.StartsWith("inputs.", StringComparison.Ordinal))
        {
            if (inputs is null)
                return $"placeholder '{placeholder}' cannot be used inside inputs; an input value may only use {CanaryList}";

            var name = body["inputs.".Length..];
            if (inputs.Contains(name, StringComparer.Ordinal))
                return null;

            return inputs.Count == 0
                ? $"placeholder '{placeholder}' names an input, but the journey has no inputs; add it under inputs"
                : $"placeholder '{placeholder}' names no input; the inputs are {string.Join(", ", inputs)}";
        }

        return inputs is null
            ? $"unknown placeholder '{placeholder}'; expected {CanaryList}"
            : $"unknown placeholder '{placeholder}'; expected ${{inputs.NAME}} or {CanaryList}";
    }
}
