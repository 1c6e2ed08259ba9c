using System.Text.Json;
using TrackerAudit.Capture;

namespace TrackerAudit.Imports;

/// <summary>
/// Reads the requests of a HAR file (Chrome, Firefox, TrackerAudit's own <c>capture.har</c>...) one entry at a
/// time, however large the file: only <c>log.pages</c> (id to URL) and the entry being read are held. A file
/// that is not valid JSON or is cut short ends the sequence with a <see cref="HarFormatException"/> naming
/// the position, after every entry before it was returned.
/// </summary>
internal static class HarReader
{
    /// <summary>The requests of the HAR file at <paramref name="path"/>, numbered from <paramref name="firstId"/>.</summary>
    /// <param name="withBodies">False to skip request bodies, when only the requests' order and URLs matter.</param>
    public static IEnumerable<CapturedRequest> Read(string path, string journey, long firstId = 1, bool withBodies = true)
    {
        // The token stream reads large blocks itself: a FileStream buffer would only copy them twice.
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        foreach (var request in Read(stream, path, journey, firstId, withBodies))
        {
            yield return request;
        }
    }

    public static IEnumerable<CapturedRequest> Read(Stream stream, string name, string journey, long firstId = 1, bool withBodies = true)
    {
        var tokens = new JsonTokenStream(stream, name);
        tokens.ReadRequired();
        if (tokens.TokenType != JsonTokenType.StartObject)
        {
            throw tokens.Error(tokens.TokenOffset, $"a HAR file is a JSON object, but this one starts with {tokens.Describe()}");
        }

        var entries = new HarEntryReader(tokens, journey, withBodies);
        var sawEntries = false;
        while (NextProperty(tokens))
        {
            if (!tokens.NameIs("log"u8))
            {
                tokens.Skip();
                continue;
            }

            Expect(tokens, JsonTokenType.StartObject, "log");
            while (NextProperty(tokens))
            {
                if (tokens.NameIs("pages"u8))
                {
                    ReadPages(tokens, entries.PageUrls);
                }
                else if (tokens.NameIs("entries"u8))
                {
                    Expect(tokens, JsonTokenType.StartArray, "log.entries");
                    sawEntries = true;
                    var id = firstId;
                    while (true)
                    {
                        tokens.ReadRequired();
                        if (tokens.TokenType == JsonTokenType.EndArray)
                        {
                            break;
                        }

                        yield return entries.Read(id++);
                    }
                }
                else
                {
                    tokens.Skip();
                }
            }
        }

        // After the root object only white space may follow; the reader says so if anything else does.
        tokens.Read();
        if (!sawEntries)
        {
            throw tokens.Error(tokens.Offset, "there is no log.entries array: this JSON is not a HAR file");
        }
    }

    /// <summary>Moves to the next property of the current object: true on a property name, false at its end.</summary>
    internal static bool NextProperty(JsonTokenStream tokens)
    {
        tokens.ReadRequired();
        return tokens.TokenType switch
        {
            JsonTokenType.PropertyName => true,
            JsonTokenType.EndObject => false,
            _ => throw tokens.Error(tokens.TokenOffset, $"expected a property name, found {tokens.Describe()}"),
        };
    }

    /// <summary>Moves to a property's value, which must be of this type.</summary>
    internal static void Expect(JsonTokenStream tokens, JsonTokenType type, string what)
    {
        tokens.ReadRequired();
        if (tokens.TokenType != type)
        {
            var wanted = type == JsonTokenType.StartArray ? "an array" : "an object";
            throw tokens.Error(tokens.TokenOffset, $"{what} is {tokens.Describe()}, not {wanted}");
        }
    }

    // Chrome titles each page with its URL; Firefox with the document's title; TrackerAudit adds _pageUrl.
    private static void ReadPages(JsonTokenStream tokens, Dictionary<string, string> pageUrls)
    {
        Expect(tokens, JsonTokenType.StartArray, "log.pages");
        while (true)
        {
            tokens.ReadRequired();
            if (tokens.TokenType == JsonTokenType.EndArray)
            {
                return;
            }

            if (tokens.TokenType != JsonTokenType.StartObject)
            {
                throw tokens.Error(tokens.TokenOffset, $"a page is {tokens.Describe()}, not an object");
            }

            string? id = null, title = null, pageUrl = null;
            while (NextProperty(tokens))
            {
                if (tokens.NameIs("id"u8))
                {
                    tokens.ReadRequired();
                    id = tokens.GetNullableString("pages[].id");
                }
                else if (tokens.NameIs("title"u8))
                {
                    tokens.ReadRequired();
                    title = tokens.GetNullableString("pages[].title");
                }
                else if (tokens.NameIs("_pageUrl"u8))
                {
                    tokens.ReadRequired();
                    pageUrl = tokens.GetNullableString("pages[]._pageUrl");
                }
                else
                {
                    tokens.Skip();
                }
            }

            var url = WebUrls.IsWebUrl(pageUrl) ? pageUrl : WebUrls.IsWebUrl(title) ? title : null;
            if (id is not null && url is not null)
            {
                pageUrls[id] = url;
            }
        }
    }
}
