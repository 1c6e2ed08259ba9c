namespace TrackerAudit.Tests.Support;

/// <summary>Finds the repository's folders from the test output folder.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Journeys => Path.Combine(Root, "journeys");

    /// <summary>The shared material beside the checkout (<c>../shared</c>), or null where it is absent.</summary>
    public static string? Shared =>
        Directory.Exists(Path.Combine(Root, "..", "shared")) ? Path.GetFullPath(Path.Combine(Root, "..", "shared")) : null;

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "TrackerAudit.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("TrackerAudit.sln not found above " + TestContext.CurrentContext.TestDirectory);
    }
}
