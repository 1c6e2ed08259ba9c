using System.Text.Json;
using Microsoft.Playwright;
using TrackerAudit.Journeys;
using TrackerAudit.Scanning;

namespace TrackerAudit.Browsing;

/// <summary>What the scan step kinds do in the page: scroll and read it, type canaries, follow chosen links.</summary>
internal static class ScanActions
{
    // Scrolls a screen at a time, each after two animation frames (lazy content starts loading), until the end or 200 screens.
    private const string ScrollScript = """
        async () => {
          const frame = () => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));
          for (let i = 0; i < 200; i++) {
            const before = window.scrollY;
            window.scrollBy(0, Math.max(200, window.innerHeight * 0.8));
            await frame();
            if (window.scrollY === before) break;
          }
        }
        """;

    private const string FactsScript = """
        () => {
          const nav = performance.getEntriesByType('navigation')[0];
          const text = (document.body ? document.body.innerText : '').trim();
          const lower = (document.title + ' ' + text.slice(0, 20000)).toLowerCase();
          const frame = [...document.querySelectorAll('iframe[src]')].map(f => f.src)
            .find(src => /recaptcha|hcaptcha|challenges\.cloudflare\.com|captcha-delivery|arkoselabs|funcaptcha/.test(src));
          const element = ['#challenge-form', '#cf-challenge-running', '.cf-browser-verification', '.g-recaptcha', '.h-captcha', '#px-captcha']
            .find(selector => document.querySelector(selector));
          const phrase = ['captcha', 'are you a robot', 'are you human', 'not a robot', 'verify you are human', 'verifying you are human',
            'checking your browser', 'unusual traffic', 'access denied', 'request blocked', 'attention required']
            .find(words => lower.includes(words));
          return {
            status: nav && nav.responseStatus ? nav.responseStatus : null,
            textLength: text.length,
            wall: frame ? 'captcha frame ' + frame : element ? 'challenge element ' + element : phrase ? "the words '" + phrase + "'" : null,
            webdriver: navigator.webdriver === true,
            userAgent: navigator.userAgent,
          };
        }
        """;

    private const string InputsScript = """
        elements => elements.map(e => {
          const labels = e.labels ? [...e.labels].map(l => l.innerText).join(' ') : '';
          const hints = [e.name, e.id, e.getAttribute('autocomplete'), e.getAttribute('placeholder'), e.getAttribute('aria-label'), labels]
            .filter(Boolean).join(' ');
          const style = getComputedStyle(e);
          const box = e.getBoundingClientRect();
          const visible = style.visibility !== 'hidden' && style.display !== 'none' && box.width > 0 && box.height > 0;
          return { tag: e.tagName, type: e.getAttribute('type') || '', hints, usable: visible && !e.disabled && !e.readOnly };
        })
        """;

    private const string LinksScript = "links => links.map(a => ({ href: a.getAttribute('href') || '', text: (a.innerText || a.getAttribute('aria-label') || '').trim() }))";

    public static async Task<PageVisit> ScrollAsync(IPage page)
    {
        await page.EvaluateAsync(ScrollScript).ConfigureAwait(false);
        return await ReadAsync(page, sensitive: null).ConfigureAwait(false);
    }

    /// <summary>
    /// Types each visible input's canary and leaves the input, as a person does, so that the page's change listeners
    /// (and trackers' automatic form reading) see it; an input that goes away meanwhile is skipped, not a failure.
    /// </summary>
    public static async Task TypeCanariesAsync(IPage page, InputValues inputs, float timeout, StepSurroundings around)
    {
        var fields = page.Locator("input, textarea");
        var described = await fields.EvaluateAllAsync<JsonElement>(InputsScript).ConfigureAwait(false);
        var index = 0;
        foreach (var field in described.EnumerateArray())
        {
            var at = index++;
            if (!field.GetProperty("usable").GetBoolean()
                || InputKinds.Of(field.GetProperty("tag").GetString() ?? "", field.GetProperty("type").GetString() ?? "", field.GetProperty("hints").GetString() ?? "") is not { } kind)
            {
                continue;
            }

            try
            {
                var value = inputs.Resolve("${canary." + kind + "}");
                await fields.Nth(at).FillAsync(value, new LocatorFillOptions { Timeout = timeout }).ConfigureAwait(false);
                await fields.Nth(at).BlurAsync(new LocatorBlurOptions { Timeout = timeout }).ConfigureAwait(false);
                around.Typed("canary." + kind, value);
            }
            catch (Exception exception) when (exception is PlaywrightException or TimeoutException)
            {
                around.Logger.Information("Could not type into input {Index} ({Kind}): {Reason}", at, kind, exception.Message.Split('\n')[0]);
            }
        }
    }

    /// <summary>Opens each chosen link in turn, lets it settle, scrolls it and reads it.</summary>
    public static async Task<IReadOnlyList<PageVisit>> FollowLinksAsync(IPage page, FollowLinksStep step, IReadOnlyList<string> sensitive, float timeout, Func<Task> settle)
    {
        var found = await page.Locator("a[href]").EvaluateAllAsync<JsonElement>(LinksScript).ConfigureAwait(false);
        var links = found.EnumerateArray().Select(link => (link.GetProperty("href").GetString() ?? "", link.GetProperty("text").GetString() ?? ""));
        var chosen = LinkChoice.Choose(links, new Uri(page.Url), sensitive, step.Pages, step.Seed);
        var visits = new List<PageVisit>();
        foreach (var link in chosen)
        {
            await page.GotoAsync(link.Url, new PageGotoOptions { Timeout = timeout, WaitUntil = WaitUntilState.Load }).ConfigureAwait(false);
            await settle().ConfigureAwait(false);
            await page.EvaluateAsync(ScrollScript).ConfigureAwait(false);
            await settle().ConfigureAwait(false);
            visits.Add(await ReadAsync(page, link.Sensitive).ConfigureAwait(false));
        }

        return visits;
    }

    private static async Task<PageVisit> ReadAsync(IPage page, bool? sensitive)
    {
        var facts = await page.EvaluateAsync<JsonElement>(FactsScript).ConfigureAwait(false);
        return PageMarks.Judge(
            new PageFacts(
                page.Url,
                facts.GetProperty("status").ValueKind == JsonValueKind.Number ? facts.GetProperty("status").GetInt32() : null,
                facts.GetProperty("textLength").GetInt32(),
                facts.GetProperty("wall").GetString(),
                facts.GetProperty("webdriver").GetBoolean(),
                facts.GetProperty("userAgent").GetString()),
            sensitive);
    }
}
