using TrackerAudit.Trackers.Meta;

namespace TrackerAudit.Trackers;

/// <summary>
/// Every tracker TrackerAudit knows: adding one is its folder, its test folder and one line here.
/// </summary>
/// <remarks>
/// A run decodes with the <see cref="TrackerCatalogue"/> it is given (built once at start-up with
/// <see cref="Catalogue"/>, or a test's own). What is read from here directly is vocabulary, which does
/// not change during a run: the tracker ids a journey may name, a tracker's name for people, and the
/// normalisations the typed-value search tries.
/// </remarks>
internal static class TrackerRegistry
{
    /// <summary>Every decoder, in order of registration (which decides who reads a request two could claim).</summary>
    public static IReadOnlyList<ITrackerDecoder> Decoders { get; } =
    [
        new MetaPixelDecoder(),
    ];

    private static readonly Dictionary<string, Tracker> ById = Decoders.ToDictionary(decoder => decoder.Tracker.Id, decoder => decoder.Tracker, StringComparer.Ordinal);

    /// <summary>The id of every registered tracker, in order of registration.</summary>
    public static IReadOnlyList<string> Ids { get; } = [.. Decoders.Select(decoder => decoder.Tracker.Id)];

    /// <summary>A catalogue of every registered decoder, for a run.</summary>
    public static TrackerCatalogue Catalogue() => new(Decoders);

    /// <summary>The tracker's name for people; the id itself when no tracker has it.</summary>
    public static string NameOf(string trackerId) => ById.TryGetValue(trackerId, out var tracker) ? tracker.Name : trackerId;
}
