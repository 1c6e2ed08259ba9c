namespace TrackerAudit.Scanning;

/// <summary>
/// The built-in sensitive words of <c>scan</c>, by topic: the special categories of personal data of the GDPR
/// (article 9) and what else a visitor would not want an advertiser to learn. English; documented in docs/scan.md.
/// Words that are common in ordinary pages and URLs (campaign, as in utm_campaign; race; black; visa; benefits) are left
/// out: a finding must mean something.
/// </summary>
internal static class SensitiveWords
{
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ByTopic { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["health"] =
        [
            "health", "medical", "doctor", "hospital", "clinic", "symptoms", "diagnosis", "cancer", "hiv", "aids", "diabetes",
            "depression", "anxiety", "mental health", "suicide", "self-harm", "eating disorder", "addiction", "alcohol", "drugs",
            "rehab", "pregnancy", "abortion", "miscarriage", "fertility", "ivf", "disability", "dementia", "therapy", "prescription",
        ],
        ["sexual life"] =
        [
            "sexual health", "sexuality", "gay", "lesbian", "bisexual", "transgender", "lgbt", "lgbtq", "std", "sti", "contraception",
            "sexual orientation", "dating",
        ],
        ["crime and victimisation"] =
        [
            "rape", "sexual assault", "sexual abuse", "domestic abuse", "domestic violence", "stalking", "harassment", "hate crime",
            "victim", "abuse", "assault", "fraud", "scam", "report a crime", "criminal record", "arrest", "conviction", "prison",
            "child abuse", "trafficking", "modern slavery", "forced marriage",
        ],
        ["religion"] =
        [
            "religion", "church", "mosque", "synagogue", "temple", "muslim", "islam", "christian", "jewish", "hindu", "sikh",
            "buddhist", "atheist", "prayer", "faith",
        ],
        ["politics"] =
        [
            "political party", "vote", "election", "protest", "petition", "activist", "labour party", "conservative party",
            "liberal democrats", "green party", "democrat", "republican",
        ],
        ["ethnicity"] =
        [
            "ethnicity", "ethnic minority", "racism", "asian", "roma", "traveller", "immigrant", "immigration",
            "asylum", "refugee",
        ],
        ["trade-union membership"] = ["trade union", "union membership", "join a union", "union member", "strike"],
        ["money trouble"] =
        [
            "debt", "bankruptcy", "insolvency", "payday loan", "arrears", "eviction", "repossession", "universal credit",
            "food bank", "unemployed", "redundancy", "gambling", "bailiff", "credit score",
        ],
    };

    /// <summary>Every built-in word once, in topic order.</summary>
    public static IReadOnlyList<string> All { get; } = ByTopic.Values.SelectMany(words => words).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}
