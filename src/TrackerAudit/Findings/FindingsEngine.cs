using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using TrackerAudit.Capture;
using TrackerAudit.Findings.Matching;
using TrackerAudit.Journeys;
using TrackerAudit.Running;
using TrackerAudit.ThirdParties;
using TrackerAudit.Trackers;
using TrackerAudit.Trackers.Wire;

namespace TrackerAudit.Findings;

/// <summary>
/// Turns a journey run's captured and decoded traffic into findings: what each tracker learned, on
/// which page and step, where in the request, and why it matters.
/// </summary>
internal sealed class FindingsEngine
{
    private const int ShownValueLength = 160;

    private readonly JourneyRun _run;
    private readonly SensitiveWordMatcher _sensitive;
    private readonly TypedValueMatcher _typed;
    private readonly Dictionary<int, StepResult> _steps;
    private readonly Dictionary<string, Finding> _findings = new(StringComparer.Ordinal);
    private readonly string _firstPartySite;
    private readonly RequestBodies _bodies;

    private FindingsEngine(JourneyRun run, RequestBodies bodies)
    {
        _run = run;
        _bodies = bodies;
        _sensitive = new SensitiveWordMatcher(run.Sensitive);
        _typed = new TypedValueMatcher(run.TypedValues.Select(pair => (pair.Key, pair.Value)));
        _steps = run.Steps.GroupBy(step => step.Index).ToDictionary(group => group.Key, group => group.First());
        _firstPartySite = Sites.SiteOf(Sites.HostOf(run.StartUrl) ?? "");
    }

    /// <summary>Every finding of a run, most severe first, then in time order.</summary>
    /// <param name="run">The run, its requests decoded.</param>
    /// <param name="bodies">Loads the bodies stored in files, one request at a time; by default every body is inline.</param>
    public static IReadOnlyList<Finding> Analyse(JourneyRun run, RequestBodies? bodies = null)
    {
        var engine = new FindingsEngine(run, bodies ?? RequestBodies.InMemory);
        engine.Collect();
        return engine._findings.Values
            .OrderByDescending(finding => finding.Severity)
            .ThenBy(finding => finding.Time)
            .ThenBy(finding => finding.RequestId)
            .ToList();
    }

    private void Collect()
    {
        var decodedById = _run.TrackerRequests.ToDictionary(decoded => decoded.RequestId);
        foreach (var request in _run.Requests)
        {
            if (decodedById.TryGetValue(request.Id, out var decoded) && !decoded.Undecoded)
            {
                foreach (var trackerEvent in decoded.Events.Where(e => e.Kind == TrackerEventKind.Beacon))
                {
                    CollectFromEvent(request, trackerEvent);
                }

                // Headers are not parameters, but a Referer can name the page all the same.
                CollectFromText(request, "header:referer", request.Header("referer"), decoded.TrackerName, decoded.TrackerId);
            }
            else if (Sites.IsThirdParty(request.Url, _firstPartySite))
            {
                var recipient = Sites.HostOf(request.Url) ?? request.Url;
                var trackerName = decoded?.TrackerName ?? recipient;
                CollectFromText(request, "url", request.Url, trackerName, decoded?.TrackerId);
                var loaded = _bodies.Load(request);
                CollectFromText(request, "body", loaded.BodyText, trackerName, decoded?.TrackerId);
                CollectFromText(request, "body (inflated)", Inflated(loaded), trackerName, decoded?.TrackerId);
                CollectFromText(request, "header:referer", request.Header("referer"), trackerName, decoded?.TrackerId);
                CollectFromText(request, "header:cookie", request.Header("cookie"), trackerName, decoded?.TrackerId);
                if (SentData.Carries(request))
                {
                    CollectConsentData(request, trackerName, decoded?.TrackerId);
                }
            }
        }
    }

