using System.Runtime.CompilerServices;
using System.Text;

namespace TrackerAudit.Reports.Html;

/// <summary>
/// Accumulates the report's HTML; every interpolated value is encoded (see <see cref="HtmlInterpolation"/>).
/// Given a writer, it passes its text on whenever a chunk is full, so a long report is never held whole.
/// </summary>
internal sealed class HtmlBuilder
{
    private const int ChunkChars = 256 * 1024;

    private readonly TextWriter? _output;

    public HtmlBuilder(TextWriter? output = null) => _output = output;

    public StringBuilder Builder { get; } = new();

    public HtmlBuilder Add([InterpolatedStringHandlerArgument("")] ref HtmlInterpolation html)
    {
        _ = html;
        return PassOn();
    }

    public HtmlBuilder Add(Markup markup)
    {
        Builder.Append(markup.Value);
        return PassOn();
    }

    /// <summary>Writes what is held to the writer, if there is one.</summary>
    public void Flush()
    {
        if (_output is not null)
        {
            _output.Write(Builder);
            Builder.Clear();
        }
    }

    public override string ToString() => Builder.ToString();

    private HtmlBuilder PassOn()
    {
        if (_output is not null && Builder.Length >= ChunkChars)
        {
            Flush();
        }

        return this;
    }
}
