using System.Text.Json.Serialization;

namespace TrackerAudit.Capture;

/// <summary>One line of the NDJSON capture file. Lines are written as things happen, so a crash loses nothing already seen.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(RequestLine), "request")]
[JsonDerivedType(typeof(OutcomeLine), "outcome")]
[JsonDerivedType(typeof(StepLine), "step")]
[JsonDerivedType(typeof(JourneyLine), "journey")]
public abstract record CaptureLine;

/// <summary>The browser made a request.</summary>
public sealed record RequestLine(CapturedRequest Request) : CaptureLine;

/// <summary>A request ended: its response status, or why it failed, and whether it left the machine.</summary>
public sealed record OutcomeLine(string Journey, long Id, DateTimeOffset Time, int? Status, string? Failure, RequestDisposition Disposition) : CaptureLine;

/// <summary>A step started or ended.</summary>
public sealed record StepLine(string Journey, int Index, string Name, string Event, DateTimeOffset Time, string? Error) : CaptureLine;

/// <summary>
/// A journey run started: where, and the values it will type (canaries resolved), so that a capture log whose run
/// was killed before its report can still be searched for them (<c>trackeraudit recover</c>).
/// </summary>
public sealed record JourneyLine(string Journey, DateTimeOffset Time, string StartUrl, IReadOnlyDictionary<string, string> TypedValues) : CaptureLine;
