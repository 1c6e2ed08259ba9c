using System.Text;
using System.Text.Json;
using TrackerAudit.Capture;
using TrackerAudit.Trackers.Wire;

namespace TrackerAudit.Trackers.Matomo;

/// <summary>
/// Reads Matomo's bulk body, <c>{"requests":["?idsite=1&amp;rec=1&amp;...", ...]}</c>: each entry is one tracking
/// request's query string, and becomes one event.
/// </summary>
internal static class MatomoBulk
{
    private const int MaxEntries = 1000;

    public static DecodeResult Decode(CapturedRequest request, string body, List<string> warnings)
    {
        var entries = new List<string>();
        try
        {
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(body), new JsonReaderOptions { MaxDepth = 64 });
            var inRequests = false;
            var depth = 0;
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        depth++;
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        depth--;
                        inRequests &= depth >= 2;
                        break;
                    case JsonTokenType.PropertyName when depth == 1:
                        inRequests = reader.ValueTextEquals("requests"u8);
                        break;
                    case JsonTokenType.String when inRequests && depth == 2:
                        if (entries.Count < MaxEntries)
                        {
                            entries.Add(reader.GetString()!);
                        }
                        else
                        {
                            warnings.Add($"requests: more than {MaxEntries} entries; the rest were not read");
                            inRequests = false;
                        }

                        break;
                }
            }
        }
        catch (JsonException exception)
        {
            warnings.Add($"body: bulk JSON is not valid (truncated?): {exception.Message}; the entries before it were read");
        }

        if (entries.Count == 0)
        {
            warnings.Add("body: JSON body without a \"requests\" list; no event read");
            return new DecodeResult([], warnings);
        }

        var events = new List<TrackerEvent>(entries.Count);
        var query = UrlParts.Query(request.Url);
        for (var i = 0; i < entries.Count; i++)
        {
            // Each entry has its own warnings; the request-wide ones stay on the result.
            var entryWarnings = new List<string>();
            var parameters = new List<KeyValuePair<string, string>>(32);
            UrlEncodedReader.Read(query, parameters, entryWarnings, "query");
            var entry = entries[i].AsSpan();
            var question = entry.IndexOf('?');
            UrlEncodedReader.Read(question < 0 ? entry : entry[(question + 1)..], parameters, entryWarnings, $"requests[{i}]");
            events.Add(MatomoDecoder.ToEvent(request, parameters, entryWarnings));
            foreach (var warning in entryWarnings)
            {
                warnings.Add($"requests[{i}]: {warning}");
            }
        }

        return new DecodeResult(events, warnings);
    }
}
