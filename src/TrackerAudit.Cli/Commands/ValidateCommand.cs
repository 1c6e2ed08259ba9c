using System.CommandLine;
using System.Globalization;
using TrackerAudit.Errors;
using TrackerAudit.Journeys;

namespace TrackerAudit.Cli.Commands;

/// <summary><c>trackeraudit validate</c>: check journeys without starting a browser.</summary>
internal static class ValidateCommand
{
    public static Command Create(TextWriter output)
    {
        var paths = new Argument<string[]>("journeys")
        {
            Description = "Journey files, or folders searched for *.yaml and *.yml",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("validate", "Check journey files without starting a browser") { paths };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var given = parsed.GetValue(paths)!;
            var result = JourneyLoader.Load(given, cancellationToken);
            if (!result.IsValid)
            {
                throw TrackerAuditException.JourneyInvalid(result.Problems);
            }

            if (result.Journeys.Count == 0)
            {
                throw TrackerAuditException.NoJourneys(given);
            }

            foreach (var journey in result.Journeys)
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"ok  {UnsafeText.Escape(journey.SourcePath)}: '{journey.Name}', {journey.Steps.Count} steps{ConsentNote(journey)}")).ConfigureAwait(false);
            }

            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{result.Journeys.Count} journey(s) valid.")).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static string ConsentNote(Journey journey) =>
        journey.Consent.Count == 0
            ? ""
            : string.Create(CultureInfo.InvariantCulture, $", run once per consent variant ({string.Join(", ", journey.Consent.Select(variant => variant.Name))})");
}
