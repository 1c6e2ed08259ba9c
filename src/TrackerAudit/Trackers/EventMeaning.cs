namespace TrackerAudit.Trackers;

/// <summary>
/// What a tracker event stands for, whatever the tracker calls it (<c>PageView</c>, <c>page_view</c>,
/// <c>Pageview</c>, <c>pv</c>...): the findings, reports and expectations speak these, never a tracker's names.
/// </summary>
public enum EventMeaning
{
    /// <summary>A site-defined event or one without a common meaning (scroll depth, timing, engagement).</summary>
    Custom,

    /// <summary>The visitor viewed a page.</summary>
    PageView,

    /// <summary>The visitor clicked something; <see cref="TrackerEvent.ClickedText"/> holds its text when the tracker was told it.</summary>
    Click,

    /// <summary>The visitor started, changed or submitted a form, or the tracker read one.</summary>
    Form,

    /// <summary>A conversion or outcome the site reports to the tracker (lead, sign-up, purchase, contact).</summary>
    Conversion,

    /// <summary>The tracker was told who the visitor is (a login, an e-mail address, a user id).</summary>
    Identify,
}
