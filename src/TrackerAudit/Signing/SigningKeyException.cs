namespace TrackerAudit.Signing;

/// <summary>A key that cannot be made, read or used; the message says which file and why.</summary>
internal sealed class SigningKeyException : Exception
{
    public SigningKeyException()
    {
    }

    public SigningKeyException(string message)
        : base(message)
    {
    }

    public SigningKeyException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
