using System.Runtime.InteropServices;

namespace TrackerAudit.Cli;

/// <summary>
/// Turns the first Ctrl-C (or SIGTERM) into a cancellation, so the run stops cleanly and still writes
/// what it captured; a second Ctrl-C ends the process at once.
/// </summary>
internal sealed class Interruption : IDisposable
{
    private readonly CancellationTokenSource _source = new();
    private readonly PosixSignalRegistration _terminate;

    public Interruption()
    {
        Console.CancelKeyPress += OnCancelKeyPress;
        _terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            _source.Cancel();
        });
    }

    public CancellationToken Token => _source.Token;

    public void Dispose()
    {
        Console.CancelKeyPress -= OnCancelKeyPress;
        _terminate.Dispose();
        _source.Dispose();
    }

    private void OnCancelKeyPress(object? sender, ConsoleCancelEventArgs args)
    {
        if (_source.IsCancellationRequested)
        {
            return;
        }

        args.Cancel = true;
        Console.Error.WriteLine("Stopping: writing what was captured so far (Ctrl-C again to quit at once)...");
        _source.Cancel();
    }
}
