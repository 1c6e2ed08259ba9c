using TrackerAudit.Journeys;
using YamlDotNet.RepresentationModel;

namespace TrackerAudit.Expectations;

internal static class PolicyDocument
{
    private const string Expected = "a policy: a mapping with rules (and optionally name)";

    private static readonly string[] TopLevelKeys = ["name", "rules"];

    public static PolicyLoadResult Parse(string file, string text, string sha256, CancellationToken cancellationToken)
    {
        var reader = new NodeReader(file);
        var root = YamlInput.Root(text, reader, "policy", Expected, cancellationToken);
        if (root is null)
            return Result(null, reader);

        if (root is not YamlMappingNode mapping)
        {
            reader.Report(root, JourneyDocument.FileField, $"expected {Expected}; found {NodeReader.Describe(root)}");
            return Result(null, reader);
        }

        var entries = reader.Entries(mapping, "");
        reader.RejectUnknownKeys(entries.Values, "", "in the policy", TopLevelKeys);

        var name = entries.TryGetValue("name", out var nameEntry) && !NodeReader.IsNull(nameEntry.Value)
            ? reader.NonEmptyString(nameEntry.Value, "name", "the policy's name, a non-empty string", TextRule.Name)
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
