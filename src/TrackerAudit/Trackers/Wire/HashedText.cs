using System.Buffers;

namespace TrackerAudit.Trackers.Wire;

/// <summary>Tells a hashed value from a readable one, for the user-data fields trackers expect hashed.</summary>
internal static class HashedText
{
    /// <summary>Appended to a field's meaning when a value that should be hashed is not.</summary>
    public const string NotHashed = " - NOT a SHA-256 hash: may be readable as sent";

    private static readonly SearchValues<char> Hex = SearchValues.Create("0123456789abcdefABCDEF");

    public static bool IsSha256(string value) => value.Length == 64 && !value.AsSpan().ContainsAnyExcept(Hex);
}
