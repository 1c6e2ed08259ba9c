using System.Diagnostics;

namespace TrackerAudit.Benchmarks;

/// <summary>Pins the whole process (GC threads included) to its first core until disposed.</summary>
internal sealed class OneCore : IDisposable
{
    private readonly nint? _previous;

    private OneCore(nint? previous) => _previous = previous;

    public static OneCore Pin()
    {
        if (!(OperatingSystem.IsLinux() || OperatingSystem.IsWindows()))
        {
            return new OneCore(null);
        }

        using var process = Process.GetCurrentProcess();
        var previous = process.ProcessorAffinity;
        process.ProcessorAffinity = 1;
        return new OneCore(previous);
    }

    public void Dispose()
    {
        if (_previous is { } previous && (OperatingSystem.IsLinux() || OperatingSystem.IsWindows()))
        {
            using var process = Process.GetCurrentProcess();
            process.ProcessorAffinity = previous;
        }
    }
}
