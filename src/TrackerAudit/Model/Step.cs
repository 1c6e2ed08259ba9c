namespace TrackerAudit.Model;

/// <summary>One thing a person does on the way through a site.</summary>
public abstract record Step
{
    /// <summary>1-based position in the journey.</summary>
    public required int Index { get; init; }

    /// <summary>The step's name, unique within its journey.</summary>
    public required string Name { get; init; }

    /// <summary>Where the step starts in its file.</summary>
    public SourceLocation Location { get; init; }

    /// <summary>How long the step may take; the run's default when null.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>Whether to take a screenshot after the step (and before it, for clicks).</summary>
    public bool? Screenshot { get; init; }

    /// <summary>The YAML key that names the step's kind, e.g. <c>click</c>.</summary>
    public abstract string Kind { get; }
}

/// <summary>Open a URL in the current page.</summary>
public sealed record GotoStep : Step
{
    /// <summary>Absolute URL, or a path relative to the base URL.</summary>
    public required string Url { get; init; }

    /// <inheritdoc />
    public override string Kind => "goto";
}

/// <summary>Click an element.</summary>
public sealed record ClickStep : Step
{
    /// <summary>Playwright selector (css, <c>text=</c>, <c>role=button[name="..."]</c>).</summary>
    public required string Selector { get; init; }

    /// <inheritdoc />
    public override string Kind => "click";
}

/// <summary>Type a value into a field.</summary>
public sealed record FillStep : Step
{
    /// <summary>Playwright selector of the field.</summary>
    public required string Selector { get; init; }

    /// <summary>The text typed; may hold <c>${inputs.NAME}</c> or <c>${canary.*}</c>.</summary>
    public required string Value { get; init; }

    /// <inheritdoc />
    public override string Kind => "fill";
}

/// <summary>Choose options in a <c>select</c> element.</summary>
public sealed record SelectStep : Step
{
    /// <summary>Playwright selector of the select element.</summary>
    public required string Selector { get; init; }

    /// <summary>Option values or labels to select.</summary>
    public required IReadOnlyList<string> Values { get; init; }

    /// <inheritdoc />
    public override string Kind => "select";
}

/// <summary>Tick (or untick) a checkbox or radio button.</summary>
public sealed record CheckStep : Step
{
    /// <summary>Playwright selector of the checkbox or radio button.</summary>
    public required string Selector { get; init; }

    /// <summary>True to tick, false to untick.</summary>
    public bool Checked { get; init; } = true;

    /// <inheritdoc />
    public override string Kind => "check";
}

/// <summary>Press a key, on an element or on the page.</summary>
public sealed record PressStep : Step
{
    /// <summary>Key in Playwright's syntax, e.g. <c>Enter</c>, <c>Control+A</c>.</summary>
    public required string Key { get; init; }

    /// <summary>Element to focus first; the page when null.</summary>
    public string? Selector { get; init; }

    /// <inheritdoc />
    public override string Kind => "press";
}

/// <summary>Wait for a selector, a URL or a time.</summary>
public sealed record WaitStep : Step
{
    /// <summary>Wait until an element matching this selector is visible.</summary>
    public string? Selector { get; init; }

    /// <summary>Wait until the page URL matches this glob.</summary>
    public string? Url { get; init; }

    /// <summary>Wait this long.</summary>
    public TimeSpan? Duration { get; init; }

    /// <inheritdoc />
    public override string Kind => "wait";
}

/// <summary>Take a screenshot of the page.</summary>
public sealed record ScreenshotStep : Step
{
    /// <summary>Whether to capture the whole scrollable page.</summary>
    public bool FullPage { get; init; } = true;

    /// <inheritdoc />
    public override string Kind => "screenshot";
}

/// <summary>Scroll through the page to its end, as a reader would, and note what the page is (error page, empty, bot wall).</summary>
public sealed record ScrollStep : Step
{
    /// <inheritdoc />
    public override string Kind => "scroll";
}

/// <summary>Type a canary value into every visible input of the page, chosen by the input's kind; never submit.</summary>
public sealed record TypeCanariesStep : Step
{
    /// <inheritdoc />
    public override string Kind => "type-canaries";
}

/// <summary>Visit further pages of the same site, chosen from the page's links by a seeded choice that prefers sensitive words.</summary>
public sealed record FollowLinksStep : Step
{
    /// <summary>At most this many pages are visited.</summary>
    public required int Pages { get; init; }

    /// <summary>The seed of the choice: the same seed and the same links give the same pages.</summary>
    public required int Seed { get; init; }

    /// <inheritdoc />
    public override string Kind => "follow-links";
}
