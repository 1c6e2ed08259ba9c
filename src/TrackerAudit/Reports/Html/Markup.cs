namespace TrackerAudit.Reports.Html;

/// <summary>
/// HTML that is already safe to emit: <see cref="Format"/> encodes every interpolated value that is
/// not itself <see cref="Markup"/>; <see cref="Constant"/> is for the report's own CSS and script.
/// </summary>
internal readonly record struct Markup
{
    private Markup(string value) => Value = value;

    public string Value { get; }

    public static Markup Empty { get; } = new("");

    public static Markup Format(ref HtmlInterpolation html) => new(html.ToStringAndClear());

    /// <summary>The report's own stylesheet and script, which must reach the page verbatim; never captured data.</summary>
    public static Markup Constant(string source) => new(source);

    public static Markup Concat(IEnumerable<Markup> parts) => new(string.Concat(parts.Select(part => part.Value)));

    public override string ToString() => Value;
}
