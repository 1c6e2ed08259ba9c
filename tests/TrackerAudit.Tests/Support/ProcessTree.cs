using System.Globalization;

namespace TrackerAudit.Tests.Support;

/// <summary>Linux's view of processes, from <c>/proc</c>: who descends from whom, and who is still alive.</summary>
internal static class ProcessTree
{
    /// <summary>The processes descending from <paramref name="root"/> whose command line mentions <paramref name="name"/>.</summary>
    public static List<int> Descendants(int root, string name)
    {
        var parents = new Dictionary<int, int>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && Stat(pid) is { } stat)
            {
                parents[pid] = stat.Parent;
            }
        }

        return parents.Keys.Where(pid => Descends(pid, root, parents) && CommandLine(pid).Contains(name, StringComparison.Ordinal)).ToList();
    }

    /// <summary>Whether the process runs (a zombie, dead but not yet reaped by whoever adopted it, does not).</summary>
    public static bool IsAlive(int pid) => Stat(pid) is { State: not ('Z' or 'X') };

    /// <summary>Completes when none of the processes runs any more; fails after <paramref name="timeout"/>.</summary>
    public static async Task WaitUntilGoneAsync(IReadOnlyList<int> pids, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (pids.Any(IsAlive))
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"still running after {timeout.TotalSeconds} s: {string.Join(", ", pids.Where(IsAlive).Select(pid => pid + " " + CommandLine(pid)[..Math.Min(120, CommandLine(pid).Length)]))}");
            }

            await Task.Delay(100);
        }
    }

    public static string CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }

    private static bool Descends(int pid, int root, Dictionary<int, int> parents)
    {
        for (var depth = 0; depth < 64 && parents.TryGetValue(pid, out var parent); depth++)
        {
            if (parent == root)
            {
                return true;
            }

            pid = parent;
        }

        return false;
    }

    // "/proc/<pid>/stat" is "pid (comm) state ppid ...": comm may hold spaces and parentheses, so read after the last ')'.
    private static (char State, int Parent)? Stat(int pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid}/stat");
            var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
            return (fields[0][0], int.Parse(fields[1], CultureInfo.InvariantCulture));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
