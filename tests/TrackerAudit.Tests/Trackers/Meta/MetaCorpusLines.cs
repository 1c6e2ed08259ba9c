using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Trackers.Meta;

/// <summary>
/// The Meta Pixel lines of the shared corpus's edtech file that tests use as vectors, read at test time
/// (<see cref="Corpus"/>); each names its line and the start of its URL.
/// </summary>
internal static class MetaCorpusLines
{
    /// <summary>Line 2: SubscribedButtonClick on the KIDS LOGIN link (buttonFeatures, pageFeatures, o=4126).</summary>
    public static string Line2KidsAzButtonClick => Corpus.Line(Corpus.Edtech, 2, "https://www.facebook.com/tr/?id=660763031035814&ev=SubscribedButtonClick");

    /// <summary>Line 5: SubscribedButtonClick on a mailto: link (e-mail in innerText, buttonText cleaned to @).</summary>
    public static string Line5ArbiterMailtoClick => Corpus.Line(Corpus.Edtech, 5, "https://www.facebook.com/tr/?id=1622224701377559&ev=SubscribedButtonClick");

    /// <summary>Line 10: PageView inside an iframe, first of two pixels on the page.</summary>
    public static string Line10AbcMousePageView => Corpus.Line(Corpus.Edtech, 10, "https://www.facebook.com/tr/?id=686407008078166&ev=PageView");

    /// <summary>Line 11: PageView of the second pixel on the same page.</summary>
    public static string Line11AbcMouseSecondPixelPageView => Corpus.Line(Corpus.Edtech, 11, "https://www.facebook.com/tr/?id=3270355436534855&ev=PageView");

    /// <summary>Line 27: SubscribedButtonClick on a search form (formFeatures with placeholder and select).</summary>
    public static string Line27ArbiterSearchClick => Corpus.Line(Corpus.Edtech, 27, "https://www.facebook.com/tr/?id=1622224701377559&ev=SubscribedButtonClick");

    /// <summary>Line 30: SubscribedButtonClick on the Log in button.</summary>
    public static string Line30ClassDojoLoginClick => Corpus.Line(Corpus.Edtech, 30, "https://www.facebook.com/tr/?id=172748793147724&ev=SubscribedButtonClick");

    /// <summary>Line 33: SubscribedButtonClick submitting an e-mail form (formFeatures placeholder Email).</summary>
    public static string Line33ClassDojoSubmitEmail => Corpus.Line(Corpus.Edtech, 33, "https://www.facebook.com/tr/?id=172748793147724&ev=SubscribedButtonClick");
}
