using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using TrackerAudit.Capture;

namespace TrackerAudit.Imports;

/// <summary>
/// Reads the requests of a request file (<see cref="RequestLinesInput"/>) straight from the token stream, one JSON
/// value at a time. A value that is not a request (no web URL, a lone surrogate, not an object) is noted and
/// skipped to its end; JSON that cannot be read at all is noted and skipped to the end of its line. Either way
/// the next line is read: one bad line never loses the others.
/// </summary>
internal sealed class RequestLineReader
{
    private readonly JsonTokenStream _tokens;
    private readonly string _journey;
    private readonly DecodeReading _reading;
    private readonly bool _withBodies;
    private readonly DecodeLimits _limits;

    public RequestLineReader(JsonTokenStream tokens, string journey, DecodeReading reading, bool withBodies)
    {
        _tokens = tokens;
        _journey = journey;
        _reading = reading;
        _withBodies = withBodies;
        _limits = reading.Limits ?? DecodeLimits.Default;
    }

    public IEnumerable<CapturedRequest> ReadAll()
    {
        var id = _reading.FirstId;
        var number = 0L;
        while (true)
        {
            var (more, request) = Next(ref number, id);
            if (!more)
            {
                yield break;
            }

            if (request is not null)
            {
                id++;
                yield return request;
            }
        }
    }

    // (false, null) at the end; (true, null) for a value that could not be read.
    private (bool More, CapturedRequest? Request) Next(ref long number, long id)
    {
        bool read;
        try
        {
            read = _tokens.Read();
        }
        catch (HarFormatException exception) when (!_reading.Problems.Strict)
        {
            _reading.Problems.Add(exception, ++number);
            _tokens.SkipLine();
            return (true, null);
        }

        if (!read)
        {
            return (false, null);
        }

        if (++number > _limits.MaxEntries)
        {
            _reading.Problems.Add(_tokens.Error(_tokens.TokenOffset, string.Create(CultureInfo.InvariantCulture, $"reading stopped at request {number:N0}: an input holds at most {_limits.MaxEntries:N0} requests")), number);
            return (false, null);
        }

        var isObject = _tokens.TokenType == JsonTokenType.StartObject;
        var line = new Line();
        try
        {
            if (!isObject)
            {
                throw _tokens.Error(_tokens.TokenOffset, $"the line holds {_tokens.Describe()}, not a request object");
            }

            ReadProperties(line);
            return (true, Build(line, id));
        }
        catch (HarFormatException exception) when (!_reading.Problems.Strict)
        {
            _reading.Problems.Add(exception, number);
            if (exception.BreaksFile)
            {
                _tokens.SkipLine();
            }
            else if (isObject)
            {
                _tokens.SkipRestOf(0);
            }
            else
            {
                _tokens.Skip();
            }

            return (true, null);
        }
        finally
        {
            line.PostText?.Dispose();
            line.BodyField?.Dispose();
        }
    }

    private void ReadProperties(Line line)
    {
        line.Start = _tokens.TokenOffset;
        while (HarReader.NextProperty(_tokens))
        {
            if (_tokens.NameIs("url"u8))
            {
                line.Url = Text("url");
            }
            else if (_tokens.NameIs("method"u8))
            {
                line.Method = Text("method");
            }
            else if (_tokens.NameIs("headers"u8))
            {
                ReadHeaders(line);
            }
            else if (_tokens.NameIs("postData"u8))
            {
                ReadPostData(line);
            }
            else if (_tokens.NameIs("body"u8))
            {
                line.BodyField = ReadBody(line.BodyField, "body");
            }
            else if (_tokens.NameIs("startedDateTime"u8))
            {
                line.StartedDateTime = Text("startedDateTime") ?? line.StartedDateTime;
            }
            else if (_tokens.NameIs("time"u8))
            {
                line.Time = Text("time");
            }
            else if (_tokens.NameIs("pageUrl"u8))
            {
                line.PageUrl = Text("pageUrl");
            }
            else if (_tokens.NameIs("_resourceType"u8))
            {
                line.ResourceType = Text("_resourceType") ?? line.ResourceType;
            }
            else if (_tokens.NameIs("resourceType"u8))
            {
                line.ResourceType ??= Text("resourceType");
            }
            else if (_tokens.NameIs("source"u8))
            {
                line.Source = Text("source");
            }
            else
            {
                _tokens.Skip();
            }
        }
    }

    private CapturedRequest Build(Line line, long id)
    {
        if (line.Url is null)
        {
            throw _tokens.Error(line.Start, "the request has no 'url'", "url");
        }

        if (WebUrls.Problem(line.Url) is { } problem)
        {
            throw _tokens.Error(line.Start, "the URL " + problem, "url");
        }

        var method = (line.Method ?? "GET").ToUpperInvariant();
        if (method.Length == 0 || WebUrls.Unprintable(method) is not null || method.Contains(' ', StringComparison.Ordinal))
        {
            throw _tokens.Error(line.Start, "the method is not an HTTP method", "method");
        }

        // postData.text wins over a top-level body, as it always did.
        var body = line.PostText ?? line.BodyField;
        var base64 = line.PostText is not null && line.PostBase64;
        var (bodyText, bodyBase64, bodySize) = body?.Text is { } text ? InlineBody(text, base64) : (null, null, 0L);
        var request = new CapturedRequest
        {
            Id = id,
            Time = Time(line.StartedDateTime ?? line.Time),
            Journey = _journey,
            StepIndex = 0,
            StepName = line.Source ?? "capture",
            // The page that sent a beacon is what its Referer names, unless the line says otherwise.
            PageUrl = line.PageUrl ?? line.Headers.FirstOrDefault(header => header.Name == "referer")?.Value,
            ResourceType = line.ResourceType ?? "other",
            Method = method,
            Url = line.Url,
            Headers = line.Headers,
            BodyText = bodyText,
            BodyBase64 = bodyBase64,
            BodySize = bodySize,
        };
        if (body?.File is { } file)
        {
            body.File = null;
            request = BodyFiles.Attach(request, file, base64, _reading.RunFolder);
        }

        return request;
    }

