using Microsoft.Playwright;

namespace TrackerAudit.Browsing;

/// <summary>
/// The Global Privacy Control signal (https://privacycg.github.io/gpc-spec/) as a browser that supports it sends it:
/// the <c>Sec-GPC: 1</c> header on every request of the context, and <c>navigator.globalPrivacyControl</c> true in
/// every frame before any of the page's scripts runs. Chromium has no setting for it, so both are added here.
/// </summary>
internal static class GlobalPrivacyControl
{
    public const string Header = "Sec-GPC";

    // On the prototype, as browsers that support it define it, so that "in navigator" and property checks agree.
    private const string Script = """
        (() => {
          const target = typeof Navigator !== 'undefined' ? Navigator.prototype : (typeof WorkerNavigator !== 'undefined' ? WorkerNavigator.prototype : null);
          if (target) { Object.defineProperty(target, 'globalPrivacyControl', { get: () => true, configurable: true, enumerable: true }); }
        })();
        """;

    public static async Task ApplyAsync(IBrowserContext context)
    {
        await context.SetExtraHTTPHeadersAsync([new KeyValuePair<string, string>(Header, "1")]).ConfigureAwait(false);
        await context.AddInitScriptAsync(Script).ConfigureAwait(false);
    }
}
