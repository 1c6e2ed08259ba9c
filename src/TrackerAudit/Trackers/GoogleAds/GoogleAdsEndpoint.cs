namespace TrackerAudit.Trackers.GoogleAds;

/// <summary>Which Google Ads URL a request went to (tracker-protocols-more.md §1.3, the family table).</summary>
internal enum GoogleAdsEndpoint
{
    None,

    /// <summary><c>googleads.g.doubleclick.net/pagead/viewthroughconversion/&lt;id&gt;/</c> without a conversion label: a remarketing hit.</summary>
    Remarketing,

    /// <summary>The same with a conversion <c>label</c>: the conversion's redirect chain, a copy.</summary>
    ConversionChain,

    /// <summary><c>www.google.&lt;tld&gt;/pagead/1p-user-list/&lt;id&gt;/</c>: the first-party copy of a remarketing hit.</summary>
    FirstPartyUserList,

    /// <summary><c>www.googleadservices.com/pagead/conversion/&lt;id&gt;/</c>: a conversion.</summary>
    Conversion,

    /// <summary><c>www.google.&lt;tld&gt;/pagead/1p-conversion/&lt;id&gt;/</c>: the first-party copy of a conversion.</summary>
    FirstPartyConversion,

    /// <summary><c>td.doubleclick.net/td/rul/&lt;id&gt;</c>: the Protected Audience interest-group join, the same parameters again.</summary>
    ProtectedAudience,

    /// <summary><c>www.google.&lt;tld&gt;/ccm/collect</c>: page URL and title sent to google.com.</summary>
    Measurement,

    /// <summary><c>www.google.&lt;tld&gt;/ccm/conversion</c>: a conversion.</summary>
    MeasurementConversion,

    /// <summary><c>…/pagead/form-data/&lt;id&gt;</c> or <c>…/ccm/form-data</c>: user-provided data for enhanced conversions.</summary>
    UserData,

    /// <summary>The conversion library or a Google tag for an <c>AW-</c> id.</summary>
    Library,
}
