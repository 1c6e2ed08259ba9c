using YamlDotNet.RepresentationModel;

namespace TrackerAudit.Journeys;

internal static class JourneyDocument
{
    public const string FileField = "(file)";

    private const string Expected = "a journey: a mapping with name, start and steps";

    public static ParsedJourney Parse(string file, string text, string sha256, CancellationToken cancellationToken)
    {
        var reader = new NodeReader(file);
        var root = YamlInput.Root(text, reader, "journey", Expected, cancellationToken);
        if (root is null)
            return Result(file, null, null, default, reader);

        if (root is not YamlMappingNode mapping)
        {
            reader.Report(root, FileField, $"expected {Expected}; found {NodeReader.Describe(root)}");
            return Result(file, null, null, default, reader);
        }

        var journeyReader = new JourneyReader(reader);
        var journey = journeyReader.Read(mapping, file, sha256);
        var nameLocation = journeyReader.NameNode is null ? default : NodeReader.LocationOf(journeyReader.NameNode);
        return Result(file, reader.Problems.Count == 0 ? journey : null, journeyReader.Name, nameLocation, reader);
    }

    private static ParsedJourney Result(string file, Journey? journey, string? name, SourceLocation nameLocation, NodeReader reader)
    {
        // OrderBy is stable: problems at the same place keep the order they were found in.
        var problems = reader.Problems.OrderBy(p => p.Location.Line).ThenBy(p => p.Location.Column).ToList();
        return new ParsedJourney(file, journey, name, nameLocation, problems);
    }
}
