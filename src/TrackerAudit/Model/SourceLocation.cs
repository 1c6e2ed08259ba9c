namespace TrackerAudit.Model;

/// <summary>A place in a journey file, 1-based.</summary>
public readonly record struct SourceLocation(int Line, int Column)
{
    /// <inheritdoc />
    public override string ToString() => $"{Line}:{Column}";
}
