using TrackerAudit.Reports.Html;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Reports.Html;

public sealed class ScreenshotsTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];

    [Test]
    public void Reads_a_png_inside_the_run_folder()
    {
        using var folder = new TempFolder();
        folder.WriteBytes("run/screenshots/a.png", Png);

        Assert.That(Screenshots.ReadPng(Path.Combine(folder.Path, "run"), "screenshots/a.png"), Is.EqualTo(Png));
    }

    [Test]
    public void Refuses_a_path_that_leaves_the_run_folder()
    {
        using var folder = new TempFolder();
        folder.WriteBytes("secret.png", Png);
        Directory.CreateDirectory(Path.Combine(folder.Path, "run"));

        Assert.Multiple(() =>
        {
            Assert.That(Screenshots.ReadPng(Path.Combine(folder.Path, "run"), "../secret.png"), Is.Null);
            Assert.That(Screenshots.ReadPng(Path.Combine(folder.Path, "run"), Path.Combine(folder.Path, "secret.png")), Is.Null);
        });
    }

    [Test]
    public void Refuses_a_file_that_is_not_a_png()
    {
        using var folder = new TempFolder();
        folder.Write("screenshots/a.png", "<svg onload=alert(1)>");

        Assert.That(Screenshots.ReadPng(folder.Path, "screenshots/a.png"), Is.Null);
    }
}
