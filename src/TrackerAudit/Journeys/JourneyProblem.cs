namespace TrackerAudit.Journeys;

/// <summary>One thing wrong with a journey file, with where it is and what was expected.</summary>
/// <param name="File">The journey file as given.</param>
/// <param name="Location">Line and column, 1-based.</param>
/// <param name="Field">The key path, e.g. <c>steps[3].click</c>.</param>
/// <param name="Message">What is wrong and what was expected.</param>
public sealed record JourneyProblem(string File, SourceLocation Location, string Field, string Message)
{
    /// <summary>
    /// The problem on one line, as the CLI prints it. What came from the file (its name, keys, values) may hold
    /// control or bidirectional characters, which are escaped (<c>\u001B</c>) so that no line can be forged.
    /// </summary>
    /// <returns>file:line:column: field: message.</returns>
    public override string ToString() => UnsafeText.Escape($"{File}:{Location.Line}:{Location.Column}: {Field}: {Message}");
}
