using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace TrackerAudit.Tests.Reports.Har;

/// <summary>
/// Checks a document against the HAR 1.2 specification (softwareishard.com/blog/har-12-spec):
/// required fields and their types, ISO 8601 dates, timings, and that every other field is a
/// <c>comment</c> or a custom field starting with <c>_</c>. Returns every problem, with its JSON path.
/// </summary>
internal sealed partial class HarValidator
{
    private readonly List<string> _problems = [];
    private readonly HashSet<string> _pageIds = new(StringComparer.Ordinal);

    public static IReadOnlyList<string> Check(JsonElement root)
    {
        var validator = new HarValidator();
        validator.Object(root, "$", ["log"], [], (har, path) => validator.Log(har.GetProperty("log"), path + ".log"));
        return validator._problems;
    }

    private void Log(JsonElement log, string path) =>
        Object(log, path, ["version", "creator", "entries"], ["browser", "pages"], (_, _) =>
        {
            Text(log, path, "version");
            Object(log.GetProperty("creator"), path + ".creator", ["name", "version"], [], (creator, p) => Texts(creator, p, "name", "version"));
            if (log.TryGetProperty("browser", out var browser))
            {
                Object(browser, path + ".browser", ["name", "version"], [], (b, p) => Texts(b, p, "name", "version"));
            }

            if (log.TryGetProperty("pages", out var pages))
            {
                Array(pages, path + ".pages", Page);
            }

            Array(log.GetProperty("entries"), path + ".entries", Entry);
        });

    private void Page(JsonElement page, string path) =>
        Object(page, path, ["startedDateTime", "id", "title", "pageTimings"], [], (_, _) =>
        {
            Date(page, path, "startedDateTime");
            Texts(page, path, "id", "title");
            if (page.GetProperty("id").ValueKind == JsonValueKind.String && !_pageIds.Add(page.GetProperty("id").GetString()!))
            {
                _problems.Add($"{path}.id is not unique");
            }

            Object(page.GetProperty("pageTimings"), path + ".pageTimings", [], ["onContentLoad", "onLoad"], (timings, p) =>
            {
                foreach (var name in (string[])["onContentLoad", "onLoad"])
                {
                    if (timings.TryGetProperty(name, out _))
                    {
                        Number(timings, p, name, minimum: -1);
                    }
                }
            });
        });

    private void Entry(JsonElement entry, string path) =>
        Object(entry, path, ["startedDateTime", "time", "request", "response", "cache", "timings"], ["pageref", "serverIPAddress", "connection"], (_, _) =>
        {
            if (entry.TryGetProperty("pageref", out var pageRef) && (pageRef.ValueKind != JsonValueKind.String || !_pageIds.Contains(pageRef.GetString()!)))
            {
                _problems.Add($"{path}.pageref names no page");
            }

            Date(entry, path, "startedDateTime");
            Number(entry, path, "time", minimum: 0);
            Request(entry.GetProperty("request"), path + ".request");
            Response(entry.GetProperty("response"), path + ".response");
            Object(entry.GetProperty("cache"), path + ".cache", [], ["beforeRequest", "afterRequest"], (_, _) => { });
            Timings(entry.GetProperty("timings"), path + ".timings", entry.GetProperty("time"));
        });

    private void Request(JsonElement request, string path) =>
        Object(request, path, ["method", "url", "httpVersion", "cookies", "headers", "queryString", "headersSize", "bodySize"], ["postData"], (_, _) =>
        {
            Texts(request, path, "method", "url", "httpVersion");
            Array(request.GetProperty("cookies"), path + ".cookies", Cookie);
            Array(request.GetProperty("headers"), path + ".headers", NameValue);
            Array(request.GetProperty("queryString"), path + ".queryString", NameValue);
            if (request.TryGetProperty("postData", out var postData))
            {
                Object(postData, path + ".postData", ["mimeType"], ["params", "text"], (data, p) =>
                {
                    Text(data, p, "mimeType");
                    if (data.TryGetProperty("text", out _))
                    {
                        Text(data, p, "text");
                    }

                    if (data.TryGetProperty("params", out var parameters))
                    {
                        Array(parameters, p + ".params", (parameter, pp) =>
                            Object(parameter, pp, ["name"], ["value", "fileName", "contentType"], (x, xp) => Text(x, xp, "name")));
                    }
                });
            }

            Number(request, path, "headersSize", minimum: -1);
            Number(request, path, "bodySize", minimum: -1);
        });

