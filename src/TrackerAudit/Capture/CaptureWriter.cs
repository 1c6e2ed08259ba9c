using System.Text.Json;
using System.Threading.Channels;
using Serilog;
using TrackerAudit.Serialization;

namespace TrackerAudit.Capture;

/// <summary>
/// Streams capture lines to an NDJSON file on a background task, so the browser's event handlers
/// only enqueue. Each line is flushed when the queue runs dry: what was seen survives a crash.
/// </summary>
internal sealed class CaptureWriter : IAsyncDisposable
{
    private readonly Channel<CaptureLine> _lines = Channel.CreateUnbounded<CaptureLine>(new UnboundedChannelOptions { SingleReader = true });
    private readonly FileStream _stream;
    private readonly ILogger _logger;
    private readonly Task _pump;

    public CaptureWriter(string path, ILogger logger)
    {
        _logger = logger;
        _stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, bufferSize: 64 * 1024, useAsync: true);
        Path = path;
        _pump = Task.Run(PumpAsync);
    }

    public string Path { get; }

    public void Write(CaptureLine line)
    {
        // After a write failure the channel is completed and lines go only to the in-memory capture.
        _lines.Writer.TryWrite(line);
    }

    public async ValueTask DisposeAsync()
    {
        _lines.Writer.TryComplete();
        await _pump.ConfigureAwait(false);
        await _stream.DisposeAsync().ConfigureAwait(false);
    }

    private async Task PumpAsync()
    {
        var newline = "\n"u8.ToArray();
        try
        {
            while (await _lines.Reader.WaitToReadAsync().ConfigureAwait(false))
            {
                while (_lines.Reader.TryRead(out var line))
                {
                    await JsonSerializer.SerializeAsync(_stream, line, JsonDefaults.Compact).ConfigureAwait(false);
                    await _stream.WriteAsync(newline).ConfigureAwait(false);
                }

                await _stream.FlushAsync().ConfigureAwait(false);
            }
        }
        catch (Exception exception)
        {
            // The capture file is evidence but the in-memory capture still feeds the report: log and carry on.
            _logger.Error(exception, "Writing the capture file {Path} failed; the report still holds every request", Path);
            _lines.Writer.TryComplete();
            while (_lines.Reader.TryRead(out _))
            {
            }
        }
    }
}
