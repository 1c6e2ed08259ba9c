using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TrackerAudit.Journeys;

// Reads the one YAML document of a journey or policy file after YamlGuard has checked it against the limits.
internal static class YamlInput
{
    // Returns the document's root, or null once the reason is reported. noun: "journey" or "policy".
    public static YamlNode? Root(string text, NodeReader reader, string noun, string expected, CancellationToken cancellationToken)
    {
        if (!YamlGuard.Check(text, reader, cancellationToken))
            return null;

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException exception)
        {
            // What the event stream cannot show: a duplicate key, for one.
            reader.Report(NodeReader.LocationOf(exception.Start), JourneyDocument.FileField, $"invalid YAML: {exception.Message}");
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            reader.Report(new SourceLocation(1, 1), JourneyDocument.FileField, $"the file is empty; expected {expected}");
            return null;
        }

        foreach (var extra in stream.Documents.Skip(1))
            reader.Report(extra.RootNode, JourneyDocument.FileField, $"expected one {noun} per file; found {stream.Documents.Count} YAML documents (separated by ---)");
        return stream.Documents[0].RootNode;
    }
}
