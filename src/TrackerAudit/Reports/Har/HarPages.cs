using System.Globalization;
using System.Text.Json;

namespace TrackerAudit.Reports.Har;

/// <summary>The HAR pages of a run: one per journey step that ended on a page, with ids like <c>j1-s3</c>.</summary>
internal sealed class HarPages
{
    private readonly Dictionary<(int Journey, int Step), string> _ids;

    private HarPages(IReadOnlyList<HarPage> all, Dictionary<(int Journey, int Step), string> ids)
    {
        All = all;
        _ids = ids;
    }

    public IReadOnlyList<HarPage> All { get; }

    public static HarPages Of(RunReport report)
    {
        var all = new List<HarPage>();
        var ids = new Dictionary<(int Journey, int Step), string>();
        for (var journeyIndex = 0; journeyIndex < report.Journeys.Count; journeyIndex++)
        {
            var run = report.Journeys[journeyIndex];
            foreach (var step in run.Steps)
            {
                if (step.PageUrl is null || ids.ContainsKey((journeyIndex, step.Index)))
                {
                    continue;
                }

                var id = string.Create(CultureInfo.InvariantCulture, $"j{journeyIndex + 1}-s{step.Index}");
                ids[(journeyIndex, step.Index)] = id;
                all.Add(new HarPage(id, $"{run.Journey} – {step.Name}", step.StartedAt ?? run.StartedAt, run.Journey, step.Index, step.PageUrl, step.PageTitle));
            }
        }

        return new HarPages(all, ids);
    }

    /// <summary>The page of a journey's step, or null when that step ended on no page.</summary>
    public string? IdFor(int journeyIndex, int stepIndex) => _ids.GetValueOrDefault((journeyIndex, stepIndex));

    public static void Write(Utf8JsonWriter writer, HarPage page)
    {
        writer.WriteStartObject();
        writer.WriteString("startedDateTime", HarWriter.Timestamp(page.StartedAt));
        writer.WriteString("id", page.Id);
        writer.WriteString("title", page.Title);
        writer.WriteStartObject("pageTimings");
        // Load events were not recorded; -1 is HAR's "not available".
        writer.WriteNumber("onContentLoad", -1);
        writer.WriteNumber("onLoad", -1);
        writer.WriteEndObject();
        writer.WriteString("_journey", page.Journey);
        writer.WriteNumber("_stepIndex", page.StepIndex);
        writer.WriteString("_pageUrl", page.PageUrl);
        if (page.PageTitle is not null)
        {
            writer.WriteString("_pageTitle", page.PageTitle);
        }

        writer.WriteEndObject();
    }
}
