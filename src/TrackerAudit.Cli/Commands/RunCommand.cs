using System.CommandLine;

namespace TrackerAudit.Cli.Commands;

/// <summary><c>trackeraudit run</c>: audit journeys.</summary>
internal static class RunCommand
{
    public static Command Create(TextWriter output)
    {
        var paths = new Argument<string[]>("journeys")
        {
            Description = "Journey files, or folders searched for *.yaml and *.yml",
            Arity = ArgumentArity.OneOrMore,
        };
        var baseUrl = new Option<Uri?>("--base-url")
        {
            Description = "Base URL for journeys whose start and goto URLs are paths (overrides a journey's baseUrl)",
            CustomParser = result =>
            {
                var text = result.Tokens.Single().Value;
                if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
                {
                    return uri;
                }

                result.AddError($"--base-url: '{text}' is not an absolute http(s) URL");
                return null;
            },
        };
        var shared = new AuditCommandOptions();
        var command = new Command("run", "Audit journeys in Chromium and write a report folder") { paths, baseUrl };
        foreach (var option in shared.All)
        {
            command.Options.Add(option);
        }

        command.SetAction((parsed, cancellationToken) =>
        {
            var journeys = JourneyInput.LoadOrThrow(parsed.GetValue(paths)!);
            return AuditExecution.RunAsync(journeys, parsed, shared, output, options => options with { BaseUrl = parsed.GetValue(baseUrl) }, cancellationToken);
        });
        return command;
    }
}