    private void Response(JsonElement response, string path) =>
        Object(response, path, ["status", "statusText", "httpVersion", "cookies", "headers", "content", "redirectURL", "headersSize", "bodySize"], [], (_, _) =>
        {
            Number(response, path, "status", minimum: 0);
            Texts(response, path, "statusText", "httpVersion", "redirectURL");
            Array(response.GetProperty("cookies"), path + ".cookies", Cookie);
            Array(response.GetProperty("headers"), path + ".headers", NameValue);
            Object(response.GetProperty("content"), path + ".content", ["size", "mimeType"], ["compression", "text", "encoding"], (content, p) =>
            {
                Number(content, p, "size", minimum: -1);
                Text(content, p, "mimeType");
            });
            Number(response, path, "headersSize", minimum: -1);
            Number(response, path, "bodySize", minimum: -1);
        });

    private void Timings(JsonElement timings, string path, JsonElement time) =>
        Object(timings, path, ["send", "wait", "receive"], ["blocked", "dns", "connect", "ssl"], (_, _) =>
        {
            var sum = 0.0;
            foreach (var property in timings.EnumerateObject().Where(property => property.Name is not ("comment" or "ssl") && !property.Name.StartsWith('_')))
            {
                var required = property.Name is "send" or "wait" or "receive";
                if (Number(timings, path, property.Name, minimum: required ? 0 : -1) is { } value && value >= 0)
                {
                    sum += value;
                }
            }

            // ssl is included in connect, so it is not added again.
            if (time.ValueKind == JsonValueKind.Number && Math.Abs(time.GetDouble() - sum) > 0.001)
            {
                _problems.Add($"{path}: time {time.GetDouble()} is not the sum of the timings ({sum})");
            }
        });

    private void Cookie(JsonElement cookie, string path) =>
        Object(cookie, path, ["name", "value"], ["path", "domain", "expires", "httpOnly", "secure"], (c, p) => Texts(c, p, "name", "value"));

    private void NameValue(JsonElement pair, string path) =>
        Object(pair, path, ["name", "value"], [], (p, pp) => Texts(p, pp, "name", "value"));

    private void Object(JsonElement element, string path, string[] required, string[] optional, Action<JsonElement, string> then)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            _problems.Add($"{path} is {element.ValueKind}, not an object");
            return;
        }

        var missing = required.Where(name => !element.TryGetProperty(name, out _)).ToList();
        _problems.AddRange(missing.Select(name => $"{path}.{name} is missing"));
        foreach (var property in element.EnumerateObject())
        {
            if (!required.Contains(property.Name) && !optional.Contains(property.Name) && property.Name != "comment" && !property.Name.StartsWith('_'))
            {
                _problems.Add($"{path}.{property.Name} is not a HAR field and does not start with _");
            }
        }

        if (element.TryGetProperty("comment", out var comment) && comment.ValueKind != JsonValueKind.String)
        {
            _problems.Add($"{path}.comment is not a string");
        }

        if (missing.Count == 0)
        {
            then(element, path);
        }
    }

    private void Array(JsonElement element, string path, Action<JsonElement, string> each)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            _problems.Add($"{path} is {element.ValueKind}, not an array");
            return;
        }

        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            each(item, string.Create(CultureInfo.InvariantCulture, $"{path}[{index++}]"));
        }
    }

    private void Texts(JsonElement element, string path, params string[] names)
    {
        foreach (var name in names)
        {
            Text(element, path, name);
        }
    }

    private void Text(JsonElement element, string path, string name)
    {
        if (element.GetProperty(name).ValueKind != JsonValueKind.String)
        {
            _problems.Add($"{path}.{name} is not a string");
        }
    }

    private double? Number(JsonElement element, string path, string name, double minimum)
    {
        var value = element.GetProperty(name);
        if (value.ValueKind != JsonValueKind.Number)
        {
            _problems.Add($"{path}.{name} is {value.ValueKind}, not a number");
            return null;
        }

        if (value.GetDouble() < minimum)
        {
            _problems.Add($"{path}.{name} is {value.GetDouble()}, below {minimum}");
        }

        return value.GetDouble();
    }

    private void Date(JsonElement element, string path, string name)
    {
        var value = element.GetProperty(name);
        if (value.ValueKind != JsonValueKind.String || !IsoDate().IsMatch(value.GetString()!)
            || !DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            _problems.Add($"{path}.{name} is not an ISO 8601 date with a time zone: {value}");
        }
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex IsoDate();
}