    private void CollectFromEvent(CapturedRequest request, TrackerEvent trackerEvent)
    {
        var context = new Context(request, trackerEvent, trackerEvent.TrackerName, trackerEvent.TrackerId);
        Add(context, FindingCategory.PageAndBehaviour, Severity.Low, BehaviourSubject(trackerEvent), trackerEvent.NameParameter, trackerEvent.Name, null);
        if (ConsentSubject(request, $"a {trackerEvent.Name} event") is var (severity, subject))
        {
            Add(context, FindingCategory.Consent, severity, subject, trackerEvent.NameParameter, trackerEvent.Name, null, "event name");
        }

        var flattened = FlattenedParents(trackerEvent.Fields);
        foreach (var field in trackerEvent.Fields)
        {
            // A JSON value is also decoded into its parts: report the part (cd[Meta].title), not the whole document again.
            if (flattened.Contains(field.Path))
            {
                continue;
            }

            foreach (var word in _sensitive.FindIn(field.Value).Select(match => match.Word).Distinct(StringComparer.Ordinal))
            {
                Add(context, FindingCategory.SensitiveContext, Severity.High,
                    $"the sensitive word '{word}'", field, null);
            }

            foreach (var match in DistinctByLabel(_typed.FindIn(field.Value)))
            {
                Add(context, FindingCategory.TypedData, Severity.Critical,
                    $"the value you typed as '{match.Label}'", field, match.Chain);
            }

            if (field.Sensitivity == FieldSensitivity.Identifier)
            {
                var accountLevel = field.Path.StartsWith("cookie:", StringComparison.Ordinal);
                Add(context, FindingCategory.Identifier, accountLevel ? Severity.High : Severity.Medium, IdentifierSubject(field), field, null);
            }
        }
    }

    private void CollectFromText(CapturedRequest request, string parameter, string? text, string recipient, string? trackerId)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var context = new Context(request, null, recipient, trackerId);
        foreach (var match in _sensitive.FindIn(text).DistinctBy(match => match.Word))
        {
            Add(context, FindingCategory.SensitiveContext, Severity.High, $"the sensitive word '{match.Word}'", parameter, Around(text, match.Index, match.MatchedText.Length), null);
        }

