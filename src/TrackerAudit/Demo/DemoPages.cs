using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace TrackerAudit.Demo;

/// <summary>
/// Builds the replica's pages from one layout (<c>_layout/page.html</c>: head, Meta Pixel, cookie banner,
/// header, footer) and each page file, whose leading comment holds its title, description, keywords and
/// breadcrumbs (<c>breadcrumb: Name | /path</c>, one a line) and whose rest is its part of <c>&lt;main&gt;</c>.
/// </summary>
internal static class DemoPages
{
    private const string Refused = "if (/(?:^|;\\s*)np_consent=rejected/.test(document.cookie)) ";
    private const string RevokeIfRefused = Refused + "fbq('consent', 'revoke');\n";
    private const string RevokeGoogleIfRefused = Refused + "gtag('consent', 'update', { ad_storage: 'denied', analytics_storage: 'denied' });\n";
    private const string RevokeTikTokIfRefused = Refused + "ttq.revokeConsent();\n";

    private static readonly JsonWriterOptions JsonLdOptions = new() { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Compose(string layout, string page, string path, DemoSiteOptions options)
    {
        var (fields, main) = Split(page, path);
        var title = Field(fields, "title", path);
        var description = Field(fields, "description", path);
        var crumbs = fields.Where(field => field.Key == "breadcrumb").Select(field => Crumb(field.Value, path)).ToList();
        return WithoutLeadingComment(layout)
            .Replace("{{title}}", WebUtility.HtmlEncode(title), StringComparison.Ordinal)
            .Replace("{{description}}", WebUtility.HtmlEncode(description), StringComparison.Ordinal)
            .Replace("{{keywords}}", WebUtility.HtmlEncode(Field(fields, "keywords", path)), StringComparison.Ordinal)
            .Replace("{{json-ld}}", JsonLd(title, description, crumbs), StringComparison.Ordinal)
            .Replace("{{respect-refusal}}", options.RespectRefusal ? "true" : "false", StringComparison.Ordinal)
            // As sites are told to: a refusal given on an earlier page revokes the pixel's consent before it starts.
            .Replace("{{revoke-if-refused}}", options.RespectRefusal ? RevokeIfRefused : "", StringComparison.Ordinal)
            .Replace("{{revoke-google-if-refused}}", options.RespectRefusal ? RevokeGoogleIfRefused : "", StringComparison.Ordinal)
            .Replace("{{revoke-tiktok-if-refused}}", options.RespectRefusal ? RevokeTikTokIfRefused : "", StringComparison.Ordinal)
            .Replace("{{breadcrumbs}}", Breadcrumbs(crumbs), StringComparison.Ordinal)
            .Replace("{{main}}", main, StringComparison.Ordinal);
    }

    private static (List<KeyValuePair<string, string>> Fields, string Main) Split(string page, string path)
    {
        var end = page.IndexOf("-->\n", StringComparison.Ordinal);
        if (!page.StartsWith("<!--\n", StringComparison.Ordinal) || end < 0)
        {
            throw new InvalidDataException($"demo page {path} does not start with its <!-- title: ... --> comment");
        }

        var fields = page[5..end].Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(": ", 2))
            .Select(parts => parts.Length == 2 ? KeyValuePair.Create(parts[0], parts[1]) : throw new InvalidDataException($"demo page {path}: '{parts[0]}' is not 'key: value'"))
            .ToList();
        return (fields, page[(end + 4)..]);
    }

    private static string Field(List<KeyValuePair<string, string>> fields, string key, string path) =>
        fields.FirstOrDefault(field => field.Key == key).Value ?? throw new InvalidDataException($"demo page {path} has no '{key}:'");

    private static (string Name, string Url) Crumb(string value, string path) =>
        value.Split(" | ") is [var name, var url] ? (name, url) : throw new InvalidDataException($"demo page {path}: breadcrumb '{value}' is not 'Name | /path'");

    private static string Breadcrumbs(List<(string Name, string Url)> crumbs)
    {
        if (crumbs.Count == 0)
        {
            return "";
        }

        var items = crumbs.Prepend((Name: "Home", Url: "/")).Select(crumb => $"        <li><a href=\"{WebUtility.HtmlEncode(crumb.Url)}\">{WebUtility.HtmlEncode(crumb.Name)}</a></li>\n");
        return "    <nav class=\"breadcrumbs\" aria-label=\"Breadcrumb\">\n      <ol>\n" + string.Concat(items) + "      </ol>\n    </nav>\n";
    }

    // What the Microdata event sends as JSON-LD: the page, its site and publisher, and the breadcrumbs.
    private static string JsonLd(string title, string description, List<(string Name, string Url)> crumbs)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonLdOptions))
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", "WebPage");
            json.WriteString("name", title);
            json.WriteString("description", description);
            json.WriteString("inLanguage", "en-GB");
            Named(json, "isPartOf", "WebSite");
            Named(json, "publisher", "GovernmentOrganization");
            if (crumbs.Count > 0)
            {
                json.WriteStartObject("breadcrumb");
                json.WriteString("@type", "BreadcrumbList");
                json.WriteStartArray("itemListElement");
                foreach (var (crumb, position) in crumbs.Prepend((Name: "Home", Url: "/")).Select((crumb, i) => (crumb, i + 1)))
                {
                    json.WriteStartObject();
                    json.WriteString("@type", "ListItem");
                    json.WriteNumber("position", position);
                    json.WriteString("name", crumb.Name);
                    json.WriteString("item", crumb.Url);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Named(Utf8JsonWriter json, string property, string type)
    {
        json.WriteStartObject(property);
        json.WriteString("@type", type);
        json.WriteString("name", "Northshire Police");
        json.WriteEndObject();
    }

    private static string WithoutLeadingComment(string layout) =>
        layout.StartsWith("<!--", StringComparison.Ordinal) ? layout[(layout.IndexOf("-->\n", StringComparison.Ordinal) + 4)..] : layout;
}
