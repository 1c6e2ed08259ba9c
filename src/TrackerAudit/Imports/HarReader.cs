using System.Globalization;
using System.Text.Json;
using TrackerAudit.Capture;

namespace TrackerAudit.Imports;

/// <summary>
/// Reads the requests of a HAR file (Chrome, Firefox, TrackerAudit's own <c>capture.har</c>...) one entry at a
/// time, however large the file: only <c>log.pages</c> (id to URL) and the entry being read are held (a body too
/// long to hold goes to a file as it is read). An entry that cannot be read (no URL, a lone surrogate, a wrong
/// type) is noted in the <see cref="InputProblemLog"/> and skipped; the ids of the requests read stay consecutive.
/// A file that is not valid JSON or is cut short ends the sequence with a <see cref="HarFormatException"/> naming
/// the position, after every entry before it was returned.
/// </summary>
internal static class HarReader
{
    /// <summary>The requests of the HAR file at <paramref name="path"/>, numbered from <paramref name="firstId"/>.</summary>
    /// <param name="withBodies">False to skip request bodies, when only the requests' order and URLs matter.</param>
    /// <param name="problems">Where entries that cannot be read are noted; null to stop at the first (as <c>--strict</c>).</param>
    /// <param name="runFolder">The run folder whose <c>bodies/</c> receives bodies too long to hold; null to hold them.</param>
    public static IEnumerable<CapturedRequest> Read(string path, string journey, long firstId = 1, bool withBodies = true, InputProblemLog? problems = null, string? runFolder = null, DecodeLimits? limits = null)
    {
        // The token stream reads large blocks itself: a FileStream buffer would only copy them twice.
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        foreach (var request in Read(stream, path, journey, firstId, withBodies, problems, runFolder, limits))
        {
            yield return request;
        }
    }

    public static IEnumerable<CapturedRequest> Read(Stream stream, string name, string journey, long firstId = 1, bool withBodies = true, InputProblemLog? problems = null, string? runFolder = null, DecodeLimits? limits = null)
    {
        problems ??= new InputProblemLog(strict: true);
        limits ??= DecodeLimits.Default;
        using var tokens = new JsonTokenStream(stream, name, limits, BodyFiles.SpillFolder(runFolder));
        tokens.ReadRequired();
        if (tokens.TokenType != JsonTokenType.StartObject)
        {
            throw tokens.Error(tokens.TokenOffset, $"a HAR file is a JSON object, but this one starts with {tokens.Describe()}");
        }

        var entries = new HarEntryReader(tokens, journey, withBodies, runFolder);
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
                    var number = 0L;
                    while (true)
                    {
                        tokens.ReadRequired();
                        if (tokens.TokenType == JsonTokenType.EndArray)
                        {
                            break;
                        }

                        if (++number > limits.MaxEntries)
                        {
                            problems.Add(tokens.Error(tokens.TokenOffset, string.Create(CultureInfo.InvariantCulture, $"reading stopped at entry {number:N0}: an input holds at most {limits.MaxEntries:N0} requests")), number);
                            yield break;
                        }

                        if (ReadEntry(tokens, entries, number, id, problems) is { } request)
                        {
                            id++;
                            yield return request;
                        }
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

    /// <summary>Reads one entry; one that cannot be read is noted, and skipped to its end, unless the JSON itself is broken.</summary>
    private static CapturedRequest? ReadEntry(JsonTokenStream tokens, HarEntryReader entries, long number, long id, InputProblemLog problems)
    {
        var depth = tokens.Depth;
        var isObject = tokens.TokenType == JsonTokenType.StartObject;
        try
        {
            return entries.Read(number, id);
        }
        catch (HarFormatException exception) when (!exception.BreaksFile && !problems.Strict)
        {
            problems.Add(exception, number);
            if (isObject)
            {
                tokens.SkipRestOf(depth);
            }
            else
            {
                tokens.Skip();
            }

            return null;
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
                    id = PageString(tokens, "pages[].id");
                }
                else if (tokens.NameIs("title"u8))
                {
                    title = PageString(tokens, "pages[].title");
                }
                else if (tokens.NameIs("_pageUrl"u8))
                {
                    pageUrl = PageString(tokens, "pages[]._pageUrl");
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

    // A page whose title or id is not text (a lone surrogate, a number) names no page URL: no request is lost.
    private static string? PageString(JsonTokenStream tokens, string field)
    {
        tokens.ReadRequired();
        if (tokens.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            tokens.Skip();
            return null;
        }

        try
        {
            return tokens.GetNullableString(field);
        }
        catch (HarFormatException exception) when (!exception.BreaksFile)
        {
            return null;
        }
    }
}
