using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace TrackerAudit.Trackers.Wire;

/// <summary>
/// Turns a JSON value sent as a parameter into flat path/value leaves, e.g.
/// <c>cd[formFeatures][0].placeholder</c>, so a report can show every piece on its own. Read with a
/// <see cref="Utf8JsonReader"/> in one pass: no document is built, and paths and short values are shared
/// strings (<see cref="WireStrings"/>), since the same ones come in every request.
/// </summary>
internal static class JsonFlattener
{
    internal const int MaxLeaves = 2000;

    private const int MaxDepth = 128;

    // Strict, as JsonDocument is: a value that is not UTF-16 text throws instead of being changed.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly JsonReaderOptions Options = new() { MaxDepth = MaxDepth };

    public static bool LooksLikeJson(string text)
    {
        var trimmed = text.AsSpan().TrimStart();
        return !trimmed.IsEmpty && trimmed[0] is '{' or '[';
    }

    // Returns null when all went well, else what went wrong. JSON that is not valid gives no leaves at all, as
    // a parsed document would; past MaxLeaves the rest is still checked, but not kept.
    public static string? Flatten(string path, string json, List<KeyValuePair<string, string>> leaves)
    {
        var bytes = ArrayPool<byte>.Shared.Rent(StrictUtf8.GetMaxByteCount(json.Length));
        var first = leaves.Count;
        try
        {
            var length = StrictUtf8.GetBytes(json, bytes);
            var budget = MaxLeaves;
            Walk(path, bytes.AsSpan(0, length), leaves, ref budget);
            return budget < 0 ? $"more than {MaxLeaves} values; the rest is only in the raw value" : null;
        }
        catch (JsonException exception)
        {
            leaves.RemoveRange(first, leaves.Count - first);
            return $"not valid JSON (truncated?): {exception.Message}";
        }
        catch (EncoderFallbackException exception)
        {
            // Text with a lone surrogate has no UTF-8 form: kept raw, not flattened (found by DecoderFuzzTests).
            leaves.RemoveRange(first, leaves.Count - first);
            return $"not valid JSON: a lone surrogate at index {exception.Index}";
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    private static void Walk(string root, ReadOnlySpan<byte> json, List<KeyValuePair<string, string>> leaves, ref int budget)
    {
        var reader = new Utf8JsonReader(json, isFinalBlock: true, new JsonReaderState(Options));

        // The open objects and arrays: each one's path, and for an array the index of its next item.
        var open = new List<(string Path, int NextIndex)>(8);
        string? propertyPath = null;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    propertyPath = Child(open[^1].Path, ref reader);
                    continue;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    open.RemoveAt(open.Count - 1);
                    continue;
            }

            var path = ValuePath(root, open, ref propertyPath);
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                open.Add((path, reader.TokenType == JsonTokenType.StartArray ? 0 : -1));
            }
            else if (budget >= 0 && --budget >= 0)
            {
                leaves.Add(new(path, Leaf(ref reader)));
            }
        }
    }

    // The path of the value just read: the root, the property before it, or the next index of its array.
    private static string ValuePath(string root, List<(string Path, int NextIndex)> open, ref string? propertyPath)
    {
        if (open.Count == 0)
        {
            return root;
        }

        var (parent, next) = open[^1];
        if (next < 0)
        {
            var path = propertyPath!;
            propertyPath = null;
            return path;
        }

        open[^1] = (parent, next + 1);
        Span<char> chars = stackalloc char[WireStrings.MaxLength + 1];
        return chars.TryWrite(CultureInfo.InvariantCulture, $"{parent}[{next}]", out var written) && written <= WireStrings.MaxLength
            ? WireStrings.Of(chars[..written])
            : string.Create(CultureInfo.InvariantCulture, $"{parent}[{next}]");
    }

    private static string Child(string parent, ref Utf8JsonReader reader)
    {
        var room = parent.Length + 1 + (reader.HasValueSequence ? (int)reader.ValueSequence.Length : reader.ValueSpan.Length);
        if (room > WireStrings.MaxLength)
        {
            return string.Concat(parent, ".", reader.GetString());
        }

        Span<char> chars = stackalloc char[WireStrings.MaxLength];
        parent.CopyTo(chars);
        chars[parent.Length] = '.';
        var name = reader.CopyString(chars[(parent.Length + 1)..]);
        return WireStrings.Of(chars[..(parent.Length + 1 + name)]);
    }

    private static string Leaf(ref Utf8JsonReader reader)
    {
        // A number, true, false or null is its text exactly as sent (ASCII); a string is unescaped. Either is
        // at most as many characters as it has bytes on the wire.
        var raw = reader.TokenType != JsonTokenType.String;
        if (reader.ValueSpan.Length > WireStrings.MaxLength)
        {
            return raw ? Encoding.UTF8.GetString(reader.ValueSpan) : reader.GetString()!;
        }

        Span<char> chars = stackalloc char[WireStrings.MaxLength];
        return WireStrings.Of(chars[..(raw ? Encoding.UTF8.GetChars(reader.ValueSpan, chars) : reader.CopyString(chars))]);
    }
}
