using System.Runtime.CompilerServices;
using System.Text;

namespace TrackerAudit.Reports.Html;

/// <summary>Accumulates the report's HTML; every interpolated value is encoded (see <see cref="HtmlInterpolation"/>).</summary>
internal sealed class HtmlBuilder
{
    public StringBuilder Builder { get; } = new();

    public HtmlBuilder Add([InterpolatedStringHandlerArgument("")] ref HtmlInterpolation html)
    {
        _ = html;
        return this;
    }

    public HtmlBuilder Add(Markup markup)
    {
        Builder.Append(markup.Value);
        return this;
    }

    public override string ToString() => Builder.ToString();
}
