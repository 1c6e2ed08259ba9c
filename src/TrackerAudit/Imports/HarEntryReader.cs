using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using TrackerAudit.Capture;

namespace TrackerAudit.Imports;

/// <summary>
/// Reads one <c>log.entries[]</c> object into a <see cref="CapturedRequest"/>, straight from the token stream:
/// the response (and its body, often the bulk of a HAR) is skipped but for its status and error.
/// </summary>
internal sealed class HarEntryReader
{
    private const string DefaultStepName = "capture";

    private readonly JsonTokenStream _tokens;
    private readonly string _journey;
    private readonly bool _withBodies;
    private readonly string? _runFolder;

    /// <param name="runFolder">The run folder whose <c>bodies/</c> receives bodies too long to hold; null to hold them.</param>
    public HarEntryReader(JsonTokenStream tokens, string journey, bool withBodies, string? runFolder = null)
    {
        _tokens = tokens;
        _journey = journey;
        _withBodies = withBodies;
        _runFolder = runFolder;
    }

    /// <summary>Page ids to page URLs, from <c>log.pages</c> when it comes before the entries (as browsers write it).</summary>
    public Dictionary<string, string> PageUrls { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Reads the entry whose opening brace is the current token, as request <paramref name="id"/>. Throws
    /// <see cref="HarFormatException"/> for an entry that cannot be read, at the token where it went wrong.
    /// </summary>
    /// <param name="number">The entry's number in the file, from 1, for messages.</param>
    public CapturedRequest Read(long number, long id)
    {
        if (_tokens.TokenType != JsonTokenType.StartObject)
        {
            throw _tokens.Error(_tokens.TokenOffset, $"an entry is {_tokens.Describe()}, not an object");
        }

        var start = _tokens.TokenOffset;
        var entry = new Entry();
        try
        {
            ReadProperties(entry);
            return Build(entry, number, id, start);
        }
        finally
        {
            entry.PostFile?.Dispose();
        }
    }

    private void ReadProperties(Entry entry)
    {
        while (HarReader.NextProperty(_tokens))
        {
            if (_tokens.NameIs("pageref"u8))
            {
                entry.PageRef = String("pageref");
            }
            else if (_tokens.NameIs("startedDateTime"u8))
            {
                entry.StartedDateTime = String("startedDateTime");
            }
            else if (_tokens.NameIs("request"u8))
            {
                ReadRequest(entry);
            }
            else if (_tokens.NameIs("response"u8))
            {
                ReadResponse(entry);
            }
            else if (_tokens.NameIs("_resourceType"u8))
            {
                entry.ResourceType = String("_resourceType");
            }
            else if (_tokens.NameIs("_pageUrl"u8))
            {
                entry.PageUrl = String("_pageUrl");
            }
            else if (_tokens.NameIs("_frameUrl"u8))
            {
                entry.FrameUrl = String("_frameUrl");
            }
            else
            {
                _tokens.Skip();
            }
        }
    }

    private CapturedRequest Build(Entry entry, long entryNumber, long id, long start)
    {
        var number = entryNumber.ToString(CultureInfo.InvariantCulture);
        if (entry.Url is null || entry.Method is null)
        {
            throw _tokens.Error(start, $"entry {number} has no request.method or request.url", entry.Url is null ? "request.url" : "request.method");
        }

        if (WebUrls.Problem(entry.Url, webOnly: false) is { } urlProblem)
        {
            throw _tokens.Error(start, "the URL " + urlProblem, "request.url");
        }

        if (entry.Method.Length == 0 || WebUrls.Unprintable(entry.Method) is not null || entry.Method.Contains(' ', StringComparison.Ordinal))
        {
            throw _tokens.Error(start, "the method is not an HTTP method", "request.method");
        }

        if (!DateTimeOffset.TryParse(entry.StartedDateTime, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            var shown = entry.StartedDateTime is null ? "is missing" : WebUrls.Unprintable(entry.StartedDateTime) is null && entry.StartedDateTime.Length <= 64 ? $"'{entry.StartedDateTime}' is not a date" : "is not a date";
            throw _tokens.Error(start, $"entry {number}: startedDateTime {shown}", "startedDateTime");
        }

        var (bodyText, bodyBase64, bodySize) = Body(entry);
        var request = new CapturedRequest
        {
            Id = id,
            Time = time.ToUniversalTime(),
            Journey = _journey,
            StepIndex = 0,
            StepName = entry.PageRef ?? DefaultStepName,
            PageUrl = entry.PageUrl ?? (entry.PageRef is null ? null : PageUrls.GetValueOrDefault(entry.PageRef)),
            FrameUrl = entry.FrameUrl,
            ResourceType = string.IsNullOrEmpty(entry.ResourceType) ? "other" : entry.ResourceType,
            Method = entry.Method,
            Url = entry.Url,
            Headers = Headers(entry),
            BodyText = bodyText,
            BodyBase64 = bodyBase64,
            BodySize = bodySize,
            Source = CaptureSource.Playwright,
            Status = entry.Status is > 0 and <= int.MaxValue ? (int)entry.Status : null,
            Failure = string.IsNullOrEmpty(entry.Failure) ? null : entry.Failure,
        };
        if (entry.PostFile is { } file)
        {
            entry.PostFile = null;
            request = BodyFiles.Attach(request, file, entry.PostBase64, _runFolder);
        }

        return request;
    }

    private void ReadRequest(Entry entry)
    {
        HarReader.Expect(_tokens, JsonTokenType.StartObject, "request");
        while (HarReader.NextProperty(_tokens))
        {
            if (_tokens.NameIs("method"u8))
            {
                entry.Method = String("request.method");
            }
            else if (_tokens.NameIs("url"u8))
            {
                entry.Url = String("request.url");
            }
            else if (_tokens.NameIs("headers"u8))
            {
                ReadPairs(entry.Headers, "request.headers");
            }
            else if (_tokens.NameIs("cookies"u8))
            {
                ReadPairs(entry.Cookies, "request.cookies");
            }
            else if (_tokens.NameIs("postData"u8))
            {
                ReadPostData(entry);
            }
            else
            {
                _tokens.Skip();
            }
        }
    }

    private void ReadPostData(Entry entry)
    {
        _tokens.ReadRequired();
        if (_tokens.TokenType == JsonTokenType.Null)
        {
            return;
        }

        if (_tokens.TokenType != JsonTokenType.StartObject)
        {
            throw _tokens.Error(_tokens.TokenOffset, $"request.postData is {_tokens.Describe()}, not an object");
        }

        while (HarReader.NextProperty(_tokens))
        {
            if (_tokens.NameIs("text"u8) && _withBodies)
            {
                ReadPostText(entry);
            }
            else if (_tokens.NameIs("encoding"u8) || _tokens.NameIs("_encoding"u8))
            {
                entry.PostBase64 |= string.Equals(String("request.postData.encoding"), "base64", StringComparison.OrdinalIgnoreCase);
            }
            else
            {
                _tokens.Skip();
            }
        }
    }

    // A body too long to hold was streamed to a file as it was read: it is taken as it is.
    private void ReadPostText(Entry entry)
    {
        _tokens.ReadRequired();
        if (_tokens.Spilled is { } spilled)
        {
            if (spilled.Problem is { } problem)
            {
                throw _tokens.Error(_tokens.TokenOffset, problem, "request.postData.text");
            }

            entry.PostFile?.Dispose();
            entry.PostFile = _tokens.TakeSpilled();
            entry.PostText = null;
            return;
        }

        entry.PostText = _tokens.GetNullableString("request.postData.text");
    }

    private void ReadResponse(Entry entry)
    {
        _tokens.ReadRequired();
        if (_tokens.TokenType != JsonTokenType.StartObject)
        {
            // Some tools write null for a request that got no response.
            _tokens.Skip();
            return;
        }

        while (HarReader.NextProperty(_tokens))
        {
            if (_tokens.NameIs("status"u8))
            {
                _tokens.ReadRequired();
                entry.Status = _tokens.GetInteger();
            }
            else if (_tokens.NameIs("_error"u8))
            {
                _tokens.ReadRequired();
                entry.Failure = _tokens.TokenType == JsonTokenType.String ? _tokens.GetString("response._error") : null;
            }
            else
            {
                _tokens.Skip();
            }
        }
    }

    private void ReadPairs(List<HttpHeader> pairs, string what)
    {
        _tokens.ReadRequired();
        if (_tokens.TokenType == JsonTokenType.Null)
        {
            return;
        }

        if (_tokens.TokenType != JsonTokenType.StartArray)
        {
            throw _tokens.Error(_tokens.TokenOffset, $"{what} is {_tokens.Describe()}, not an array");
        }

        while (true)
        {
            _tokens.ReadRequired();
            if (_tokens.TokenType == JsonTokenType.EndArray)
            {
                return;
            }

            if (_tokens.TokenType != JsonTokenType.StartObject)
            {
                throw _tokens.Error(_tokens.TokenOffset, $"an item of {what} is {_tokens.Describe()}, not an object");
            }

            string? name = null, value = null;
            while (HarReader.NextProperty(_tokens))
            {
                if (_tokens.NameIs("name"u8))
                {
                    name = String(what + "[].name");
                }
                else if (_tokens.NameIs("value"u8))
                {
                    value = String(what + "[].value");
                }
                else
                {
                    _tokens.Skip();
                }
            }

            if (!string.IsNullOrEmpty(name))
            {
                pairs.Add(new HttpHeader(name, value ?? ""));
            }
        }
    }

    private string? String(string what)
    {
        _tokens.ReadRequired();
        return _tokens.GetNullableString(what);
    }

    private static List<HttpHeader> Headers(Entry entry)
    {
        var headers = new List<HttpHeader>(entry.Headers.Count + 1);
        var cookies = new List<string>();
        foreach (var header in entry.Headers)
        {
            var name = header.Name.ToLowerInvariant();
            if (name.StartsWith(':'))
            {
                // HTTP/2 pseudo-headers (:authority, :path...) restate the method and URL; Playwright never reports them.
                continue;
            }

            if (name == "cookie")
            {
                cookies.Add(header.Value);
                continue;
            }

            headers.Add(new HttpHeader(name, header.Value));
        }

        // HTTP/2 may carry the cookies in several headers, and some tools list them only in request.cookies:
        // decoders read one Cookie header, as a browser would have sent it over HTTP/1.1.
        if (cookies.Count == 0 && entry.Cookies.Count > 0)
        {
            cookies.Add(string.Join("; ", entry.Cookies.Select(cookie => cookie.Name + "=" + cookie.Value)));
        }

        if (cookies.Count > 0)
        {
            headers.Add(new HttpHeader("cookie", string.Join("; ", cookies)));
        }

        return headers;
    }

    private static (string? Text, string? Base64, long Size) Body(Entry entry)
    {
        if (entry.PostText is null)
        {
            return (null, null, 0);
        }

        if (!entry.PostBase64)
        {
            return (entry.PostText, null, Encoding.UTF8.GetByteCount(entry.PostText));
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(entry.PostText);
        }
        catch (FormatException)
        {
            // Marked base64 but is not: the text is all there is, and a decoder can still read it.
            return (entry.PostText, null, Encoding.UTF8.GetByteCount(entry.PostText));
        }

        return Utf8.IsValid(bytes) ? (Encoding.UTF8.GetString(bytes), null, bytes.Length) : (null, entry.PostText, bytes.Length);
    }

    private sealed class Entry
    {
        public string? PageRef { get; set; }

        public string? StartedDateTime { get; set; }

        public string? ResourceType { get; set; }

        public string? PageUrl { get; set; }

        public string? FrameUrl { get; set; }

        public string? Method { get; set; }

        public string? Url { get; set; }

        public List<HttpHeader> Headers { get; } = [];

        public List<HttpHeader> Cookies { get; } = [];

        public string? PostText { get; set; }

        public bool PostBase64 { get; set; }

        public SpilledString? PostFile { get; set; }

        public long? Status { get; set; }

        public string? Failure { get; set; }
    }
}
