using System.Text.Json;

namespace TrackerAudit.ThirdParties;

/// <summary>Reading a list's JSON with errors that say where (a JSON path) and what was expected.</summary>
internal static class JsonShape
{
    public static JsonElement Object(JsonElement parent, string property, string path)
    {
        if (!parent.TryGetProperty(property, out var value) || value.ValueKind != JsonValueKind.Object)
        {
            throw Wrong($"{path}.{property}", "an object", value);
        }

        return value;
    }

    public static string? OptionalText(JsonElement parent, string property) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            && value.GetString() is { Length: > 0 } text ? text : null;

    public static IReadOnlyList<string> Texts(JsonElement parent, string property, string path)
    {
        if (!parent.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw Wrong($"{path}.{property}", "an array of strings", value);
        }

        var texts = new List<string>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            texts.Add(item.ValueKind == JsonValueKind.String ? item.GetString()! : throw Wrong($"{path}.{property}[{index}]", "a string", item));
            index++;
        }

        return texts;
    }

    public static FormatException Wrong(string path, string expected, JsonElement found) =>
        new($"{path}: expected {expected}, found {(found.ValueKind == JsonValueKind.Undefined ? "nothing" : found.ValueKind.ToString().ToLowerInvariant())}");
}
