using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using TrackerAudit.Reports.Bundle;
using TrackerAudit.Running;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Reports.Bundle;

public sealed class MetadataWriterTests
{
    private TempFolder _folder = null!;
    private JsonElement _metadata;

    [OneTimeSetUp]
    public async Task WriteTheSampleRunsMetadata()
    {
        _folder = new TempFolder();
        var report = ContactFormRun.Report();
        // A second journey from the same file: the file is listed once.
        report = report with { Journeys = [.. report.Journeys, report.Journeys[0] with { Journey = "Again", Requests = [] }] };
        await MetadataWriter.WriteAsync(report, _folder.Path, CancellationToken.None);
        _metadata = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_folder.Path, MetadataWriter.FileName))).RootElement;
    }

    [OneTimeTearDown]
    public void CleanUp() => _folder.Dispose();

    [Test]
    public void The_tool_and_browser_are_recorded()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_metadata.GetProperty("tool").GetProperty("version").GetString(), Is.EqualTo("1.2.3"));
            Assert.That(_metadata.GetProperty("tool").GetProperty("commit").GetString(), Is.EqualTo("0123456789abcdef"));
            Assert.That(_metadata.GetProperty("browser").GetProperty("name").GetString(), Is.EqualTo("Chromium"));
            Assert.That(_metadata.GetProperty("browser").GetProperty("version").GetString(), Is.EqualTo("140.0.1"));
            Assert.That(_metadata.GetProperty("browser").GetProperty("userAgent").GetString(), Is.EqualTo("Mozilla/5.0 Test"));
            Assert.That(_metadata.GetProperty("browser").GetProperty("headless").GetBoolean(), Is.True);
        });
    }

    [Test]
    public void The_machine_time_zone_and_locale_are_this_machines()
    {
        var machine = _metadata.GetProperty("machine");

        Assert.Multiple(() =>
        {
            Assert.That(machine.GetProperty("operatingSystem").GetString(), Is.EqualTo(RuntimeInformation.OSDescription));
            Assert.That(machine.GetProperty("architecture").GetString(), Is.EqualTo(RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant()));
            Assert.That(machine.GetProperty("timeZone").GetString(), Is.EqualTo(TimeZoneInfo.Local.Id));
            Assert.That(machine.GetProperty("utcOffset").GetString(), Does.Match(@"^[+-]\d\d:\d\d$"));
            Assert.That(machine.GetProperty("locale").GetString(), Is.EqualTo(CultureInfo.CurrentCulture.Name is { Length: > 0 } name ? name : "invariant"));
        });
    }

    [Test]
    public void Times_command_line_and_traffic_mode_are_recorded()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_metadata.GetProperty("startedAt").GetString(), Is.EqualTo("2025-03-14T09:26:53.589+00:00"));
            Assert.That(_metadata.GetProperty("endedAt").GetString(), Is.EqualTo("2025-03-14T09:27:04.589+00:00"));
            Assert.That(_metadata.GetProperty("commandLine").GetString(), Does.StartWith("trackeraudit run journeys/contact.yaml"));
            Assert.That(_metadata.GetProperty("trackerTraffic").GetString(), Is.EqualTo("answered locally"));
        });
    }

    [Test]
    public void Each_journey_file_is_listed_once_with_its_hash()
    {
        var files = _metadata.GetProperty("journeyFiles").EnumerateArray().ToList();

        Assert.That(files, Has.Count.EqualTo(1));
        Assert.That(files[0].GetProperty("path").GetString(), Is.EqualTo("journeys/contact.yaml"));
        Assert.That(files[0].GetProperty("sha256").GetString(), Is.EqualTo(new string('a', 64)));
    }

    [Test]
    public void Requests_are_counted_by_disposition()
    {
        var requests = _metadata.GetProperty("requests");

        Assert.That(requests.GetProperty("total").GetInt32(), Is.EqualTo(5));
        Assert.That(requests.GetProperty("sent").GetInt32(), Is.EqualTo(2));
        Assert.That(requests.GetProperty("blocked").GetInt32(), Is.EqualTo(1));
        Assert.That(requests.GetProperty("answeredLocally").GetInt32(), Is.EqualTo(2));
    }

    [TestCase(-5.5, "-05:30")]
    [TestCase(1, "+01:00")]
    [TestCase(0, "+00:00")]
    public void The_UTC_offset_is_signed_hours_and_minutes(double hours, string expected)
    {
        Assert.That(MachineInfo.Offset(TimeSpan.FromHours(hours)), Is.EqualTo(expected));
    }
}
