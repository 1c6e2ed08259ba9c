namespace TrackerAudit.Journeys;

// How a string field takes a YAML number: as its text when written plainly (a name "2024"), never, or as the value wanted.
internal enum NumberUse
{
    AsText,
    Refused,
    Wanted,
}
