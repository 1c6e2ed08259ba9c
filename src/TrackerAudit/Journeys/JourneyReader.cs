using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace TrackerAudit.Journeys;

internal sealed partial class JourneyReader(NodeReader reader)
{
    private static readonly string[] TopLevelKeys =
        ["name", "description", "start", "baseUrl", "sensitive", "block", "cookies", "inputs", "consent", "steps", "expect"];

    private static readonly string[] CookieKeys = ["name", "value", "domain", "path", "secure", "sameSite"];

    private static readonly string[] SameSiteValues = ["Lax", "Strict", "None"];

    // The name of a journey, read even when the rest is broken, so duplicates across files are reported too.
    public string? Name { get; private set; }

    public YamlNode? NameNode { get; private set; }

    public Journey? Read(YamlMappingNode root, string sourcePath, string sourceSha256)
    {
        var problemsBefore = reader.Problems.Count;
        var entries = reader.Entries(root, "");
        reader.RejectUnknownKeys(entries.Values, "", "in the journey", TopLevelKeys);

        var name = Required(entries, root, "name", "name: Report a crime", (node, field) => reader.NonEmptyString(node, field, "the journey's name, a non-empty string", TextRule.Name));
        Name = name;
        NameNode = name is null ? null : entries["name"].Value;
        var description = Optional(entries, "description", (node, field) => reader.AnyString(node, field, "a description (a string)", TextRule.Text));
        var start = Required(entries, root, "start", "start: /", (node, field) => reader.Url(node, field, allowPath: true));
        var baseUrl = Optional(entries, "baseUrl", (node, field) => reader.Url(node, field, allowPath: false));
        var sensitive = Optional(entries, "sensitive", (node, field) => reader.StringList(node, field, "words or phrases", "word or phrase"));
        var block = Optional(entries, "block", (node, field) => reader.StringList(node, field, "URL globs", "URL glob such as \"**/submit*\""));
        var cookies = Optional(entries, "cookies", Cookies);
        var inputs = Optional(entries, "inputs", Inputs);
        var steps = Required(entries, root, "steps", "steps: [{ click: \"text=Next\" }]", (node, _) => new StepReader(reader, InputNames(entries)).ReadAll(node));
        var consent = Optional(entries, "consent", (node, _) => new ConsentReader(reader, InputNames(entries)).ReadAll(node));
        var expectations = Optional(entries, "expect", (node, field) => new ExpectationReader(reader, field, steps, stepNamesAllowed: true).ReadAll(node, requireOne: false));

        if (reader.Problems.Count != problemsBefore || name is null || start is null || steps is null)
            return null;

        return new Journey
        {
            Name = name,
            Description = description,
            SourcePath = sourcePath,
            SourceSha256 = sourceSha256,
            Start = start,
            BaseUrl = baseUrl,
            Steps = steps,
            Sensitive = sensitive ?? [],
            Block = block ?? [],
            Cookies = cookies ?? [],
            Inputs = inputs ?? new Dictionary<string, string>(),
            Consent = consent ?? [],
            Expectations = expectations ?? [],
        };
    }

    private T? Required<T>(Dictionary<string, YamlEntry> entries, YamlMappingNode root, string key, string example, Func<YamlNode, string, T?> read)
        where T : class
    {
        if (entries.TryGetValue(key, out var entry))
            return read(entry.Value, key);
        reader.Report(root, key, $"missing '{key}'; expected it at the top level, e.g. {example}");
        return null;
    }

    // An optional key written with nothing after it ("block:") means the same as leaving it out.
    private static T? Optional<T>(Dictionary<string, YamlEntry> entries, string key, Func<YamlNode, string, T?> read)
        where T : class =>
        entries.TryGetValue(key, out var entry) && !NodeReader.IsNull(entry.Value) ? read(entry.Value, key) : null;

