using TrackerAudit.Capture;

namespace TrackerAudit.Tests.Support;

/// <summary>One line of the shared corpus, with its file and number for assertion messages.</summary>
internal sealed record CorpusLine(string File, int Number, string Text)
{
    public CapturedRequest Request() => Requests.FromCorpusLine(Text);

    public string Url => Request().Url;

    public override string ToString() => $"{File} line {Number} ({(Url.Length > 100 ? Url[..100] + "…" : Url)})";
}