    private (string? Text, string? Base64, long Size) InlineBody(string text, bool base64)
    {
        if (!base64)
        {
            return (text, null, Encoding.UTF8.GetByteCount(text));
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            throw _tokens.Error(_tokens.TokenOffset, "says base64 (postData.encoding) but is not", "postData.text");
        }

        return Utf8.IsValid(bytes) ? (Encoding.UTF8.GetString(bytes), null, bytes.Length) : (null, text, bytes.Length);
    }

    private void ReadHeaders(Line line)
    {
        _tokens.ReadRequired();
        if (_tokens.TokenType == JsonTokenType.StartObject)
        {
            while (HarReader.NextProperty(_tokens))
            {
                var name = _tokens.GetString("headers (a name)");
                var value = Text("headers." + Shown(name));
                if (value is not null)
                {
                    line.Headers.Add(new HttpHeader(name.ToLowerInvariant(), value));
                }
            }
        }
        else if (_tokens.TokenType == JsonTokenType.StartArray)
        {
            while (true)
            {
                _tokens.ReadRequired();
                if (_tokens.TokenType == JsonTokenType.EndArray)
                {
                    return;
                }

                if (_tokens.TokenType != JsonTokenType.StartObject)
                {
                    _tokens.Skip();
                    continue;
                }

                string? name = null, value = null;
                while (HarReader.NextProperty(_tokens))
                {
                    if (_tokens.NameIs("name"u8))
                    {
                        name = Text("headers[].name");
                    }
                    else if (_tokens.NameIs("value"u8))
                    {
                        value = Text("headers[].value");
                    }
                    else
                    {
                        _tokens.Skip();
                    }
                }

                if (name is not null && value is not null)
                {
                    line.Headers.Add(new HttpHeader(name.ToLowerInvariant(), value));
                }
            }
        }
        else
        {
            _tokens.Skip();
        }
    }

    private void ReadPostData(Line line)
    {
        _tokens.ReadRequired();
        if (_tokens.TokenType != JsonTokenType.StartObject)
        {
            _tokens.Skip();
            return;
        }

        while (HarReader.NextProperty(_tokens))
        {
            if (_tokens.NameIs("text"u8))
            {
                line.PostText = ReadBody(line.PostText, "postData.text");
            }
            else if (_tokens.NameIs("encoding"u8))
            {
                line.PostBase64 = string.Equals(Text("postData.encoding"), "base64", StringComparison.OrdinalIgnoreCase);
            }
            else
            {
                _tokens.Skip();
            }
        }
    }

    // A body too long to hold was streamed to a file as it was read: it is taken as it is.
    private Body? ReadBody(Body? previous, string field)
    {
        if (!_withBodies)
        {
            _tokens.Skip();
            return previous;
        }

        _tokens.ReadRequired();
        if (_tokens.TokenType != JsonTokenType.String)
        {
            _tokens.Skip();
            return previous;
        }

        previous?.Dispose();
        if (_tokens.Spilled is { } spilled)
        {
            return spilled.Problem is { } problem ? throw _tokens.Error(_tokens.TokenOffset, problem, field) : new Body { File = _tokens.TakeSpilled() };
        }

        return new Body { Text = _tokens.GetString(field) };
    }

    // A string field; other types are taken as absent, as they always were.
    private string? Text(string field)
    {
        _tokens.ReadRequired();
        if (_tokens.TokenType != JsonTokenType.String)
        {
            _tokens.Skip();
            return null;
        }

        return _tokens.GetString(field);
    }

    private static string Shown(string name) => WebUrls.Unprintable(name) is null && name.Length <= 64 ? name : "(a name)";

    private static DateTimeOffset Time(string? text) =>
        text is not null && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? time.ToUniversalTime()
            : DateTimeOffset.UtcNow;

    private sealed class Body : IDisposable
    {
        public string? Text { get; init; }

        public SpilledString? File { get; set; }

        public void Dispose() => File?.Dispose();
    }

    private sealed class Line
    {
        public long Start { get; set; }

        public string? Url { get; set; }

        public string? Method { get; set; }

        public List<HttpHeader> Headers { get; } = [];

        public Body? PostText { get; set; }

        public bool PostBase64 { get; set; }

        public Body? BodyField { get; set; }

        public string? StartedDateTime { get; set; }

        public string? Time { get; set; }

        public string? PageUrl { get; set; }

        public string? ResourceType { get; set; }

        public string? Source { get; set; }
    }
}
