using TrackerAudit.Capture;
using TrackerAudit.Imports;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Imports;

public sealed class HarReaderErrorTests
{
    private TempFolder _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = new TempFolder();

    [TearDown]
    public void DeleteFolder() => _folder.Dispose();

    private static (List<CapturedRequest> Read, HarFormatException? Error) ReadUntilError(string path)
    {
        var read = new List<CapturedRequest>();
        try
        {
            foreach (var request in HarReader.Read(path, "test"))
            {
                read.Add(request);
            }
        }
        catch (HarFormatException exception)
        {
            return (read, exception);
        }

        return (read, null);
    }

    [Test]
    public void A_file_cut_in_the_middle_of_an_entry_gives_the_entries_before_it_then_the_position()
    {
        var whole = ChromeHar.Text;
        var cut = whole.IndexOf("\"method\": \"POST\"", StringComparison.Ordinal) + 12;
        var path = _folder.Write("cut.har", whole[..cut]);

        var (read, error) = ReadUntilError(path);

        Assert.That(read.Select(request => request.Id), Is.EqualTo(new long[] { 1, 2 }));
        Assert.That(error, Is.Not.Null);
        Assert.That(error!.Message, Does.StartWith(path + " is not a readable HAR file: at byte "));
        var cutLine = whole[..cut].Count(c => c == '\n') + 1;
        Assert.That(error.Position.Line, Is.EqualTo(cutLine));
        Assert.That(error.Position.Offset, Is.InRange(cut - 10, cut));
        Assert.That(error.Message, Does.Contain($"(line {cutLine}, column "));
    }

    [Test]
    public void A_file_cut_between_entries_is_reported_at_its_end()
    {
        var text = HarReaderTests.Har(HarReaderTests.Entry("https://a.example/1"), HarReaderTests.Entry("https://a.example/2"));
        var cut = text.LastIndexOf("{\"startedDateTime\"", StringComparison.Ordinal);
        var path = _folder.Write("cut.har", text[..cut]);

        var (read, error) = ReadUntilError(path);

        Assert.That(read, Has.Count.EqualTo(1));
        Assert.That(error!.Position.Offset, Is.EqualTo(cut));
        Assert.That(error.Position.Line, Is.EqualTo(3));
        Assert.That(error.Position.Column, Is.EqualTo(1));
    }

    [Test]
    public void A_file_that_is_not_JSON_is_an_error_at_its_first_byte()
    {
        var path = _folder.Write("page.har", "<!doctype html><title>Not a HAR</title>");

        var (read, error) = ReadUntilError(path);

        Assert.That(read, Is.Empty);
        Assert.That(error!.Position, Is.EqualTo(new HarPosition(0, 1, 1)));
        Assert.That(error.Message, Does.Contain("'<' is an invalid start of a value"));
    }

    [Test]
    public void An_empty_file_is_an_error()
    {
        var (read, error) = ReadUntilError(_folder.Write("empty.har", ""));

        Assert.That(read, Is.Empty);
        Assert.That(error, Is.Not.Null);
        Assert.That(error!.Message, Does.Contain("at byte 0"));
    }

    [Test]
    public void JSON_without_log_entries_is_not_a_HAR()
    {
        var (_, error) = ReadUntilError(_folder.Write("other.json", "{\"log\": {\"version\": \"1.2\"}, \"x\": [1, 2]}"));

        Assert.That(error!.Reason, Is.EqualTo("there is no log.entries array: this JSON is not a HAR file"));
    }

    [Test]
    public void A_JSON_array_is_not_a_HAR()
    {
        var (_, error) = ReadUntilError(_folder.Write("array.json", "[{\"url\": \"https://a.example/\"}]"));

        Assert.That(error!.Reason, Is.EqualTo("a HAR file is a JSON object, but this one starts with an array"));
    }

    [Test]
    public void An_entry_without_a_URL_is_an_error_at_the_entry()
    {
        var text = HarReaderTests.Har(HarReaderTests.Entry("https://a.example/1"), "{\"startedDateTime\": \"2025-05-02T10:15:30.000Z\", \"request\": {\"method\": \"GET\"}}");
        var (read, error) = ReadUntilError(_folder.Write("nourl.har", text));

        Assert.That(read, Has.Count.EqualTo(1));
        Assert.That(error!.Reason, Is.EqualTo("entry 2 has no request.method or request.url"));
        Assert.That(error.Position.Line, Is.EqualTo(3));
    }

    [Test]
    public void An_entry_with_a_bad_date_is_an_error_naming_it()
    {
        var text = HarReaderTests.Har(HarReaderTests.Entry("https://a.example/1").Replace("2025-05-02T10:15:30.000Z", "yesterday", StringComparison.Ordinal));

        var (_, error) = ReadUntilError(_folder.Write("date.har", text));

        Assert.That(error!.Reason, Is.EqualTo("entry 1: startedDateTime 'yesterday' is not a date"));
    }

    [Test]
    public void Text_after_the_HAR_is_an_error_after_every_entry_was_read()
    {
        var text = HarReaderTests.Har(HarReaderTests.Entry("https://a.example/1")) + "garbage";

        var (read, error) = ReadUntilError(_folder.Write("trailing.har", text));

        Assert.That(read, Has.Count.EqualTo(1));
        Assert.That(error, Is.Not.Null);
        Assert.That(error!.Position.Offset, Is.EqualTo(text.Length - "garbage".Length));
    }
}
