using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace TrackerAudit.Benchmarks;

/// <summary>The machine a benchmark ran on, as a reader needs it to weigh the numbers.</summary>
internal sealed record MachineInfo(string Cpu, int Cores, string Os, string DotNet, string Chromium, string LoadAverageAtStart, string Memory)
{
    public static MachineInfo Current(string? browserPath) => new(
        CpuModel(),
        Environment.ProcessorCount,
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        ChromiumVersion(browserPath),
        LoadAverage(),
        ReadMemoryGiB());

    /// <summary>The 1, 5 and 15 minute load averages, e.g. "0.52 1.10 0.95"; "n/a" where the OS does not say.</summary>
    public static string LoadAverage()
    {
        try
        {
            var parts = File.ReadAllText("/proc/loadavg").Split(' ');
            return string.Join(' ', parts.Take(3));
        }
        catch (IOException)
        {
            return "n/a";
        }
        catch (UnauthorizedAccessException)
        {
            return "n/a";
        }
    }

    private static string CpuModel()
    {
        try
        {
            var line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            return line is null ? RuntimeInformation.ProcessArchitecture.ToString() : line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
        }
        catch (IOException)
        {
            return RuntimeInformation.ProcessArchitecture.ToString();
        }
    }

    private static string ReadMemoryGiB()
    {
        var bytes = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        return (bytes / (1024.0 * 1024 * 1024)).ToString("F0", CultureInfo.InvariantCulture);
    }

    private static string ChromiumVersion(string? browserPath)
    {
        if (browserPath is null)
        {
            return "none found";
        }

        try
        {
            using var process = Process.Start(new ProcessStartInfo(browserPath, "--version")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            })!;
            var text = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit(10_000);
            return text.Length > 0 ? text : browserPath;
        }
        catch (Exception exception) when (exception is System.ComponentModel.Win32Exception or IOException or InvalidOperationException)
        {
            return browserPath;
        }
    }
}
