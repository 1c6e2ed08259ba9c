using Serilog;

namespace TrackerAudit.Browsing;

/// <summary>
/// What a step may need from the journey around it: its URLs, its sensitive words, the clock, settling the network, the
/// log, and where to note a value typed under a label (type-canaries).
/// </summary>
internal sealed record StepSurroundings(Func<string, string> ResolveUrl, IReadOnlyList<string> Sensitive, TimeProvider Time, Func<Task> SettleAsync, ILogger Logger, Action<string, string> Typed);
