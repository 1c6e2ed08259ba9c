using System.CommandLine;
using System.Globalization;
using TrackerAudit.Running;
using TrackerAudit.Sharding;
using TrackerAudit.Trackers;

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
        var traffic = new TrafficOptions();
        var shared = new AuditCommandOptions();
        var command = new Command("run", "Audit journeys in Chromium and write a report folder") { paths, baseUrl };
        foreach (var option in traffic.All)
        {
            command.Options.Add(option);
        }

        foreach (var option in shared.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parsed, cancellationToken) =>
        {
            var journeys = await traffic.SelectAsync(parsed, JourneyInput.LoadOrThrow(parsed.GetValue(paths)!), output).ConfigureAwait(false);
            return await AuditExecution.RunAsync(journeys, parsed, shared, output, (options, trackers) =>
                traffic.Configure(parsed, options with { BaseUrl = parsed.GetValue(baseUrl) }, trackers)
            , cancellationToken).ConfigureAwait(false);
        });
        return command;
    }
}
