using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text;

namespace TrackerAudit.Reports.Html;

/// <summary>
/// Builds HTML from an interpolated string: the literal parts are the template, and every hole is
/// HTML-encoded unless it is <see cref="Markup"/>. Captured data cannot reach the page unencoded by accident.
/// </summary>
[InterpolatedStringHandler]
internal ref struct HtmlInterpolation
{
    private readonly StringBuilder _builder;
    private readonly bool _owned;

    public HtmlInterpolation(int literalLength, int formattedCount)
    {
        _builder = new StringBuilder(literalLength + (formattedCount * 16));
        _owned = true;
    }

    public HtmlInterpolation(int literalLength, int formattedCount, HtmlBuilder html)
    {
        _ = literalLength;
        _ = formattedCount;
        _builder = html.Builder;
        _owned = false;
    }

    public readonly void AppendLiteral(string value) => _builder.Append(value);

    public readonly void AppendFormatted(Markup value) => _builder.Append(value.Value);

    public readonly void AppendFormatted(string? value) => _builder.Append(Encode(value));

    public readonly void AppendFormatted<T>(T value) =>
        _builder.Append(Encode(value is IFormattable formattable ? formattable.ToString(null, CultureInfo.InvariantCulture) : value?.ToString()));

    public readonly string ToStringAndClear()
    {
        var text = _builder.ToString();
        if (_owned)
        {
            _builder.Clear();
        }

        return text;
    }

    // WebUtility encodes & < > " and ' (as &#39;): safe in text and in quoted attribute values.
    public static string Encode(string? value) => value is null ? "" : WebUtility.HtmlEncode(value);
}
