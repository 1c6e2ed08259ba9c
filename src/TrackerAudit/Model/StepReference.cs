using System.Globalization;

namespace TrackerAudit.Model;

/// <summary>
/// A step an expectation is about: by number (0 is the start page, 1 the first step) or, in a journey, by name.
/// Exactly one of <see cref="Index"/> and <see cref="Name"/> is set.
/// </summary>
public sealed record StepReference
{
    private StepReference(int? index, string? name)
    {
        Index = index;
        Name = name;
    }

    /// <summary>The step's number, when referred to by number.</summary>
    public int? Index { get; }

    /// <summary>The step's name, when referred to by name; matched ignoring case.</summary>
    public string? Name { get; }

    /// <summary>Refers to the step with this number.</summary>
    public static StepReference At(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return new StepReference(index, null);
    }

    /// <summary>Refers to the step with this name.</summary>
    public static StepReference Named(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new StepReference(null, name);
    }

    /// <inheritdoc />
    public override string ToString() =>
        Name is null ? string.Create(CultureInfo.InvariantCulture, $"step {Index}") : $"step '{Name}'";
}
