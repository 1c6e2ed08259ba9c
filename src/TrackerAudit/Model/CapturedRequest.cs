using System.Text;

namespace TrackerAudit.Model;

/// <summary>
/// One request the browser made during a journey, with the step that caused it.
/// </summary>
public sealed record CapturedRequest
{
    /// <summary>Sequence number within the run, from 1, in the order the browser made the requests.</summary>
    public required long Id { get; init; }

    /// <summary>When the browser made the request (UTC, millisecond precision).</summary>
    public required DateTimeOffset Time { get; init; }

    /// <summary>The journey run this request belongs to.</summary>
    public required string Journey { get; init; }

    /// <summary>1-based index of the step running when the request was made; 0 for the start page.</summary>
    public required int StepIndex { get; init; }

    /// <summary>Name of the step running when the request was made.</summary>
    public required string StepName { get; init; }

    /// <summary>URL of the page (top-level document) that made the request.</summary>
    public string? PageUrl { get; init; }

    /// <summary>URL of the frame that made the request.</summary>
    public string? FrameUrl { get; init; }

    /// <summary>Playwright's resource type: document, script, image, xhr, fetch, ping, other...</summary>
    public required string ResourceType { get; init; }

    /// <summary>HTTP method.</summary>
    public required string Method { get; init; }

    /// <summary>Full URL.</summary>
    public required string Url { get; init; }

    /// <summary>Request headers as sent, Cookie included where the browser reported it.</summary>
    public IReadOnlyList<HttpHeader> Headers { get; init; } = [];

    /// <summary>Body as text when it is valid UTF-8.</summary>
    public string? BodyText { get; init; }

    /// <summary>Body as base64 when it is not valid UTF-8.</summary>
    public string? BodyBase64 { get; init; }

    /// <summary>Body size in bytes.</summary>
    public long BodySize { get; init; }

    /// <summary>
    /// Where the body is, relative to the run folder (<c>bodies/17.bin</c>), when it was larger than the
    /// in-memory limit: then <see cref="BodyText"/> and <see cref="BodyBase64"/> are null, and readers load
    /// it through <see cref="RequestBodies"/>.
    /// </summary>
    public string? BodyFile { get; init; }

    /// <summary>The SHA-256 (lower-case hex) of the file <see cref="BodyFile"/>.</summary>
    public string? BodySha256 { get; init; }

    /// <summary>Whether the request was sent, blocked or answered locally.</summary>
    public RequestDisposition Disposition { get; init; } = RequestDisposition.Sent;

    /// <summary>Whether this request navigated a frame.</summary>
    public bool IsNavigation { get; init; }

    /// <summary>Which witness saw the request.</summary>
    public CaptureSource Source { get; init; } = CaptureSource.Playwright;

    /// <summary>Response status, when a response arrived.</summary>
    public int? Status { get; init; }

    /// <summary>Why the request failed, when it did.</summary>
    public string? Failure { get; init; }

    /// <summary>The first header with this name (case-insensitive), or null.</summary>
    public string? Header(string name)
    {
        foreach (var header in Headers)
        {
            if (string.Equals(header.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return header.Value;
            }
        }

        return null;
    }

    /// <summary>The body's bytes, empty when there is none or it is in <see cref="BodyFile"/>.</summary>
    public byte[] BodyBytes() =>
        BodyText is not null ? Encoding.UTF8.GetBytes(BodyText)
        : BodyBase64 is not null ? Convert.FromBase64String(BodyBase64)
        : [];
}
