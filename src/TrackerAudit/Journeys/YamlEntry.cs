using YamlDotNet.RepresentationModel;

namespace TrackerAudit.Journeys;

internal sealed record YamlEntry(string Key, YamlScalarNode KeyNode, YamlNode Value);
