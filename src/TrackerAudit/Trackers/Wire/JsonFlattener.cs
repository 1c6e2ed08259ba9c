using System.Text.Json;

namespace TrackerAudit.Trackers.Wire;

/// <summary>
/// Turns a JSON value sent as a parameter into flat path/value leaves, e.g.
/// <c>cd[formFeatures][0].placeholder</c>, so a report can show every piece on its own.
/// </summary>
internal static class JsonFlattener
{
    internal const int MaxLeaves = 2000;

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 128 };

    public static bool LooksLikeJson(string text)
    {
        var trimmed = text.AsSpan().TrimStart();
        return !trimmed.IsEmpty && trimmed[0] is '{' or '[';
    }

    // Returns null when all went well, else what went wrong; leaves found before the problem are kept.
    public static string? Flatten(string path, string json, List<KeyValuePair<string, string>> leaves)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException exception)
        {
            return $"not valid JSON (truncated?): {exception.Message}";
        }

        using (document)
        {
            var budget = MaxLeaves;
            Walk(path, document.RootElement, leaves, ref budget);
            return budget < 0 ? $"more than {MaxLeaves} values; the rest is only in the raw value" : null;
        }
    }

    private static void Walk(string path, JsonElement element, List<KeyValuePair<string, string>> leaves, ref int budget)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Walk(string.Concat(path, ".", property.Name), property.Value, leaves, ref budget);
                    if (budget < 0)
                    {
                        return;
                    }
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Walk(Indexed(path, index++), item, leaves, ref budget);
                    if (budget < 0)
                    {
                        return;
                    }
                }

                break;
            default:
                if (--budget < 0)
                {
                    return;
                }

                var value = element.ValueKind == JsonValueKind.String ? element.GetString() ?? "" : element.GetRawText();
                leaves.Add(new(path, value));
                break;
        }
    }

    private static string Indexed(string path, int index) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{path}[{index}]");
}
