using TrackerAudit.Trackers.Wire;

namespace TrackerAudit.Trackers.Meta;

/// <summary>
/// Turns one event's parameters into flat <see cref="TrackerField"/>s: every parameter as sent, plus the
/// pieces of its JSON values and the flags of its <c>o</c> mask.
/// </summary>
internal sealed class MetaFields
{
    private readonly List<TrackerField> _fields;
    private readonly List<string> _warnings;

    public MetaFields(int capacity, List<string> warnings)
    {
        _fields = new List<TrackerField>(capacity);
        _warnings = warnings;
    }

    public List<TrackerField> Fields => _fields;

    public string? PageFeaturesTitle { get; private set; }

    public string? MicrodataTitle { get; private set; }

    public void Add(string key, string value)
    {
        if (key == "o")
        {
            _fields.AddRange(MetaOptionBits.Fields(value, _warnings));
            return;
        }

        var info = MetaParameters.Describe(key, value);
        var meaning = key is "fbp" or "fbc" ? MetaBrowserIds.WithCreationTime(info.Meaning, value) : info.Meaning;
        _fields.Add(new(key, value, meaning, info.Sensitivity, key switch { "fbp" => "_fbp", "fbc" => "_fbc", _ => null }));

        if ((key.StartsWith("cd[", StringComparison.Ordinal) || key.StartsWith("pmd[", StringComparison.Ordinal))
            && JsonFlattener.LooksLikeJson(value))
        {
            AddJsonLeaves(key, value, info);
        }
    }

    public void AddRange(IEnumerable<TrackerField> fields) => _fields.AddRange(fields);

    private static bool IsJsonParameter(string key) => key is "cd[buttonFeatures]" or "cd[formFeatures]" or "cd[pageFeatures]"
        or "cd[parameters]" or "cd[DataLayer]" or "cd[Meta]" or "cd[OpenGraph]" or "cd[Schema.org]" or "cd[JSON-LD]" or "cd[contents]";

    private void AddJsonLeaves(string key, string value, MetaParameterInfo parent)
    {
        var leaves = new List<KeyValuePair<string, string>>();
        var problem = JsonFlattener.Flatten(key, value, leaves);

        // Custom data may merely start with a bracket ("[Sign up]"): only values Meta always sends as JSON
        // are worth a warning when they do not parse.
        if (problem is not null && (leaves.Count > 0 || IsJsonParameter(key)))
        {
            _warnings.Add($"{key}: {problem}; raw value kept");
        }

        foreach (var (path, leaf) in leaves)
        {
            var info = MetaParameters.DescribeLeaf(path, parent);
            _fields.Add(new(path, leaf, info.Meaning, info.Sensitivity));
            if (path == "cd[pageFeatures].title")
            {
                PageFeaturesTitle ??= leaf;
            }
            else if (path == "cd[Meta].title")
            {
                MicrodataTitle ??= leaf;
            }
        }
    }
}
