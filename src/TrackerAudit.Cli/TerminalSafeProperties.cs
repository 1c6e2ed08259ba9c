using Serilog.Core;
using Serilog.Events;
using TrackerAudit.Reports;

namespace TrackerAudit.Cli;

/// <summary>
/// Escapes control characters in the string properties of a log event before it reaches the terminal, so that a
/// page title or typed value holding ANSI or OSC codes is shown, not obeyed. The JSON log in the run folder keeps
/// the raw values: it receives its own copy of the event.
/// </summary>
internal sealed class TerminalSafeProperties : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        foreach (var (name, value) in logEvent.Properties.ToList())
        {
            if (value is ScalarValue { Value: string text } && TerminalText.Escape(text) is var escaped && !ReferenceEquals(escaped, text))
            {
                logEvent.AddOrUpdateProperty(new LogEventProperty(name, new ScalarValue(escaped)));
            }
        }
    }
}
