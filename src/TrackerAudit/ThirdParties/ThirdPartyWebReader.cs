using System.Text.Json;

namespace TrackerAudit.ThirdParties;

/// <summary>
/// Reads third-party-web's entities (<c>dist/entities*.json</c>): an array of <c>{ name, company?, category,
/// domains }</c>, where <c>*.example.com</c> stands for <c>example.com</c> and all its subdomains. An entity
/// without a company is its own company, as in third-party-web's own API.
/// </summary>
internal static class ThirdPartyWebReader
{
    public static HostSuffixMap<ThirdPartyOwner> Read(Stream json)
    {
        using var document = JsonDocument.Parse(json);
        var domains = new HostSuffixMap<ThirdPartyOwner>();
        var index = 0;
        foreach (var entity in document.RootElement.EnumerateArray())
        {
            var name = Text(entity, "name") ?? throw new FormatException($"$[{index}]: an entity without a name");
            var category = CategoryNames.Normalise(Text(entity, "category"));
            var owner = new ThirdPartyOwner(Text(entity, "company") ?? name, name, category is null ? [] : [category]);
            if (entity.TryGetProperty("domains", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                foreach (var domain in list.EnumerateArray().Select(item => item.GetString()).OfType<string>())
                {
                    var wildcard = domain.StartsWith("*.", StringComparison.Ordinal);
                    if (PublicSuffixList.Normalise(wildcard ? domain[2..] : domain) is { } ascii)
                    {
                        domains.Add(ascii, owner, wildcard);
                    }
                }
            }

            index++;
        }

        return domains;
    }

    private static string? Text(JsonElement entity, string property) =>
        entity.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;
}
