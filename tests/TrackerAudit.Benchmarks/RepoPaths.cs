namespace TrackerAudit.Benchmarks;

/// <summary>Where the repository and the shared corpus are, found from the running executable.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The journalists' corpus: <c>../shared/corpus</c> beside the checkout (as CI lays it out).</summary>
    public static string DefaultCorpus => Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus", "edtech-tracker-requests.jsonl"));

    public static string BenchmarksDoc => Path.Combine(Root, "docs", "benchmarks.md");

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "TrackerAudit.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? Directory.GetCurrentDirectory();
    }
}
