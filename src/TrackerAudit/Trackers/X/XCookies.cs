using TrackerAudit.Trackers.Wire;
using static TrackerAudit.Model.FieldSensitivity;

namespace TrackerAudit.Trackers.X;

/// <summary>X's own cookies (on twitter.com and t.co), sent by the browser with each hit.</summary>
internal static class XCookies
{
    public static KnownCookies Reader { get; } = new(new Dictionary<string, KnownField>
    {
        ["muc_ads"] = new("X advertising browser id", Identifier),
        ["personalization_id"] = new("X browser id used to personalise ads", Identifier),
        ["guest_id"] = new("X browser id of a visitor who is not logged in", Identifier),
        ["guest_id_ads"] = new("X advertising browser id of a visitor who is not logged in", Identifier),
        ["guest_id_marketing"] = new("X marketing browser id of a visitor who is not logged in", Identifier),
        ["twid"] = new("X account id of the logged-in person", Identifier),
        ["auth_token"] = new("X login session: ties the hit to an X account", Identifier),
    });
}
