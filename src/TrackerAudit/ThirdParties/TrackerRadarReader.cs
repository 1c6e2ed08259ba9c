using System.Text.Json;

namespace TrackerAudit.ThirdParties;

/// <summary>
/// Reads DuckDuckGo's Tracker Radar data: either its blocklist <c>tds.json</c> (<c>trackers</c>: domain →
/// <c>{ owner: { name, displayName }, categories }</c>, and <c>entities</c>: company → <c>{ displayName, domains }</c>,
/// which names the owners of domains that are not trackers), or one of its domain files
/// (<c>{ domain, owner, categories, ... }</c>). A domain stands for itself and its subdomains.
/// </summary>
internal static class TrackerRadarReader
{
    public static bool RecognisesBlocklist(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty("trackers", out _);

    public static bool RecognisesDomainFile(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty("domain", out var domain) && domain.ValueKind == JsonValueKind.String
        && root.TryGetProperty("owner", out _);

    public static ListContents ReadBlocklist(JsonElement root)
    {
        var domains = new HostSuffixMap<ThirdPartyOwner>();
        foreach (var tracker in JsonShape.Object(root, "trackers", "$").EnumerateObject())
        {
            var path = $"$.trackers[{JsonSerializer.Serialize(tracker.Name)}]";
            if (tracker.Value.ValueKind != JsonValueKind.Object)
            {
                throw JsonShape.Wrong(path, "an object { owner, categories }", tracker.Value);
            }

            if (PublicSuffixList.Normalise(tracker.Name) is { } ascii)
            {
                domains.Add(ascii, Owner(tracker.Value, path), withSubdomains: true);
            }
        }

        if (root.TryGetProperty("entities", out var entities) && entities.ValueKind == JsonValueKind.Object)
        {
            foreach (var entity in entities.EnumerateObject().Where(entity => entity.Value.ValueKind == JsonValueKind.Object))
            {
                var owner = new ThirdPartyOwner(JsonShape.OptionalText(entity.Value, "displayName") ?? entity.Name, null, []);
                foreach (var domain in JsonShape.Texts(entity.Value, "domains", $"$.entities[{JsonSerializer.Serialize(entity.Name)}]"))
                {
                    if (PublicSuffixList.Normalise(domain) is { } ascii)
                    {
                        domains.Add(ascii, owner, withSubdomains: true);
                    }
                }
            }
        }

        return new ListContents(domains, 0, null, null, null);
    }

    public static ListContents ReadDomainFile(JsonElement root)
    {
        var domains = new HostSuffixMap<ThirdPartyOwner>();
        var domain = root.GetProperty("domain").GetString()!;
        var ascii = PublicSuffixList.Normalise(domain) ?? throw new FormatException($"$.domain: '{domain}' is not a domain name");
        domains.Add(ascii, Owner(root, "$"), withSubdomains: true);
        return new ListContents(domains, 0, null, null, null);
    }

    private static ThirdPartyOwner Owner(JsonElement tracker, string path)
    {
        var owner = tracker.TryGetProperty("owner", out var value) ? value : default;
        if (owner.ValueKind is not (JsonValueKind.Object or JsonValueKind.Undefined or JsonValueKind.Null))
        {
            throw JsonShape.Wrong(path + ".owner", "an object { name, displayName }", owner);
        }

        var company = JsonShape.OptionalText(owner, "displayName") ?? JsonShape.OptionalText(owner, "name");
        var categories = JsonShape.Texts(tracker, "categories", path)
            .Select(CategoryNames.Normalise).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        return new ThirdPartyOwner(company, null, categories);
    }
}
