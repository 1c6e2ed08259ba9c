using System.Globalization;

namespace TrackerAudit.Imports;

/// <summary>A place in an input file: the byte offset from 0, and the 1-based line and column (in bytes).</summary>
internal readonly record struct HarPosition(long Offset, long Line, long Column)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"byte {Offset} (line {Line}, column {Column})");
}
