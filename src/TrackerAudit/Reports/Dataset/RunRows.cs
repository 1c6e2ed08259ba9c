using System.Globalization;
using System.Text.Json;
using TrackerAudit.Serialization;

namespace TrackerAudit.Reports.Dataset;

/// <summary>
/// The rows of one run, table by table, in the columns of <see cref="DatasetSchema"/>. A cell is a <see cref="string"/>,
/// a <see cref="long"/> or null. Built from the report alone, so a redacted report gives masked rows.
/// </summary>
internal sealed class RunRows
{
    private readonly Dictionary<string, List<object?[]>> _rows = DatasetSchema.Tables.ToDictionary(table => table.Name, _ => new List<object?[]>(), StringComparer.Ordinal);

    private RunRows()
    {
    }

    public IReadOnlyList<object?[]> Of(DatasetTable table) => _rows[table.Name];

    /// <param name="report">The run.</param>
    /// <param name="sourceFolder">The name of the run folder it was read from.</param>
    public static RunRows Of(RunReport report, string sourceFolder)
    {
        var rows = new RunRows();
        var runId = report.RunId;
        rows.Add(DatasetSchema.Runs, runId, sourceFolder, (long)DatasetSchema.Version, report.Tool.Version,
            report.Browser is { } browser ? $"{browser.Name} {browser.Version}" : null,
            Time(report.StartedAt), Time(report.EndedAt), report.CommandLine, report.TrackerTraffic,
            report.Completeness?.State ?? RunCompleteness.Complete, report.Error);

        long eventId = 0;
        long findingId = 0;
        for (var index = 0; index < report.Journeys.Count; index++)
        {
            var run = report.Journeys[index];
            var journey = (long)index;
            rows.Add(DatasetSchema.Journeys, runId, journey, run.Journey, run.Variation?.Consent, (long)(run.Variation?.Repeat ?? 1),
                HostOf(run.StartUrl), run.StartUrl, Name(run.Status), run.Error, Time(run.StartedAt), Time(run.EndedAt),
                JsonSerializer.Serialize(run.Sensitive, JsonDefaults.Compact), run.SourcePath);

            foreach (var step in run.Steps)
            {
                rows.Add(DatasetSchema.Steps, runId, journey, (long)step.Index, step.Name, step.Kind, step.Action, Name(step.Status),
                    step.PageUrl, step.PageTitle, Time(step.StartedAt), Time(step.EndedAt), step.Error);
            }

            var thirdParties = run.ThirdParties.GroupBy(party => party.Host, StringComparer.OrdinalIgnoreCase).ToDictionary(group => group.Key, group => group.First(), StringComparer.OrdinalIgnoreCase);
            var trackers = new Dictionary<long, string>();
            foreach (var decoded in run.TrackerRequests)
            {
                trackers.TryAdd(decoded.RequestId, decoded.TrackerId);
            }

            var steps = new Dictionary<long, int>();
            foreach (var request in run.Requests)
            {
                steps.TryAdd(request.Id, request.StepIndex);
                var host = HostOf(request.Url);
                var party = host is null ? null : thirdParties.GetValueOrDefault(host);
                rows.Add(DatasetSchema.Requests, runId, journey, request.Id, (long)request.StepIndex, Time(request.Time), request.Method, request.Url,
                    host, party is null ? 0L : 1L, party?.Site, party?.Company, trackers.GetValueOrDefault(request.Id), request.ResourceType,
                    request.PageUrl, request.FrameUrl, (long?)request.Status, request.Failure, Name(request.Disposition), request.BodySize);
            }

            foreach (var decoded in run.TrackerRequests)
            {
                foreach (var trackerEvent in decoded.Events)
                {
                    eventId++;
                    rows.Add(DatasetSchema.Events, runId, journey, eventId, trackerEvent.RequestId,
                        steps.TryGetValue(trackerEvent.RequestId, out var step) ? (long)step : null,
                        trackerEvent.TrackerId, trackerEvent.TrackerName, Name(trackerEvent.Kind), Name(trackerEvent.Meaning), trackerEvent.Name,
                        trackerEvent.AccountId, trackerEvent.PageUrl, trackerEvent.PageTitle, trackerEvent.Referrer, trackerEvent.ClickedText,
                        trackerEvent.Transport, Time(trackerEvent.EventTime));
                    for (var position = 0; position < trackerEvent.Fields.Count; position++)
                    {
                        var field = trackerEvent.Fields[position];
                        rows.Add(DatasetSchema.EventFields, runId, eventId, (long)position, field.Path, field.Value, field.Meaning, Name(field.Sensitivity), field.Cookie);
                    }
                }
            }

            foreach (var finding in run.Findings)
            {
                findingId++;
                rows.Add(DatasetSchema.Findings, runId, journey, findingId, finding.Key, Name(finding.Category), Name(finding.Severity), (long)finding.Severity,
                    finding.Recipient, finding.TrackerId, finding.AccountId, finding.EventName, (long)finding.StepIndex, finding.StepName,
                    finding.PageUrl, finding.PageTitle, finding.Subject, finding.Parameter, finding.ParameterMeaning, finding.Value,
                    finding.Transform, finding.RequestId, finding.Statement, Time(finding.Time));
            }

            foreach (var party in run.ThirdParties)
            {
                rows.Add(DatasetSchema.ThirdParties, runId, journey, party.Host, party.Site, party.Company, party.Service, party.Category,
                    (long)party.Requests, (long)party.DecodedRequests, JsonSerializer.Serialize(party.Trackers, JsonDefaults.Compact));
            }
        }

        return rows;
    }

    private void Add(DatasetTable table, params object?[] cells)
    {
        if (cells.Length != table.Columns.Count)
        {
            throw new InvalidOperationException($"{table.Name}: {cells.Length} cells for {table.Columns.Count} columns");
        }

        _rows[table.Name].Add(cells);
    }

    private static string? HostOf(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0 ? uri.Host : null;

    // The names report.json uses for the same values.
    private static string Name<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private static string Time(DateTimeOffset time) => time.ToString("O", CultureInfo.InvariantCulture);

    private static string? Time(DateTimeOffset? time) => time?.ToString("O", CultureInfo.InvariantCulture);
}
