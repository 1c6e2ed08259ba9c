namespace TrackerAudit.ThirdParties;

/// <summary>
/// Names the company and category of any host from the lists of a run: the lists a user supplies
/// (<c>--third-party-list</c>), in the order given, then the built-in third-party-web. Each list is asked
/// for the host and its parent domains; the first that names a company gives it, and every list's
/// categories are kept, so that a host third-party-web calls <c>analytics</c> and EasyPrivacy lists is
/// also <c>tracking</c>. Built once per run and shared by every journey.
/// </summary>
internal sealed class EntityCatalogue
{
    private static readonly Lazy<EntityCatalogue> BuiltIn = new(() => new EntityCatalogue([]));

    private readonly IReadOnlyList<ThirdPartyList> _lists;

    public EntityCatalogue(IReadOnlyList<ThirdPartyList> userLists)
    {
        _lists = [.. userLists, BuiltInLists.ThirdPartyWeb];
    }

    /// <summary>The built-in lists only.</summary>
    public static EntityCatalogue Default => BuiltIn.Value;

    /// <summary>Every list of the run for <c>metadata.json</c>: the Public Suffix List, then those that name third parties.</summary>
    public IReadOnlyList<ThirdPartyListInfo> Lists => [BuiltInLists.PublicSuffixInfo, .. _lists.Select(list => list.Info)];

    /// <summary>What the lists say of a host; null when none names it.</summary>
    public ThirdPartyIdentity? Identify(string host)
    {
        if (PublicSuffixList.Normalise(host) is not { } ascii)
        {
            return null;
        }

        string? company = null, service = null, category = null;
        List<string>? categories = null, names = null;
        foreach (var list in _lists)
        {
            if (list.Find(ascii) is not { } owner)
            {
                continue;
            }

            (names ??= []).Add(list.Info.Name);
            categories ??= [];
            if (company is null && owner.Company is not null)
            {
                company = owner.Company;
                service = owner.Name;
                category = owner.Categories.FirstOrDefault() ?? category;
            }

            categories.AddRange(owner.Categories.Where(name => !categories.Contains(name)));
        }

        if (names is null)
        {
            return null;
        }

        category ??= categories!.FirstOrDefault();
        if (category is not null)
        {
            categories!.Remove(category);
            categories.Insert(0, category);
        }

        return new ThirdPartyIdentity(company, service, category, categories!, names);
    }
}
