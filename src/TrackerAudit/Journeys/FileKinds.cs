using System.Runtime.InteropServices;

namespace TrackerAudit.Journeys;

// Tells a regular file from a named pipe, a device or a socket before it is opened: opening a FIFO blocks
// until something writes to it, and /dev/zero never ends, so only regular files are read. .NET has no
// public call for a file's type on Unix, so this asks the runtime's own native shim (System.Native, shipped
// with every .NET on Unix), whose status record starts with two ints, flags and mode, on every platform.
internal static class FileKinds
{
    private const int TypeMask = 0xF000;

    private static readonly Dictionary<int, string> Kinds = new()
    {
        [0x1000] = "a named pipe (FIFO)",
        [0x2000] = "a character device",
        [0x4000] = "a folder",
        [0x6000] = "a block device",
        [0xA000] = "a symbolic link",
        [0xC000] = "a socket",
    };

    // Null for a regular file (or where the type cannot be asked, e.g. Windows, whose devices File.Exists does not
    // report as files); otherwise what it is, e.g. "a named pipe (FIFO)".
    public static string? NotRegular(string path)
    {
        if (OperatingSystem.IsWindows())
            return null;

        int result;
        NativeFileStatus status;
        try
        {
            result = Stat(path, out status);
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }

        if (result != 0)
            return null;

        var kind = status.Mode & TypeMask;
        return kind == 0x8000 ? null : Kinds.GetValueOrDefault(kind, "not a regular file");
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, out NativeFileStatus status);

    // Larger than the runtime's record (about 120 bytes) so a later runtime adding fields cannot write past it.
    [StructLayout(LayoutKind.Sequential, Size = 512)]
    private struct NativeFileStatus
    {
        public int Flags;
        public int Mode;
    }
}
