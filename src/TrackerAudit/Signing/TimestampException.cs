namespace TrackerAudit.Signing;

/// <summary>A timestamp could not be had: the authority was unreachable, refused, or answered something that does not hold.</summary>
internal sealed class TimestampException : Exception
{
    public TimestampException()
    {
    }

    public TimestampException(string message)
        : base(message)
    {
    }

    public TimestampException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
