using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using TrackerAudit.ThirdParties;

namespace TrackerAudit.Benchmarks;

/// <summary>
/// Makes Meta Pixel requests shaped like the real ones in the journalists' corpus: each starts from one of the
/// corpus's <c>facebook.com/tr</c> requests (its parameters, in its order, with its encoding) and varies what
/// varies in the wild: pixel ids, pages, times, browser ids, button texts, hashed e-mails, events. Three in
/// five are sent as the corpus sent them (GET image beacons); the others as Meta's library sends long or
/// unloading events: one in four a form POST into a hidden iframe (urlencoded, keys encoded too), three in
/// twenty <c>sendBeacon</c> FormData (multipart).
/// </summary>
internal sealed class MetaRequestFactory
{
    private static readonly string[] Sites =
    [
        "www.raz-kids.com", "students.arbitersports.com", "www.abcmouse.com", "home.xtramath.org", "www.classdojo.com",
        "www.example-police.uk", "www.county-hospital.org", "www.crisis-line.org", "shop.example.com", "www.university.ac.uk",
    ];

    private static readonly string[] Paths =
    [
        "/", "/login/", "/abc/login/", "/organizations/harrisburg-high-school", "/family/dashboard", "/report/rape-sexual-assault/",
        "/report/domestic-abuse/", "/appointments/schedule?condition=pregnancy%20termination", "/search?query=sports&query_state=",
        "/courses/psychology-101/", "/help/debt-advice/", "/checkout/confirm", "/victim-services/", "/doctors/dr-jane-smith",
    ];

    private static readonly string[] Buttons =
    [
        "KIDS LOGIN", "Log in", "Teacher", "Submit", "Find", "Report online", "Schedule Online", "Call 988", "Continue", "Sign up",
        "Book an appointment", "Get help now", "Add to basket", "Download the form",
    ];

    private readonly List<List<(string Key, string Value)>> _templates;

    private MetaRequestFactory(List<List<(string Key, string Value)>> templates) => _templates = templates;

    public int TemplateCount => _templates.Count;

    /// <summary>Reads the corpus's Meta Pixel beacons; throws when the corpus has none.</summary>
    public static MetaRequestFactory FromCorpus(string corpusPath)
    {
        var templates = new List<List<(string Key, string Value)>>();
        foreach (var line in File.ReadLines(corpusPath))
        {
            using var document = JsonDocument.Parse(line);
            var url = document.RootElement.GetProperty("url").GetString() ?? "";
            if (!url.Contains("facebook.com/tr", StringComparison.Ordinal) || !url.Contains('?', StringComparison.Ordinal))
            {
                continue;
            }

            templates.Add([.. url[(url.IndexOf('?', StringComparison.Ordinal) + 1)..].Split('&')
                .Select(pair => pair.Split('=', 2))
                .Select(parts => (parts[0], parts.Length > 1 ? parts[1] : ""))]);
        }

        return templates.Count > 0 ? new MetaRequestFactory(templates) : throw new InvalidDataException($"{corpusPath} holds no facebook.com/tr requests");
    }

    /// <summary>The request number <paramref name="n"/>; <paramref name="pageUrl"/> overrides the page it reports.</summary>
    public MetaWireRequest Create(int n, string? pageUrl = null)
    {
        var random = new Random(n);
        var template = _templates[n % _templates.Count];
        var page = pageUrl ?? "https://" + Sites[random.Next(Sites.Length)] + Paths[random.Next(Paths.Length)];
        var browser = random.Next(5000);
        var ts = 1_700_000_000_000L + (n * 137L);
        var parameters = new List<(string Key, string Value)>(template.Count + 4);
        foreach (var (key, value) in template)
        {
            parameters.Add((key, key switch
            {
                "id" => (100_000_000_000_000L + (random.Next(40) * 7_919_113L)).ToString(CultureInfo.InvariantCulture),
                "dl" => Uri.EscapeDataString(page),
                "ts" => ts.ToString(CultureInfo.InvariantCulture),
                "ec" => (n % 12).ToString(CultureInfo.InvariantCulture),
                "fbp" => string.Create(CultureInfo.InvariantCulture, $"fb.1.{1_699_000_000_000L + browser}.{1_000_000_000 + (browser * 104_729)}"),
                "it" => (ts - 3000).ToString(CultureInfo.InvariantCulture),
                "cd[buttonText]" => Uri.EscapeDataString(Buttons[random.Next(Buttons.Length)]),
                _ => value,
            }));
        }

        if (random.Next(10) == 0)
        {
            // Automatic advanced matching: the library hashed an e-mail address typed into the page.
            parameters.Insert(parameters.Count - 1, ("udff[em]", Sha256(string.Create(CultureInfo.InvariantCulture, $"user{browser}@example.org"))));
        }

        if (random.Next(20) == 0)
        {
            parameters.Add(("cd[value]", "49.99"));
            parameters.Add(("cd[currency]", "GBP"));
            parameters[parameters.FindIndex(p => p.Key == "ev")] = ("ev", "Purchase");
        }

        var referer = "https://" + new Uri(page).Host + "/";
        var cookie = random.Next(2) == 0 ? null : string.Create(CultureInfo.InvariantCulture, $"c_user={100_012_345_600_000L + browser}; xs=42%3AnotReal{browser}%3A2%3A1700000000; fr=0abc{browser}DEFghi.AWV.Bl9Xk.AA.0.0");
        return (n % 20) switch
        {
            < 12 => Get(parameters, cookie, referer),
            < 17 => FormPost(parameters, cookie, referer),
            _ => Beacon(parameters, cookie, referer, random),
        };
    }

    private static MetaWireRequest Get(List<(string Key, string Value)> parameters, string? cookie, string referer) =>
        new("GET", "https://www.facebook.com/tr/?" + string.Join('&', WithTransport(parameters, "GET").Select(p => p.Key + "=" + p.Value)), "image", null, null, cookie, referer);

    // A form posted into a hidden iframe: the browser encodes keys and values (cd%5BbuttonText%5D).
    private static MetaWireRequest FormPost(List<(string Key, string Value)> parameters, string? cookie, string referer)
    {
        var body = string.Join('&', WithTransport(parameters, "formPOST").Select(p => Uri.EscapeDataString(p.Key) + "=" + p.Value));
        return new("POST", "https://www.facebook.com/tr/", "document", "application/x-www-form-urlencoded", body, cookie, referer);
    }

    private static MetaWireRequest Beacon(List<(string Key, string Value)> parameters, string? cookie, string referer, Random random)
    {
        var boundary = "----WebKitFormBoundary" + Convert.ToBase64String(BitConverter.GetBytes(random.NextInt64()))[..11].Replace('+', 'x').Replace('/', 'y');
        var body = new StringBuilder();
        foreach (var (key, value) in WithTransport(parameters, "SB"))
        {
            body.Append("--").Append(boundary).Append("\r\nContent-Disposition: form-data; name=\"").Append(key).Append("\"\r\n\r\n")
                .Append(Uri.UnescapeDataString(value)).Append("\r\n");
        }

        body.Append("--").Append(boundary).Append("--\r\n");
        return new("POST", "https://www.facebook.com/tr/", "ping", "multipart/form-data; boundary=" + boundary, body.ToString(), cookie, referer);
    }

    private static IEnumerable<(string Key, string Value)> WithTransport(List<(string Key, string Value)> parameters, string transport) =>
        parameters.Select(p => p.Key == "rqm" ? (p.Key, transport) : p);

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
