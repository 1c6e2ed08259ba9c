// Deliberate mistakes for LayerRulesTests to catch: two namespaces that depend on each other, and Playwright
// used outside the browsing layer. They live only in the test assembly and are never called.
#pragma warning disable CA1812, IDE0161, IDE0051

namespace TrackerAudit.Tests.Layout.Fixtures.Cycle.Reports
{
    internal sealed class Writer
    {
        public Running.Runner? Runner { get; init; }
    }
}

namespace TrackerAudit.Tests.Layout.Fixtures.Cycle.Running
{
    internal sealed class Runner
    {
        public Reports.Writer? Writer { get; init; }
    }
}

namespace TrackerAudit.Tests.Layout.Fixtures.Stray.Reports
{
    internal sealed class ScreenshotTaker
    {
        public Microsoft.Playwright.IPage? Page { get; init; }
    }
}

namespace TrackerAudit.Tests.Layout.Fixtures.Stray.Browsing
{
    internal sealed class PageDriver
    {
        public Microsoft.Playwright.IPage? Page { get; init; }
    }
}
