using System.Globalization;
using TrackerAudit.Expectations;
using TrackerAudit.Journeys;

namespace TrackerAudit.Running;

/// <summary>
/// Turns the journeys of a run into the runs to make: each journey once per consent variant, each of those
/// <c>repeats</c> times, every one under its own name so that reports, screenshots and JUnit keep them apart.
/// </summary>
internal static class RunPlan
{
    public static IReadOnlyList<Journey> Expand(IReadOnlyList<Journey> journeys, int repeats)
    {
        var runs = new List<Journey>();
        foreach (var journey in journeys)
        {
            IReadOnlyList<ConsentVariant?> variants = journey.Consent.Count == 0 ? [null] : [.. journey.Consent];
            foreach (var variant in variants)
            {
                for (var repeat = 1; repeat <= repeats; repeat++)
                {
                    runs.Add(variant is null && repeats == 1 ? journey : Vary(journey, variant, repeat, repeats));
                }
            }
        }

        return runs;
    }

    /// <summary>Moves step numbers of expectations past the consent steps, which run before the journey's own.</summary>
    public static IReadOnlyList<Expectation> ShiftSteps(IReadOnlyList<Expectation> expectations, RunVariation? variation)
    {
        var shift = variation?.ConsentSteps ?? 0;
        if (shift == 0)
        {
            return expectations;
        }

        StepReference? Shift(StepReference? reference) =>
            reference is { Index: > 0 and var index } ? StepReference.At(index + shift) : reference;

        return expectations.Select(expectation => expectation switch
        {
            NoRequestsExpectation noRequests => noRequests with { FromStep = Shift(noRequests.FromStep) },
            TrackerEventExpectation trackerEvent => trackerEvent with { Step = Shift(trackerEvent.Step) },
            _ => expectation,
        }).ToList();
    }

    private static Journey Vary(Journey journey, ConsentVariant? variant, int repeat, int repeats)
    {
        var consentSteps = variant?.Steps ?? [];
        var variation = new RunVariation
        {
            Journey = journey.Name,
            Consent = variant?.Name,
            Answer = variant?.Answer,
            ConsentSteps = consentSteps.Count,
            Repeat = repeat,
            Repeats = repeats,
        };
        var steps = consentSteps.Select(step => step with { Name = $"{variant!.Name}: {step.Name}" })
            .Concat(journey.Steps.Select(step => step with { Index = step.Index + consentSteps.Count }))
            .ToList();
        return journey with
        {
            Name = NameOf(variation),
            Consent = [],
            Variation = variation,
            Steps = steps,
            Expectations = ShiftSteps(journey.Expectations, variation),
        };
    }

    private static string NameOf(RunVariation variation) =>
        variation.Repeats == 1
            ? variation.GroupName
            : string.Create(CultureInfo.InvariantCulture, $"{variation.GroupName} (run {variation.Repeat} of {variation.Repeats})");
}
