namespace TrackerAudit.Reports.Dataset;

/// <summary>
/// The tables of <c>report.sqlite</c> and of <c>trackeraudit export</c>, in one place: names, columns and what each
/// means. Columns are a contract (docs/dataset.md): a change that renames or removes one raises <see cref="Version"/>.
/// </summary>
internal static class DatasetSchema
{
    /// <summary>The schema version, as SQLite's <c>PRAGMA user_version</c> and the <c>schema_version</c> of <c>runs</c>.</summary>
    public const int Version = 1;

    private const ColumnType T = ColumnType.Text;
    private const ColumnType I = ColumnType.Integer;

    private static readonly DatasetColumn RunId = new("run_id", T, "The run (runs.run_id)");
    private static readonly DatasetColumn JourneyIndex = new("journey_index", I, "Which journey run of the run (journeys.journey_index)");

    public static DatasetTable Runs { get; } = new(
        "runs",
        "One row per run folder",
        [
            new("run_id", T, "The run's id, as in report.json (the folder name `reports/<run-id>/`)"),
            new("source_folder", T, "The name of the run folder the row was read from (a redacted copy ends in `-redacted`)"),
            new("schema_version", I, "This schema's version (also `PRAGMA user_version`)"),
            new("tool_version", T, "TrackerAudit's version that made the run"),
            new("browser", T, "Browser name and version, empty for `decode`"),
            new("started_at", T, "When the run started (ISO 8601)"),
            new("ended_at", T, "When the run ended (ISO 8601)"),
            new("command_line", T, "The command line of the run"),
            new("tracker_traffic", T, "What happened to requests to trackers: delivered, answered locally, sinkholed"),
            new("state", T, "`complete`, `interrupted` or `incomplete` (see docs/reliability.md)"),
            new("error", T, "Why the run did not end on its own, if it did not"),
        ],
        ["run_id"]);

    public static DatasetTable Journeys { get; } = new(
        "journeys",
        "One row per journey run (a journey, each consent answer and each `--repeat` of it)",
        [
            RunId,
            new("journey_index", I, "Position of the journey run in the run, from 0"),
            new("journey", T, "The journey's name"),
            new("consent", T, "The consent answer of this variant (none, reject, accept), empty without one"),
            new("repeat", I, "Which repetition this is (1 without `--repeat`)"),
            new("site", T, "The host of the start URL: the site audited"),
            new("start_url", T, "The journey's start URL"),
            new("status", T, "`completed`, `failed` or `interrupted`"),
            new("error", T, "Why the journey failed"),
            new("started_at", T, "When it started (ISO 8601)"),
            new("ended_at", T, "When it ended (ISO 8601)"),
            new("sensitive_words", T, "The journey's sensitive words, a JSON array (use `json_each`)"),
            new("source_path", T, "The journey file"),
        ],
        ["run_id", "journey_index"]);

    public static DatasetTable Steps { get; } = new(
        "steps",
        "One row per step of a journey run",
        [
            RunId,
            JourneyIndex,
            new("step_index", I, "Position of the step, from 0 (the start page)"),
            new("name", T, "The step's name"),
            new("kind", T, "start, click, fill, goto, ..."),
            new("action", T, "What the step did, in words"),
            new("status", T, "`passed`, `failed` or `skipped`"),
            new("page_url", T, "The page the step ended on"),
            new("page_title", T, "That page's title"),
            new("started_at", T, "When the step started (ISO 8601)"),
            new("ended_at", T, "When it ended (ISO 8601)"),
            new("error", T, "Why it failed"),
        ],
        ["run_id", "journey_index", "step_index"]);

    public static DatasetTable Requests { get; } = new(
        "requests",
        "One row per request the browser made (or `decode` read)",
        [
            RunId,
            JourneyIndex,
            new("request_id", I, "The request's id in the run (report.json, capture.har, findings)"),
            new("step_index", I, "The step that caused it (steps.step_index)"),
            new("time", T, "When it was sent (ISO 8601)"),
            new("method", T, "HTTP method"),
            new("url", T, "The full URL (query included)"),
            new("host", T, "The URL's host"),
            new("third_party", I, "1 when the host belongs to another site than the one audited, else 0"),
            new("third_party_site", T, "The registrable domain of a third-party host (Public Suffix List)"),
            new("company", T, "The company behind a third-party host (third-party-web or `--third-party-list`)"),
            new("tracker_id", T, "The tracker whose decoder read the request (`meta-pixel`, `ga4`, ...), empty when none"),
            new("resource_type", T, "Chromium's resource type: document, script, image, ping, xhr, fetch, ..."),
            new("page_url", T, "The page that made it"),
            new("frame_url", T, "The frame that made it"),
            new("status", I, "HTTP status of the answer, empty when none came"),
            new("failure", T, "Why it failed, if it did"),
            new("disposition", T, "`sent`, `blocked`, `answeredLocally`, `fromArchive` or `notInArchive`"),
            new("body_size", I, "Size of the request body in bytes"),
        ],
        ["run_id", "request_id"]);

