using System.Reflection;
using Microsoft.Playwright;

namespace TrackerAudit.Browsing;

/// <summary>
/// Lets go of Playwright's own copy of a request body once the recorder has taken it. Playwright's .NET
/// client keeps every request of a live browser context, its post data included, until the context closes
/// (its server lets up to 10,000 a kind pile up before it disposes of old ones): measured, 1,000 POSTs of
/// 200 KB kept 200 MB on the heap whatever TrackerAudit did with them. Playwright has no public way to
/// release that copy, so the client's field is cleared by reflection. Where a Playwright version lays it
/// out differently, <see cref="CanRelease"/> is false, nothing is touched, and the run says so.
/// TrackerAudit's route handlers (stand-ins, block lists, sinkhole) never read a body, so clearing it
/// changes nothing they do.
/// </summary>
internal static class PlaywrightPostData
{
    private static readonly Type? RequestType = typeof(IRequest).Assembly.GetType("Microsoft.Playwright.Core.Request");

    private static readonly FieldInfo? Initializer = RequestType?.GetField("_initializer", BindingFlags.Instance | BindingFlags.NonPublic);

    private static readonly PropertyInfo? PostData = Initializer?.FieldType.GetProperty("PostData", BindingFlags.Instance | BindingFlags.Public);

    /// <summary>Whether this Playwright version's request body can be released.</summary>
    public static bool CanRelease { get; } = PostData is { CanWrite: true } && PostData.PropertyType == typeof(byte[]);

    /// <summary>Clears Playwright's copy of the request's body; does nothing where that is not possible.</summary>
    public static void Release(IRequest request)
    {
        if (!CanRelease || request.GetType() != RequestType)
        {
            return;
        }

        try
        {
            if (Initializer!.GetValue(request) is { } initializer)
            {
                PostData!.SetValue(initializer, null);
            }
        }
        catch (Exception exception) when (exception is TargetException or TargetInvocationException or ArgumentException or MethodAccessException or FieldAccessException)
        {
            // Memory is then as Playwright keeps it; the capture itself already holds the body.
        }
    }
}
