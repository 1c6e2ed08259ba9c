using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace TrackerAudit.Journeys;

// Reads a journey's consent: a mapping from variant name to the steps that answer the cookie banner, e.g.
//   consent: { none: [], reject: [{ click: "text=Reject all" }], accept: [{ click: "text=Accept all" }] }
// A variant named none, reject or accept answers what its name says; any other name says it with
// answer:, as in necessary-only: { answer: reject, steps: [...] }. A gpc variant sends Global Privacy Control and
// takes no steps: it never touches the banner.
internal sealed partial class ConsentReader(NodeReader reader, IReadOnlyCollection<string> inputs)
{
    private const string Field = "consent";

    private static readonly string[] VariantKeys = ["answer", "steps"];

    private static readonly string[] Answers = ["none", "reject", "accept", "gpc"];

    public IReadOnlyList<ConsentVariant>? ReadAll(YamlNode node)
    {
        var mapping = reader.Mapping(node, Field, "a mapping of consent variants to their steps, e.g. reject: [{ click: \"text=Reject all\" }]");
        if (mapping is null)
            return null;
        if (mapping.Children.Count == 0)
        {
            reader.Report(mapping, Field, "expected at least one consent variant, e.g. none: [] or reject: [{ click: \"text=Reject all\" }]");
            return null;
        }

        var variants = new List<ConsentVariant>();
        var valid = true;
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in reader.Entries(mapping, Field).Values)
        {
            if (!names.Add(entry.Key))
            {
                reader.Report(entry.KeyNode, NodeReader.Child(Field, entry.Key), $"consent variant name '{entry.Key}' is used twice; expected names unique in the journey (case is ignored)");
                valid = false;
                continue;
            }

            var variant = Read(entry);
            valid &= variant is not null;
            if (variant is not null)
                variants.Add(variant);
        }

        return valid ? variants : null;
    }

    private ConsentVariant? Read(YamlEntry entry)
    {
        var field = NodeReader.Child(Field, entry.Key);
        var problemsBefore = reader.Problems.Count;
        if (!VariantName().IsMatch(entry.Key))
            reader.Report(entry.KeyNode, field, $"expected a variant name made of letters, digits, _ and -; found '{entry.Key}'");

        var answer = AnswerOf(entry.Key);
        YamlNode? stepsNode = entry.Value;
        var stepsField = field;
        if (entry.Value is YamlMappingNode details)
        {
            var entries = reader.Entries(details, field);
            reader.RejectUnknownKeys(entries.Values, field, $"in the consent variant '{entry.Key}'", VariantKeys);
            if (entries.TryGetValue("answer", out var answerEntry))
                answer = ReadAnswer(answerEntry.Value, NodeReader.Child(field, "answer"));
            else if (answer is null)
                reader.Report(details, field, $"the consent variant '{entry.Key}' does not say what it answers; expected answer: none, reject, accept or gpc");

            stepsNode = entries.TryGetValue("steps", out var stepsEntry) ? stepsEntry.Value : null;
            stepsField = NodeReader.Child(field, "steps");
        }
        else if (answer is null)
        {
            reader.Report(entry.KeyNode, field, $"'{entry.Key}' is not one of none, reject, accept, gpc, so the variant must say what it answers: {entry.Key}: {{ answer: reject, steps: [...] }}");
        }

        var steps = stepsNode is null || NodeReader.IsNull(stepsNode)
            ? []
            : new StepReader(reader, inputs).ReadAll(stepsNode, stepsField, allowEmpty: true);
        if (steps is { Count: 0 } && answer is ConsentAnswer.Reject or ConsentAnswer.Accept)
        {
            reader.Report(stepsNode ?? entry.Value, stepsField, $"the consent variant '{entry.Key}' answers {Lower(answer.Value)} but has no steps; expected the steps that give the answer, e.g. - click: \"text=Reject all\"");
        }

        if (steps is { Count: > 0 } && answer == ConsentAnswer.Gpc)
        {
            reader.Report(stepsNode!, stepsField, $"the consent variant '{entry.Key}' answers gpc, which sends the Global Privacy Control signal and never touches the banner; expected no steps: {entry.Key}: []");
        }

        if (reader.Problems.Count != problemsBefore || answer is null || steps is null)
            return null;
        return new ConsentVariant { Name = entry.Key, Answer = answer.Value, Steps = steps };
    }

    private ConsentAnswer? ReadAnswer(YamlNode node, string field)
    {
        var text = reader.NonEmptyString(node, field, "none, reject, accept or gpc");
        if (text is null)
            return null;

        var answer = AnswerOf(text);
        if (answer is null)
            reader.Report(node, field, $"expected none, reject, accept or gpc; found '{text}'");
        return answer;
    }

    private static ConsentAnswer? AnswerOf(string name) =>
        Answers.FirstOrDefault(answer => string.Equals(answer, name, StringComparison.OrdinalIgnoreCase)) is { } known
            ? Enum.Parse<ConsentAnswer>(known, ignoreCase: true)
            : null;

    private static string Lower(ConsentAnswer answer) => answer.ToString().ToLowerInvariant();

    [GeneratedRegex("^[A-Za-z0-9_-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex VariantName();
}