    public static DatasetTable Events { get; } = new(
        "events",
        "One row per decoded tracker event (a request can carry several)",
        [
            RunId,
            JourneyIndex,
            new("event_id", I, "The event's number in the run, from 1"),
            new("request_id", I, "The request it came in (requests.request_id)"),
            new("step_index", I, "The step that caused the request"),
            new("tracker_id", T, "The tracker (`meta-pixel`, `ga4`, ...)"),
            new("tracker_name", T, "The tracker's name"),
            new("kind", T, "`beacon`, `duplicate`, `library` (the tracker's script loaded) or `config`"),
            new("meaning", T, "Tracker-neutral meaning: `pageView`, `click`, `form`, `conversion`, `identify`, `custom`"),
            new("name", T, "The event's name as the tracker calls it (PageView, page_view, ...)"),
            new("account_id", T, "The site owner's account at the tracker (pixel id, measurement id, ...)"),
            new("page_url", T, "The page URL the tracker was told"),
            new("page_title", T, "The page title the tracker was told"),
            new("referrer", T, "The referrer the tracker was told"),
            new("clicked_text", T, "The text of the clicked element the tracker was told"),
            new("transport", T, "How it was sent: image, sendBeacon, fetch, form, ..."),
            new("event_time", T, "The event's own time stamp, if it carries one (ISO 8601)"),
        ],
        ["run_id", "event_id"]);

    public static DatasetTable EventFields { get; } = new(
        "event_fields",
        "One row per decoded parameter of an event",
        [
            RunId,
            new("event_id", I, "The event (events.event_id)"),
            new("position", I, "Position of the parameter in the event, from 0"),
            new("path", T, "Where in the request: query or body parameter, JSON path"),
            new("value", T, "The value as decoded (masked in a redacted copy, as in report.json)"),
            new("meaning", T, "What the parameter is, when known (page URL, hashed e-mail, browser id, ...)"),
            new("sensitivity", T, "`none`, `low`, `medium`, `high`, `identifier`, `fingerprint` or `unknown`, as the decoder rates it"),
            new("cookie", T, "The cookie the value came from, when it came from one"),
        ],
        ["run_id", "event_id", "position"]);

    public static DatasetTable Findings { get; } = new(
        "findings",
        "One row per finding: who was told what, where, and why it matters",
        [
            RunId,
            JourneyIndex,
            new("finding_id", I, "The finding's number in the run, from 1"),
            new("key", T, "The finding's stable key (same finding, same key across runs; used by `diff` and baselines)"),
            new("category", T, "`sensitiveContext`, `typedData`, `identifier`, `pageAndBehaviour` or `consent`"),
            new("severity", T, "`low`, `medium`, `high` or `critical`"),
            new("severity_rank", I, "The severity as a number to sort on: low 1, medium 2, high 3, critical 4"),
            new("recipient", T, "Who was told: a tracker with its account, or a third party"),
            new("tracker_id", T, "The tracker, when a decoder read it"),
            new("account_id", T, "The tracker account that received it"),
            new("event_name", T, "The event that carried it"),
            new("step_index", I, "The step that caused it"),
            new("step_name", T, "That step's name"),
            new("page_url", T, "The page it happened on"),
            new("page_title", T, "That page's title"),
            new("subject", T, "What was told, in words (the sensitive word, the typed field, ...)"),
            new("parameter", T, "The request parameter that carried it"),
            new("parameter_meaning", T, "What that parameter means"),
            new("value", T, "The value sent (masked in a redacted copy)"),
            new("transform", T, "How the value was transformed (hashed, base64, ...), if it was"),
            new("request_id", I, "The request that carried it, the evidence (requests.request_id)"),
            new("sentence", T, "The finding in one plain sentence"),
            new("time", T, "When (ISO 8601)"),
        ],
        ["run_id", "finding_id"]);

    public static DatasetTable ThirdParties { get; } = new(
        "third_parties",
        "One row per third-party host a journey run contacted",
        [
            RunId,
            JourneyIndex,
            new("host", T, "The host"),
            new("site", T, "Its registrable domain (Public Suffix List)"),
            new("company", T, "The company behind it, when a list names it"),
            new("service", T, "The product or service, when known"),
            new("category", T, "Its main category (advertising, analytics, ...)"),
            new("requests", I, "How many requests it received in this journey run"),
            new("decoded_requests", I, "How many of them a tracker decoder read"),
            new("trackers", T, "The trackers decoded on it, a JSON array"),
        ],
        ["run_id", "journey_index", "host"]);

    /// <summary>Every table, in the order they are written and documented.</summary>
    public static IReadOnlyList<DatasetTable> Tables { get; } = [Runs, Journeys, Steps, Requests, Events, EventFields, Findings, ThirdParties];
}
