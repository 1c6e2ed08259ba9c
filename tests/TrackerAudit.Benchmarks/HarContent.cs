using System.Text;

namespace TrackerAudit.Benchmarks;

/// <summary>
/// Response bodies for generated HAR files, made once and reused: HTML, JavaScript and CSS as text with the
/// quotes, newlines and non-ASCII that a JSON writer must escape, images and fonts as base64 of random bytes.
/// </summary>
internal sealed class HarContent
{
    private const string ScriptLine = "function track(e){var t=document.querySelector(\"[data-id='\"+e+\"']\");if(t){t.classList.add(\"seen\");window.dataLayer.push({event:\"view\",id:e,label:'Café – “seen”'})}}\n";
    private const string HtmlLine = "<div class=\"card\"><a href=\"/courses/psychology-101/?ref=home\">Psychology 101 – an introduction</a><p>Learn what “mind” means.</p></div>\n";
    private const string CssLine = ".card{margin:0 auto;padding:12px 16px;font-family:\"Helvetica Neue\",Arial,sans-serif;background:url(\"/img/bg.png\")}\n";

    private readonly string[] _scripts;
    private readonly string[] _pages;
    private readonly string[] _styles;
    private readonly string[] _images;
    private readonly string[] _fonts;
    private readonly string[] _json;

    public HarContent()
    {
        var random = new Random(7);
        _scripts = [.. new[] { 18, 45, 90, 160, 320 }.Select(kb => Repeat(ScriptLine, kb))];
        _pages = [.. new[] { 25, 60, 110 }.Select(kb => Repeat(HtmlLine, kb))];
        _styles = [.. new[] { 12, 40, 75 }.Select(kb => Repeat(CssLine, kb))];
        _images = [.. new[] { 2, 9, 24, 60, 140 }.Select(kb => Base64(random, kb))];
        _fonts = [.. new[] { 22, 48 }.Select(kb => Base64(random, kb))];
        _json = [.. new[] { 1, 4, 14 }.Select(kb => Repeat("{\"id\":1234,\"title\":\"Lesson – “fractions”\",\"done\":false,\"tags\":[\"maths\",\"year 5\"]},", kb))];
    }

    public string Script(Random random) => _scripts[random.Next(_scripts.Length)];

    public string Page(Random random) => _pages[random.Next(_pages.Length)];

    public string Style(Random random) => _styles[random.Next(_styles.Length)];

    public string Image(Random random) => _images[random.Next(_images.Length)];

    public string Font(Random random) => _fonts[random.Next(_fonts.Length)];

    public string Json(Random random) => "[" + _json[random.Next(_json.Length)].TrimEnd(',') + "]";

    private static string Repeat(string line, int kilobytes)
    {
        var text = new StringBuilder(kilobytes * 1024 + line.Length);
        while (text.Length < kilobytes * 1024)
        {
            text.Append(line);
        }

        return text.ToString();
    }

    private static string Base64(Random random, int kilobytes)
    {
        var bytes = new byte[kilobytes * 768];
        random.NextBytes(bytes);
        return Convert.ToBase64String(bytes);
    }
}
