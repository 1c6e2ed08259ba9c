using System.Globalization;
using System.Text.Json;

namespace TrackerAudit.Capture.NetworkLog;

/// <summary>
/// Reads Chromium's NetLog (<c>--log-net-log</c>) line by line: the file holds one event per line, so a
/// log cut short by a crash still yields every complete line, and memory stays flat as the file grows.
/// </summary>
internal static class NetLogReader
{
    private const int PhaseBegin = 1;
    private const int PhaseEnd = 2;

    public static IReadOnlyList<NetLogRequest> Read(string path)
    {
        using var reader = new StreamReader(path);
        var constantsLine = reader.ReadLine();
        if (constantsLine is null)
        {
            return [];
        }

        var constants = Constants.Parse(constantsLine);
        var sources = new Dictionary<long, List<Builder>>();
        while (reader.ReadLine() is { } line)
        {
            var json = line.AsSpan().Trim().TrimEnd(',');
            if (json.Length == 0 || json[0] != '{')
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(json.ToString());
                Apply(document.RootElement, constants, sources);
            }
            catch (JsonException)
            {
                // The last line of a log Chromium could not close is incomplete: everything before it counts.
            }
        }

        return sources.Values.SelectMany(hops => hops).Select(builder => builder.Build()).OrderBy(request => request.Time).ToList();
    }

    private static void Apply(JsonElement element, Constants constants, Dictionary<long, List<Builder>> sources)
    {
        if (!element.TryGetProperty("type", out var typeElement) || !constants.Names.TryGetValue(typeElement.GetInt32(), out var type))
        {
            return;
        }

        var source = element.GetProperty("source").GetProperty("id").GetInt64();
        var phase = element.TryGetProperty("phase", out var phaseElement) ? phaseElement.GetInt32() : 0;
        var parameters = element.TryGetProperty("params", out var p) ? p : default;
        if (type == "URL_REQUEST_START_JOB" && phase == PhaseBegin && parameters.ValueKind == JsonValueKind.Object && parameters.TryGetProperty("url", out var url))
        {
            var time = constants.Epoch + long.Parse(element.GetProperty("time").GetString()!, CultureInfo.InvariantCulture);
            var initiator = Text(parameters, "initiator");
            var hop = new Builder
            {
                Time = DateTimeOffset.FromUnixTimeMilliseconds(time),
                Method = Text(parameters, "method") ?? "GET",
                Url = url.GetString() ?? "",
                Initiator = initiator == "not an origin" ? null : initiator,
                RequestType = Text(parameters, "request_type"),
            };
            if (!sources.TryGetValue(source, out var hops))
            {
                sources[source] = hops = [];
            }

            hops.Add(hop);
            return;
        }

        if (!sources.TryGetValue(source, out var list) || list.Count == 0)
        {
            return;
        }

        var current = list[^1];
        switch (type)
        {
            case "HTTP_TRANSACTION_SEND_REQUEST_HEADERS" or "HTTP_TRANSACTION_HTTP2_SEND_REQUEST_HEADERS" when parameters.ValueKind == JsonValueKind.Object:
                current.Headers = ReadHeaders(parameters);
                break;
            case "HTTP_TRANSACTION_READ_RESPONSE_HEADERS" when parameters.ValueKind == JsonValueKind.Object:
                current.Status = ReadStatus(parameters);
                break;
            case "UPLOAD_DATA_STREAM_INIT" when phase == PhaseEnd && parameters.ValueKind == JsonValueKind.Object && parameters.TryGetProperty("total_size", out var size):
                current.BodySize = size.GetInt64();
                break;
            case "REQUEST_ALIVE" or "URL_REQUEST_START_JOB" when phase == PhaseEnd && parameters.ValueKind == JsonValueKind.Object && parameters.TryGetProperty("net_error", out var error):
                current.Failure ??= constants.ErrorName(error.GetInt32());
                break;
        }
    }

    private static List<HttpHeader> ReadHeaders(JsonElement parameters)
    {
        var headers = new List<HttpHeader>();
        if (!parameters.TryGetProperty("headers", out var lines) || lines.ValueKind != JsonValueKind.Array)
        {
            return headers;
        }

        foreach (var line in lines.EnumerateArray())
        {
            var text = line.GetString() ?? "";
            // HTTP/2 pseudo-headers start with a colon (":method: GET"): the separator is the second colon.
            var colon = text.IndexOf(':', text.StartsWith(':') ? 1 : 0);
            if (colon > 0)
            {
                headers.Add(new HttpHeader(text[..colon].Trim().ToLowerInvariant(), text[(colon + 1)..].Trim()));
            }
        }

        return headers;
    }

    private static int? ReadStatus(JsonElement parameters)
    {
        if (!parameters.TryGetProperty("headers", out var lines) || lines.ValueKind != JsonValueKind.Array || lines.GetArrayLength() == 0)
        {
            return null;
        }

        // "HTTP/1.1 200 OK", or ":status: 200" for HTTP/2.
        var first = lines[0].GetString() ?? "";
        var parts = first.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var status) ? status : null;
    }

    private static string? Text(JsonElement parameters, string name) =>
        parameters.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private sealed class Builder
    {
        public required DateTimeOffset Time { get; init; }

        public required string Method { get; init; }

        public required string Url { get; init; }

        public string? Initiator { get; init; }

        public string? RequestType { get; init; }

        public List<HttpHeader> Headers { get; set; } = [];

        public long BodySize { get; set; }

        public int? Status { get; set; }

        public string? Failure { get; set; }

        public NetLogRequest Build() => new()
        {
            Time = Time,
            Method = Method,
            Url = Url,
            Initiator = Initiator,
            RequestType = RequestType,
            Headers = Headers,
            BodySize = BodySize,
            Status = Status,
            Failure = Failure,
        };
    }

    private sealed record Constants(IReadOnlyDictionary<int, string> Names, IReadOnlyDictionary<int, string> Errors, long Epoch)
    {
        private static readonly HashSet<string> Wanted = new(StringComparer.Ordinal)
        {
            "URL_REQUEST_START_JOB", "HTTP_TRANSACTION_SEND_REQUEST_HEADERS", "HTTP_TRANSACTION_HTTP2_SEND_REQUEST_HEADERS",
            "HTTP_TRANSACTION_READ_RESPONSE_HEADERS", "UPLOAD_DATA_STREAM_INIT", "REQUEST_ALIVE",
        };

        public static Constants Parse(string line)
        {
            // The first line is '{"constants":{...},': close the object to read it alone.
            using var document = JsonDocument.Parse(line.TrimEnd().TrimEnd(',') + "}");
            var constants = document.RootElement.GetProperty("constants");
            var names = new Dictionary<int, string>();
            foreach (var type in constants.GetProperty("logEventTypes").EnumerateObject())
            {
                if (Wanted.Contains(type.Name))
                {
                    names[type.Value.GetInt32()] = type.Name;
                }
            }

            var errors = new Dictionary<int, string>();
            if (constants.TryGetProperty("netError", out var netErrors))
            {
                foreach (var error in netErrors.EnumerateObject())
                {
                    errors[error.Value.GetInt32()] = error.Name;
                }
            }

            var epoch = constants.TryGetProperty("timeTickOffset", out var offset)
                ? offset.ValueKind == JsonValueKind.String ? long.Parse(offset.GetString()!, CultureInfo.InvariantCulture) : offset.GetInt64()
                : 0;
            return new Constants(names, errors, epoch);
        }

        public string? ErrorName(int code) =>
            code == 0 ? null : Errors.TryGetValue(code, out var name) ? "net::" + name : string.Create(CultureInfo.InvariantCulture, $"net error {code}");
    }
}