        foreach (var match in DistinctByLabel(_typed.FindIn(text)))
        {
            Add(context, FindingCategory.TypedData, Severity.Critical, $"the value you typed as '{match.Label}'", parameter, Around(text, match.Index, match.MatchedText.Length), match.Chain);
        }
    }

    private void Add(Context context, FindingCategory category, Severity severity, string subject, TrackerField field, string? transform) =>
        Add(context, category, severity, subject, field.Path, field.Value, transform, field.Meaning);

    private void Add(Context context, FindingCategory category, Severity severity, string subject, string parameter, string value, string? transform, string? meaning = null)
    {
        var request = context.Request;
        var step = _steps.GetValueOrDefault(request.StepIndex);
        var trackerEvent = context.Event;
        // An identifier rides along with every event: once per step and recipient says it, once per event repeats it.
        var keyEvent = category == FindingCategory.Identifier ? null : trackerEvent?.Name;
        var key = Key(request.StepIndex, context.Recipient, trackerEvent?.AccountId, keyEvent, category, parameter, StableSubject(category, subject, trackerEvent));
        if (_findings.ContainsKey(key))
        {
            return;
        }

        var pageUrl = trackerEvent?.PageUrl ?? request.PageUrl;
        var pageTitle = trackerEvent?.PageTitle ?? (step?.PageUrl == pageUrl ? step?.PageTitle : null);
        var finding = new Finding
        {
            Key = key,
            Category = category,
            Severity = severity,
            Journey = _run.Journey,
            StepIndex = request.StepIndex,
            StepName = request.StepName,
            StepAction = step?.Action,
            PageUrl = pageUrl,
            PageTitle = pageTitle,
            Time = request.Time,
            Recipient = context.Recipient,
            TrackerId = context.TrackerId,
            AccountId = trackerEvent?.AccountId,
            EventName = trackerEvent?.Name,
            Subject = subject,
            Parameter = parameter,
            ParameterMeaning = meaning,
            Value = value,
            Transform = transform,
            RequestId = request.Id,
            Statement = "",
        };
        _findings[key] = finding with { Statement = FindingStatements.Sentence(finding) };
    }

    private string Key(int step, string recipient, string? account, string? eventName, FindingCategory category, string parameter, string subject)
    {
        // Repetitions of a journey share their findings' keys, so that a finding can be counted across them.
        var journey = _run.Variation?.GroupName ?? _run.Journey;
        var meaning = string.Join('\u001f', journey, step.ToString(CultureInfo.InvariantCulture), recipient, account, eventName, category, parameter, subject);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(meaning)))[..16];
    }

    /// <summary>
    /// The part of a subject that stays the same when an unchanged site is audited again: no ports, times
    /// or per-run values, so that baselines match findings by meaning.
    /// </summary>
    private static string StableSubject(FindingCategory category, string subject, TrackerEvent? trackerEvent) => category switch
    {
        FindingCategory.Identifier => "",
        FindingCategory.PageAndBehaviour when trackerEvent is not null => string.Join(
            '\u001f',
            trackerEvent.PageTitle ?? PathOf(trackerEvent.PageUrl),
            trackerEvent.ClickedText),
        _ => subject,
    };

    private static string? PathOf(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.AbsolutePath : url;

    private static HashSet<string> FlattenedParents(IReadOnlyList<TrackerField> fields)
    {
        var paths = new HashSet<string>(fields.Select(field => field.Path), StringComparer.Ordinal);
        var parents = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            for (var cut = path.Length - 1; cut > 0; cut--)
            {
                if ((path[cut] == '.' || (path[cut] == '[' && path[cut - 1] == ']')) && paths.Contains(path[..cut]))
                {
                    parents.Add(path[..cut]);
                }
            }
        }

        return parents;
    }

    // A third party no decoder reads still received data (its query string or body): without consent, that is a consent
    // finding too, one notch below a decoded tracker event because what the data means is not known.
    private void CollectConsentData(CapturedRequest request, string recipient, string? trackerId)
    {
        var parameter = request.BodySize > 0 || request.BodyText is { Length: > 0 } || request.BodyFile is not null ? "body" : "url";
        var what = parameter == "body" ? "data in a request body that no tracker decoder reads" : "data in a query string that no tracker decoder reads";
        if (ConsentSubject(request, what) is not var (severity, subject))
        {
            return;
        }

        var lower = severity == Severity.Critical ? Severity.High : Severity.Medium;
        Add(new Context(request, null, recipient, trackerId), FindingCategory.Consent, lower, subject, parameter, Shorten(request.Url), null);
    }

    // Only a run that answers the cookie banner in a known way can say an event came too early or after a "no".
    private (Severity Severity, string Subject)? ConsentSubject(CapturedRequest request, string what)
    {
        if (_run.Variation is not { Answer: { } answer } variation)
        {
            return null;
        }

        if (answer == ConsentAnswer.Gpc)
        {
            return (Severity.High, $"{what} although the browser sent the Global Privacy Control signal (consent variant '{variation.Consent}')");
        }

        if (answer == ConsentAnswer.None)
        {
            return (Severity.High, $"{what} while the cookie banner was left unanswered (consent variant '{variation.Consent}')");
        }

        if (variation.BeforeAnswer(request.StepIndex))
        {
            return (Severity.High, $"{what} before the cookie banner was answered (consent variant '{variation.Consent}')");
        }

        return answer == ConsentAnswer.Reject
            ? (Severity.Critical, $"{what} after the visitor rejected tracking (consent variant '{variation.Consent}')")
            : null;
    }

    private static string BehaviourSubject(TrackerEvent trackerEvent) => trackerEvent.Meaning switch
    {
        EventMeaning.PageView => "a visit to " + Page(trackerEvent),
        EventMeaning.Click when trackerEvent.ClickedText is { } text => $"a click on '{Shorten(text)}' on " + Page(trackerEvent),
        EventMeaning.Click => "a click on " + Page(trackerEvent),
        EventMeaning.Form => $"the form event '{trackerEvent.Name}' on " + Page(trackerEvent),
        _ => $"the event '{trackerEvent.Name}' on " + Page(trackerEvent),
    };

    private static string Page(TrackerEvent trackerEvent) =>
        trackerEvent.PageTitle is { Length: > 0 } title ? $"'{Shorten(title)}'" : trackerEvent.PageUrl ?? "an unnamed page";

    // An identifier kept in a first-party cookie is named on both sides: the parameter and the cookie.
    private static string IdentifierSubject(TrackerField field)
    {
        var subject = field.Meaning ?? $"the identifier {field.Path}";
        return field.Cookie is null || subject.Contains(field.Cookie, StringComparison.Ordinal)
            ? subject
            : $"{subject}, the value of the first-party cookie {field.Cookie}";
    }

    // Compressed bodies are read through: gzip sent as bytes, or base64 of gzip sent as text.
    private static string? Inflated(CapturedRequest request) =>
        request.BodyText is { } text
            ? CompressedText.GunzipBase64(text)
            : request.BodyBase64 is { } base64 && CompressedText.Base64Bytes(base64) is { } bytes ? CompressedText.Gunzip(bytes) : null;

    private static IEnumerable<TypedValueMatch> DistinctByLabel(IReadOnlyList<TypedValueMatch> matches) =>
        matches.GroupBy(match => match.Label, StringComparer.Ordinal).Select(group => group.OrderBy(match => match.Chain.Length).First());

    private static string Around(string text, int index, int length)
    {
        var start = Math.Max(0, index - 40);
        var end = Math.Min(text.Length, index + length + 40);
        return (start > 0 ? "…" : "") + text[start..end] + (end < text.Length ? "…" : "");
    }

    internal static string Shorten(string text) => text.Length <= ShownValueLength ? text : text[..ShownValueLength] + "…";

    private sealed record Context(CapturedRequest Request, TrackerEvent? Event, string Recipient, string? TrackerId);
}
