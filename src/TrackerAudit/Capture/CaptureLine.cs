using System.Text.Json.Serialization;

namespace TrackerAudit.Capture;

/// <summary>One line of the NDJSON capture file. Lines are written as things happen, so a crash loses nothing already seen.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(RequestLine), "request")]
[JsonDerivedType(typeof(OutcomeLine), "outcome")]
[JsonDerivedType(typeof(StepLine), "step")]
public abstract record CaptureLine;

/// <summary>The browser made a request.</summary>
public sealed record RequestLine(CapturedRequest Request) : CaptureLine;

/// <summary>A request ended: its response status, or why it failed, and whether it left the machine.</summary>
public sealed record OutcomeLine(string Journey, long Id, DateTimeOffset Time, int? Status, string? Failure, RequestDisposition Disposition) : CaptureLine;

/// <summary>A step started or ended.</summary>
public sealed record StepLine(string Journey, int Index, string Name, string Event, DateTimeOffset Time, string? Error) : CaptureLine;