    // Steps are checked against the input names as written, even when an input's value is wrong, so that
    // one mistake in inputs does not also flag every step that uses the input.
    private static List<string> InputNames(Dictionary<string, YamlEntry> entries) =>
        entries.TryGetValue("inputs", out var entry) && entry.Value is YamlMappingNode mapping
            ? mapping.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "").ToList()
            : [];

    private List<JourneyCookie>? Cookies(YamlNode node, string field)
    {
        var sequence = reader.Sequence(node, field, "a list of cookies, e.g. - { name: c_user, value: \"1\", domain: .facebook.com }");
        if (sequence is null)
            return null;

        var cookies = sequence.Children.Select((item, i) => Cookie(item, NodeReader.Item(field, i + 1))).ToList();
        return cookies.Contains(null) ? null : cookies.ConvertAll(c => c!);
    }

    private JourneyCookie? Cookie(YamlNode node, string field)
    {
        var mapping = reader.Mapping(node, field, "a cookie: a mapping with name, value and domain");
        if (mapping is null)
            return null;

        var problemsBefore = reader.Problems.Count;
        var entries = reader.Entries(mapping, field);
        reader.RejectUnknownKeys(entries.Values, field, $"in {field}", CookieKeys);

        string? Read(string key, string expected, bool allowEmpty)
        {
            var keyField = NodeReader.Child(field, key);
            if (!entries.TryGetValue(key, out var entry))
            {
                reader.Report(mapping, keyField, $"the cookie has no '{key}'; expected {expected}");
                return null;
            }

            return allowEmpty ? reader.AnyString(entry.Value, keyField, expected) : reader.NonEmptyString(entry.Value, keyField, expected);
        }

        var name = Read("name", "the cookie's name, a non-empty string", allowEmpty: false);
        var value = Read("value", "the cookie's value, a string (quote numbers: \"100000000000001\")", allowEmpty: true);
        var domain = Read("domain", "the cookie's domain, e.g. .facebook.com", allowEmpty: false);
        var path = "/";
        if (entries.TryGetValue("path", out var pathEntry))
        {
            var pathField = NodeReader.Child(field, "path");
            path = reader.NonEmptyString(pathEntry.Value, pathField, "a path starting with /");
            if (path is not null && !path.StartsWith('/'))
                reader.Report(pathEntry.Value, pathField, $"expected a path starting with /; found '{path}'");
        }

        var secure = entries.TryGetValue("secure", out var secureEntry) ? reader.Bool(secureEntry.Value, NodeReader.Child(field, "secure")) : true;
        var sameSite = SameSite(entries, field);

        // Chromium drops a SameSite=None cookie that is not Secure, so the journey would silently run logged out.
        if (secure == false && sameSite == "None")
        {
            reader.Report(
                secureEntry!.Value,
                NodeReader.Child(field, "secure"),
                "expected secure: true for a cookie with sameSite None (the default); browsers reject it otherwise. Set sameSite: Lax to keep secure: false");
        }

        if (reader.Problems.Count != problemsBefore || name is null || value is null || domain is null || path is null || secure is null || sameSite is null)
            return null;
        return new JourneyCookie(name, value, domain, path, secure.Value, sameSite);
    }

    private string? SameSite(Dictionary<string, YamlEntry> entries, string field)
    {
        if (!entries.TryGetValue("sameSite", out var entry))
            return "None";

        var sameSiteField = NodeReader.Child(field, "sameSite");
        var text = reader.NonEmptyString(entry.Value, sameSiteField, "Lax, Strict or None");
        if (text is null)
            return null;

        var known = SameSiteValues.FirstOrDefault(v => string.Equals(v, text, StringComparison.OrdinalIgnoreCase));
        if (known is null)
            reader.Report(entry.Value, sameSiteField, $"expected Lax, Strict or None; found '{text}'");
        return known;
    }

    private Dictionary<string, string>? Inputs(YamlNode node, string field)
    {
        var mapping = reader.Mapping(node, field, "a mapping of input names to values, e.g. email: \"${canary.email}\"");
        if (mapping is null)
            return null;

        var inputs = new Dictionary<string, string>(StringComparer.Ordinal);
        var valid = true;
        foreach (var entry in reader.Entries(mapping, field).Values)
        {
            var inputField = NodeReader.Child(field, entry.Key);
            if (!InputName().IsMatch(entry.Key))
            {
                reader.Report(entry.KeyNode, inputField, $"expected an input name made of letters, digits, _ and -; found '{entry.Key}'");
                valid = false;
            }

            var value = reader.AnyString(entry.Value, inputField, "the input's value, a string", TextRule.Text);
            if (value is null)
            {
                valid = false;
                continue;
            }

            var problemsBefore = reader.Problems.Count;
            reader.CheckPlaceholders(entry.Value, inputField, value, inputs: null);
            valid &= reader.Problems.Count == problemsBefore;
            inputs[entry.Key] = value;
        }

        return valid ? inputs : null;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex InputName();
}
