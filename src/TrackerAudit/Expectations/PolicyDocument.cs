using TrackerAudit.Journeys;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TrackerAudit.Expectations;

internal static class PolicyDocument
{
    private const string Expected = "a policy: a mapping with rules (and optionally name)";

    private static readonly string[] TopLevelKeys = ["name", "rules"];

    public static PolicyLoadResult Parse(string file, string text, string sha256)
    {
        var reader = new NodeReader(file);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException exception)
        {
            reader.Report(NodeReader.LocationOf(exception.Start), JourneyDocument.FileField, $"invalid YAML: {exception.Message}");
            return Result(null, reader);
        }

        if (stream.Documents.Count == 0)
        {
            reader.Report(new SourceLocation(1, 1), JourneyDocument.FileField, $"the file is empty; expected {Expected}");
            return Result(null, reader);
        }

        foreach (var extra in stream.Documents.Skip(1))
            reader.Report(extra.RootNode, JourneyDocument.FileField, $"expected one policy per file; found {stream.Documents.Count} YAML documents (separated by ---)");

        var root = stream.Documents[0].RootNode;
        if (root is not YamlMappingNode mapping)
        {
            reader.Report(root, JourneyDocument.FileField, $"expected {Expected}; found {NodeReader.Describe(root)}");
            return Result(null, reader);
        }

        var entries = reader.Entries(mapping, "");
        reader.RejectUnknownKeys(entries.Values, "", "in the policy", TopLevelKeys);

        var name = entries.TryGetValue("name", out var nameEntry) && !NodeReader.IsNull(nameEntry.Value)
            ? reader.NonEmptyString(nameEntry.Value, "name", "the policy's name, a non-empty string")
            : null;
        IReadOnlyList<Expectation>? rules = null;
        if (entries.TryGetValue("rules", out var rulesEntry))
            rules = new ExpectationReader(reader, "rules", steps: null, stepNamesAllowed: false).ReadAll(rulesEntry.Value, requireOne: true);
        else
            reader.Report(mapping, "rules", "missing 'rules'; expected it at the top level, e.g. rules: [{ name: No Meta Pixel, no-requests: { trackers: [meta-pixel] } }]");

        if (reader.Problems.Count > 0 || rules is null)
            return Result(null, reader);

        return Result(
            new Policy
            {
                Name = name ?? Path.GetFileNameWithoutExtension(file),
                SourcePath = file,
                SourceSha256 = sha256,
                Rules = rules,
            },
            reader);
    }

    private static PolicyLoadResult Result(Policy? policy, NodeReader reader) =>
        new(policy, reader.Problems.OrderBy(p => p.Location.Line).ThenBy(p => p.Location.Column).ToList());
}
