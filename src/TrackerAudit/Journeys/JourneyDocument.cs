using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TrackerAudit.Journeys;

internal static class JourneyDocument
{
    public const string FileField = "(file)";

    public static ParsedJourney Parse(string file, string text, string sha256)
    {
        var reader = new NodeReader(file);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException exception)
        {
            reader.Report(NodeReader.LocationOf(exception.Start), FileField, $"invalid YAML: {exception.Message}");
            return Result(file, null, null, default, reader);
        }

        if (stream.Documents.Count == 0)
        {
            reader.Report(new SourceLocation(1, 1), FileField, "the file is empty; expected a journey: a mapping with name, start and steps");
            return Result(file, null, null, default, reader);
        }

        foreach (var extra in stream.Documents.Skip(1))
            reader.Report(extra.RootNode, FileField, $"expected one journey per file; found {stream.Documents.Count} YAML documents (separated by ---)");

        var root = stream.Documents[0].RootNode;
        if (root is not YamlMappingNode mapping)
        {
            reader.Report(root, FileField, $"expected a journey: a mapping with name, start and steps; found {NodeReader.Describe(root)}");
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
