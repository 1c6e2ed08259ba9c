using System.IO.Compression;
using System.Text;

namespace TrackerAudit.Trackers.Wire;

/// <summary>
/// Sees through the compressed bodies trackers send: raw gzip (LinkedIn, some analytics SDKs) and base64 of gzip
/// (LinkedIn's <c>/wa/</c>, TikTok's <c>analytics_message</c>). Bounded: what inflates past
/// <see cref="MaximumInflatedBytes"/> is cut there, so a hostile body cannot exhaust memory. Never throws.
/// </summary>
internal static class CompressedText
{
    /// <summary>The most bytes one body inflates to; a beacon is kilobytes, a gzip bomb is gigabytes.</summary>
    public const int MaximumInflatedBytes = 4 * 1024 * 1024;

    /// <summary>True when <paramref name="bytes"/> start with the gzip magic number.</summary>
    public static bool IsGzip(ReadOnlySpan<byte> bytes) => bytes.Length >= 3 && bytes[0] == 0x1f && bytes[1] == 0x8b && bytes[2] == 0x08;

    /// <summary>The UTF-8 text inside gzip <paramref name="bytes"/>; null when they are not gzip or do not inflate.</summary>
    public static string? Gunzip(byte[] bytes, List<string>? warnings = null)
    {
        if (!IsGzip(bytes))
        {
            return null;
        }

        try
        {
            using var input = new GZipStream(new MemoryStream(bytes, writable: false), CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[16 * 1024];
            int read;
            while ((read = input.Read(buffer, 0, buffer.Length)) > 0)
            {
                var room = MaximumInflatedBytes - (int)output.Length;
                output.Write(buffer, 0, Math.Min(read, room));
                if (read >= room)
                {
                    warnings?.Add($"gzip body inflates past {MaximumInflatedBytes / (1024 * 1024)} MiB; the rest was not read");
                    break;
                }
            }

            return Encoding.UTF8.GetString(output.GetBuffer(), 0, (int)output.Length);
        }
        catch (InvalidDataException exception)
        {
            warnings?.Add("gzip body does not inflate: " + exception.Message);
            return null;
        }
    }

    /// <summary>The text inside base64 (standard or URL-safe, padded or not) of gzip; null when <paramref name="text"/> is not that.</summary>
    public static string? GunzipBase64(string text, List<string>? warnings = null)
    {
        // Base64 of gzip always starts "H4sI" (1f 8b 08): a cheap test before decoding anything.
        var trimmed = text.AsSpan().Trim();
        if (!trimmed.StartsWith("H4sI", StringComparison.Ordinal))
        {
            return null;
        }

        var bytes = Base64Bytes(trimmed);
        return bytes is null ? null : Gunzip(bytes, warnings);
    }

    /// <summary>The bytes of standard or URL-safe base64, padded or not; null when it is not base64.</summary>
    public static byte[]? Base64Bytes(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length + 3);
        foreach (var c in text)
        {
            builder.Append(c switch { '-' => '+', '_' => '/', _ => c });
        }

        while (builder.Length % 4 != 0)
        {
            builder.Append('=');
        }

        try
        {
            return Convert.FromBase64String(builder.ToString());
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
