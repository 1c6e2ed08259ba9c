namespace TrackerAudit.Journeys;

/// <summary>One thing wrong with a journey file, with where it is and what was expected.</summary>
/// <param name="File">The journey file as given.</param>
/// <param name="Location">Line and column, 1-based.</param>
/// <param name="Field">The key path, e.g. <c>steps[3].click</c>.</param>
/// <param name="Message">What is wrong and what was expected.</param>
public sealed record JourneyProblem(string File, SourceLocation Location, string Field, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}:{Location.Line}:{Location.Column}: {Field}: {Message}";
}
