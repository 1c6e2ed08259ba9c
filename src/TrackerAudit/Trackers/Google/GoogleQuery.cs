using TrackerAudit.Capture;
using TrackerAudit.Trackers.Wire;

namespace TrackerAudit.Trackers.Google;

/// <summary>Reads a Google hit's parameters into a list sized to them, so that a long query is not copied as the list grows.</summary>
internal static class GoogleQuery
{
    /// <summary>The query's parameters, then the body's when there is one (through <see cref="WireParameters"/>).</summary>
    public static List<KeyValuePair<string, string>> Read(CapturedRequest request, List<string> warnings)
    {
        if (request.BodyText is { Length: > 0 } || request.BodyBase64 is not null)
        {
            return WireParameters.Read(request, warnings);
        }

        var query = UrlParts.Query(request.Url);
        var parameters = new List<KeyValuePair<string, string>>(query.Count('&') + 1);
        UrlEncodedReader.Read(query, parameters, warnings, "query");
        return parameters;
    }

    /// <summary>How many parameters <paramref name="text"/> holds at most, for sizing a list.</summary>
    public static int Capacity(ReadOnlySpan<char> text, char separator) => text.Count(separator) + 1;
}
