using System.Collections.Frozen;
using static TrackerAudit.Model.FieldSensitivity;

namespace TrackerAudit.Trackers.Meta;

/// <summary>
/// What each Meta Pixel parameter means (tracker-protocols.md, section 1). Knowledge is data here:
/// the decoder only looks names up.
/// </summary>
internal static class MetaParameters
{
    private const string Unconfirmed = "seen in captures, meaning unconfirmed";

    private static readonly FrozenDictionary<string, MetaParameterInfo> Known = new Dictionary<string, MetaParameterInfo>
    {
        ["id"] = new("pixel id (the advertiser account that receives the data)", Low),
        ["ev"] = new("event name", Medium),
        ["dl"] = new("full URL of the page, query string included", High),
        ["rl"] = new("referrer (the previous page)", High),
        ["if"] = new("page is inside an iframe", Low),
        ["ts"] = new("time of the event (ms since 1970)", Low),
        ["sw"] = new("screen width", Fingerprint),
        ["sh"] = new("screen height", Fingerprint),
        ["v"] = new("library version", None),
        ["r"] = new("library release channel", None),
        ["a"] = new("integration agent (the platform that installed the pixel)", Low),
        ["ec"] = new("running count of events for this pixel on this page", Low),
        ["o"] = new("library state bit mask", Medium),
        ["fbp"] = new("Meta browser id (_fbp first-party cookie, fb.1.<ms>.<random>)", Identifier),
        ["fbc"] = new("Meta click id (_fbc cookie, fb.1.<ms>.<fbclid>): ties the visit to an ad click", Identifier),
        ["it"] = new("time fbq('init') ran (ms since 1970)", Low),
        ["coo"] = new("automatic (codeless) events switched off", None),
        ["es"] = new("event source (automatic: the library made the event by itself)", None),
        ["tm"] = new("call type (1 single-pixel track, 2 custom, 3 system)", None),
        ["eid"] = new("event id, for deduplication with server-side events", Low),
        ["exp"] = new("experiment code", None),
        ["expv2[]"] = new("experiment code", None),
        ["cs_est"] = new("event produced by an Event Setup Tool rule", Medium),
        ["est_source"] = new("id of the Event Setup Tool rule that produced the event", Medium),
        ["ler"] = new("class of the last external referrer (empty, fb, ig, other)", Low),
        ["dpo"] = new("data processing options (limited data use)", None),
        ["dpoco"] = new("data processing options: country", None),
        ["dpost"] = new("data processing options: state", None),
        ["ped"] = new("private e-mail domain flag", Low),
        ["up"] = new("custom-data keys Meta stripped as unwanted (a filter fired)", Low),
        ["rp"] = new("custom-data keys Meta stripped as restricted (a filter fired)", Low),
        ["dlc"] = new("page URL changed since the last event (single-page app)", Low),
        ["rlc"] = new("referrer changed since the last event (single-page app)", Low),
        ["plt"] = new("probably page load time (ms)", Low),
        ["tz"] = new("probably time zone offset (minutes)", Low),
        ["pl"] = new("probably the page origin", Medium),
        ["chmd"] = new("client hint: device model", Fingerprint),
        ["chpv"] = new("client hint: platform version", Fingerprint),
        ["chfv"] = new("client hint: full browser version", Fingerprint),
        ["rqm"] = new("how the library sent the request (GET, formPOST, SB, xhr, fetch)", None),
        ["batch"] = new("several events sent in one request", None),
        ["cdl"] = new(Unconfirmed, Unknown),
        ["pm"] = new(Unconfirmed, Unknown),
        ["hrl"] = new(Unconfirmed, Unknown),
        ["cs_cc"] = new(Unconfirmed, Unknown),
        ["cas"] = new(Unconfirmed, Unknown),
        ["ccs"] = new(Unconfirmed, Unknown),
        ["hmd"] = new(Unconfirmed, Unknown),
        ["imft"] = new(Unconfirmed, Unknown),
        ["cf"] = new(Unconfirmed, Unknown),
        ["bfs[b]"] = new(Unconfirmed, Unknown),
        ["redirect"] = new(Unconfirmed, Unknown),
        ["pmd[title]"] = new("page title", High),
        ["pmd[description]"] = new("page description (meta tag)", High),
        ["pmd[locale]"] = new("page locale", Low),
        ["cd[buttonText]"] = new("text of the clicked button (cleaned: digit runs become 0, e-mail addresses @)", High),
        ["cd[buttonFeatures]"] = new("the clicked button (JSON)", High),
        ["cd[formFeatures]"] = new("fields of the clicked button's form: names and placeholders, not typed values (JSON)", High),
        ["cd[pageFeatures]"] = new("page features (JSON: title)", High),
        ["cd[parameters]"] = new("extra parameters of the automatic event (JSON)", Medium),
        ["cd[DataLayer]"] = new("the site's tag manager data layer (Microdata event)", High),
        ["cd[Meta]"] = new("the page's title and meta tags (Microdata event)", High),
        ["cd[OpenGraph]"] = new("the page's OpenGraph tags (Microdata event)", High),
        ["cd[Schema.org]"] = new("the page's Schema.org microdata, can hold its main text (Microdata event)", High),
        ["cd[JSON-LD]"] = new("the page's JSON-LD structured data (Microdata event)", High),
        ["cd[value]"] = new("value of the conversion", Medium),
        ["cd[currency]"] = new("currency of the value", Low),
        ["cd[content_name]"] = new("name of the page or product", High),
        ["cd[content_category]"] = new("category of the page or product", High),
        ["cd[content_ids]"] = new("ids of the products or content", Medium),
        ["cd[content_type]"] = new("kind of content (product, product_group)", Low),
        ["cd[contents]"] = new("products or content, with quantities (JSON)", Medium),
        ["cd[num_items]"] = new("number of items", Low),
        ["cd[search_string]"] = new("what the person searched for", High),
        ["cd[status]"] = new("registration status", Medium),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Pieces of JSON values, keyed by path with array indexes removed: cd[formFeatures][].placeholder.
    private static readonly FrozenDictionary<string, MetaParameterInfo> KnownLeaves = new Dictionary<string, MetaParameterInfo>
    {
        ["cd[buttonFeatures].classList"] = new("CSS classes of the clicked button", Medium),
        ["cd[buttonFeatures].destination"] = new("where the clicked button leads (link or form action)", High),
        ["cd[buttonFeatures].id"] = new("HTML id of the clicked button", Medium),
        ["cd[buttonFeatures].imageUrl"] = new("image inside the clicked button", Medium),
        ["cd[buttonFeatures].innerText"] = new("text of the clicked button as shown (not cleaned: digits and e-mail addresses kept)", High),
        ["cd[buttonFeatures].numChildButtons"] = new("number of buttons inside the clicked button", None),
        ["cd[buttonFeatures].tag"] = new("HTML tag of the clicked button", None),
        ["cd[buttonFeatures].type"] = new("type attribute of the clicked button", None),
        ["cd[buttonFeatures].name"] = new("name attribute of the clicked button", Medium),
        ["cd[buttonFeatures].value"] = new("value attribute of the clicked button", High),
        ["cd[formFeatures][].id"] = new("HTML id of a field in the clicked button's form", Medium),
        ["cd[formFeatures][].name"] = new("name of a field in the clicked button's form", Medium),
        ["cd[formFeatures][].tag"] = new("HTML tag of a field in the clicked button's form", None),
        ["cd[formFeatures][].placeholder"] = new("placeholder text of a field in the clicked button's form (not what was typed)", High),
        ["cd[formFeatures][].inputType"] = new("type of a field in the clicked button's form", Low),
        ["cd[formFeatures][].valueMeaning"] = new("what a form field's value looks like (e.g. empty), not the value", Low),
        ["cd[pageFeatures].title"] = new("page title", High),
        ["cd[Meta].title"] = new("page title", High),
        ["cd[Meta].meta:description"] = new("page description (meta tag)", High),
        ["cd[Meta].meta:keywords"] = new("page keywords (meta tag)", High),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly MetaParameterInfo CustomData = new("custom data the site sent with the event", Unknown);

    public static MetaParameterInfo Describe(string key, string value)
    {
        if (Known.TryGetValue(key, out var info))
        {
            return info;
        }

        if (MetaUserData.TryDescribe(key, value, out info))
        {
            return info;
        }

        if (key.StartsWith("pmd[", StringComparison.Ordinal))
        {
            return new("page metadata", High);
        }

        return key.StartsWith("cd[", StringComparison.Ordinal) ? CustomData : MetaParameterInfo.Unknown;
    }

    private static readonly FrozenDictionary<string, MetaParameterInfo>.AlternateLookup<ReadOnlySpan<char>> KnownLeavesBySpan =
        KnownLeaves.GetAlternateLookup<ReadOnlySpan<char>>();

    public static MetaParameterInfo DescribeLeaf(string leafPath, MetaParameterInfo parent)
    {
        // Every leaf of every request comes here: the path without its indexes is built on the stack.
        var buffer = leafPath.Length <= 256 ? stackalloc char[256] : new char[leafPath.Length];
        var path = WithoutIndexes(leafPath, buffer);
        return KnownLeavesBySpan.TryGetValue(path, out var info) ? info : parent;
    }

    private static ReadOnlySpan<char> WithoutIndexes(string path, Span<char> buffer)
    {
        // The first bracket pair is the parameter name (cd[x]); only later [digits] are array indexes.
        var nameEnd = path.IndexOf(']', StringComparison.Ordinal);
        if (nameEnd < 0 || path.AsSpan(nameEnd).IndexOfAnyInRange('0', '9') < 0)
        {
            return path;
        }

        path.AsSpan(0, nameEnd + 1).CopyTo(buffer);
        var length = nameEnd + 1;
        for (var i = nameEnd + 1; i < path.Length; i++)
        {
            buffer[length++] = path[i];
            if (path[i] == '[')
            {
                var close = i + 1;
                while (close < path.Length && char.IsAsciiDigit(path[close]))
                {
                    close++;
                }

                if (close > i + 1 && close < path.Length && path[close] == ']')
                {
                    i = close - 1;
                }
            }
        }

        return buffer[..length];
    }
}
