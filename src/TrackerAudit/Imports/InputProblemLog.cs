using TrackerAudit.Running;

namespace TrackerAudit.Imports;

/// <summary>
/// Collects the entries of one input that could not be read. Lenient (the default), each is noted and reading
/// goes on; strict (<c>--strict</c>), the first one stops the input, as a <see cref="HarFormatException"/>.
/// Holds at most <see cref="JourneyRun.InputProblemLimit"/> problems, and counts the rest.
/// </summary>
internal sealed class InputProblemLog
{
    private readonly List<InputProblem> _listed = [];

    public InputProblemLog(bool strict) => Strict = strict;

    /// <summary>Notes nothing: for a first pass over a file, whose problems the real pass will list.</summary>
    public static InputProblemLog Ignored => new(strict: false) { _ignored = true };

    public bool Strict { get; }

    public IReadOnlyList<InputProblem> Listed => _listed;

    /// <summary>Every problem, listed or not.</summary>
    public long Count { get; private set; }

    private bool _ignored;

    /// <summary>Notes the problem; in strict mode, throws it instead.</summary>
    public void Add(HarFormatException problem, long? entry)
    {
        if (Strict)
        {
            throw problem;
        }

        Add(new InputProblem
        {
            File = problem.File,
            Entry = entry,
            Line = problem.Position.Line > 0 ? problem.Position.Line : null,
            Column = problem.Position.Column > 0 ? problem.Position.Column : null,
            Field = problem.Field,
            Reason = problem.Reason,
        });
    }

    /// <summary>Notes a problem found without a position in a file (a URL argument, a line of standard input).</summary>
    public void Add(InputProblem problem)
    {
        if (_ignored)
        {
            return;
        }

        Count++;
        if (_listed.Count < JourneyRun.InputProblemLimit)
        {
            _listed.Add(problem);
        }
    }
}
