using System.Text.Json;

namespace TrackerAudit.ThirdParties;

/// <summary>
/// Reads Disconnect's <c>services.json</c>: <c>{ "categories": { "Advertising": [ { "Company": { "https://homepage/":
/// ["domain", ...] } } ] } }</c>. A domain stands for itself and its subdomains; a domain listed under several
/// categories (Google under Advertising and Analytics) keeps them all. Properties of a company that are not
/// domain arrays (Disconnect's <c>"dnt"</c>, <c>"session-replay"</c> flags) are skipped.
/// </summary>
internal static class DisconnectReader
{
    public static bool Recognises(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty("categories", out var categories)
        && categories.ValueKind != JsonValueKind.Array && !root.TryGetProperty("domain", out _);

    public static ListContents Read(JsonElement root)
    {
        var owners = new Dictionary<string, (string Company, List<string> Categories)>(StringComparer.Ordinal);
        var categories = JsonShape.Object(root, "categories", "$");
        foreach (var category in categories.EnumerateObject())
        {
            var name = CategoryNames.Normalise(category.Name) ?? "other";
            var path = $"$.categories[{JsonSerializer.Serialize(category.Name)}]";
            if (category.Value.ValueKind != JsonValueKind.Array)
            {
                throw JsonShape.Wrong(path, "an array of companies", category.Value);
            }

            var index = 0;
            foreach (var entry in category.Value.EnumerateArray())
            {
                if (entry.ValueKind != JsonValueKind.Object)
                {
                    throw JsonShape.Wrong($"{path}[{index}]", "an object { company: { homepage: [domains] } }", entry);
                }

                foreach (var company in entry.EnumerateObject())
                {
                    if (company.Value.ValueKind != JsonValueKind.Object)
                    {
                        throw JsonShape.Wrong($"{path}[{index}][{JsonSerializer.Serialize(company.Name)}]", "an object { homepage: [domains] }", company.Value);
                    }

                    foreach (var homepage in company.Value.EnumerateObject().Where(property => property.Value.ValueKind == JsonValueKind.Array))
                    {
                        var where = $"{path}[{index}][{JsonSerializer.Serialize(company.Name)}]";
                        foreach (var domain in JsonShape.Texts(company.Value, homepage.Name, where))
                        {
                            if (PublicSuffixList.Normalise(domain.Trim()) is not { } ascii)
                            {
                                continue;
                            }

                            var owner = owners.TryGetValue(ascii, out var known) ? known : owners[ascii] = (company.Name, []);
                            if (!owner.Categories.Contains(name))
                            {
                                owner.Categories.Add(name);
                            }
                        }
                    }
                }

                index++;
            }
        }

        var domains = new HostSuffixMap<ThirdPartyOwner>();
        foreach (var (domain, owner) in owners)
        {
            domains.Add(domain, new ThirdPartyOwner(owner.Company, null, owner.Categories), withSubdomains: true);
        }

        return new ListContents(domains, 0, null, null, JsonShape.OptionalText(root, "license"));
    }
}
