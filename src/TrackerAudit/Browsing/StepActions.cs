using Microsoft.Playwright;
using TrackerAudit.Journeys;

namespace TrackerAudit.Browsing;

/// <summary>What each kind of step does in the page, and reading the page without failing when it is gone.</summary>
internal static class StepActions
{
    /// <summary>Runs the step; scan steps return the pages they looked at, other steps null.</summary>
    public static async Task<IReadOnlyList<PageVisit>?> ExecuteAsync(Step step, IPage page, InputValues inputs, StepSurroundings around, float timeout, CancellationToken cancellationToken)
    {
        switch (step)
        {
            case ScrollStep:
                return [await ScanActions.ScrollAsync(page).ConfigureAwait(false)];
            case TypeCanariesStep:
                await ScanActions.TypeCanariesAsync(page, inputs, timeout, around).ConfigureAwait(false);
                break;
            case FollowLinksStep follow:
                return await ScanActions.FollowLinksAsync(page, follow, around.Sensitive, timeout, around.SettleAsync).ConfigureAwait(false);
            case GotoStep go:
                await page.GotoAsync(around.ResolveUrl(inputs.Resolve(go.Url)), new PageGotoOptions { Timeout = timeout, WaitUntil = WaitUntilState.Load }).ConfigureAwait(false);
                break;
            case ClickStep click:
                await page.Locator(click.Selector).First.ClickAsync(new LocatorClickOptions { Timeout = timeout }).ConfigureAwait(false);
                break;
            case FillStep fill:
                await page.Locator(fill.Selector).First.FillAsync(inputs.Resolve(fill.Value), new LocatorFillOptions { Timeout = timeout }).ConfigureAwait(false);
                break;
            case SelectStep select:
                await page.Locator(select.Selector).First.SelectOptionAsync(select.Values.Select(inputs.Resolve), new LocatorSelectOptionOptions { Timeout = timeout }).ConfigureAwait(false);
                break;
            case CheckStep check:
                await page.Locator(check.Selector).First.SetCheckedAsync(check.Checked, new LocatorSetCheckedOptions { Timeout = timeout }).ConfigureAwait(false);
                break;
            case PressStep { Selector: not null } press:
                await page.Locator(press.Selector).First.PressAsync(press.Key, new LocatorPressOptions { Timeout = timeout }).ConfigureAwait(false);
                break;
            case PressStep press:
                await page.Keyboard.PressAsync(press.Key).ConfigureAwait(false);
                break;
            case WaitStep { Selector: not null } wait:
                await page.Locator(wait.Selector).First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = timeout }).ConfigureAwait(false);
                break;
            case WaitStep { Url: not null } wait:
                await page.WaitForURLAsync(wait.Url, new PageWaitForURLOptions { Timeout = timeout }).ConfigureAwait(false);
                break;
            case WaitStep { Duration: { } duration }:
                // The journey asked for this wait explicitly (e.g. to let a delayed tracker fire).
                await Task.Delay(duration, around.Time, cancellationToken).ConfigureAwait(false);
                break;
            case ScreenshotStep:
                break;
            default:
                throw new InvalidOperationException($"Step kind {step.Kind} has no runner.");
        }

        return null;
    }

    public static string? SafeUrl(IPage page)
    {
        try
        {
            return page.IsClosed ? null : page.Url;
        }
        catch (PlaywrightException)
        {
            return null;
        }
    }

    public static async Task<string?> SafeTitleAsync(IPage page)
    {
        try
        {
            return page.IsClosed ? null : await page.TitleAsync().ConfigureAwait(false);
        }
        catch (PlaywrightException)
        {
            return null;
        }
    }
}
