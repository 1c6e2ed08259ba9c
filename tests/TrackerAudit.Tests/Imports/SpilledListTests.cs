using TrackerAudit.Capture;
using TrackerAudit.Imports;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Imports;

public sealed class SpilledListTests
{
    private static CapturedRequest Request(long id, string? body = null) =>
        SomeRun.Request(id, $"https://www.facebook.com/tr/?id=1&ev=PageView&n={id}", body is null ? "GET" : "POST") with
        {
            Headers = [new HttpHeader("cookie", "c_user=100012345678901")],
            BodyText = body,
            BodySize = body?.Length ?? 0,
        };

    [Test]
    public void Reads_back_every_item_in_order_and_each_by_index()
    {
        using var folder = new TempFolder();
        using var list = new SpilledList<CapturedRequest>(folder.Path);
        var written = Enumerable.Range(1, 5000).Select(id => Request(id)).ToList();

        written.ForEach(list.Add);

        Assert.Multiple(() =>
        {
            Assert.That(list, Has.Count.EqualTo(5000));
            Assert.That(list, Is.EqualTo(written).Using<CapturedRequest>(Same));
            Assert.That(Same(list[0], written[0]) && Same(list[2500], written[2500]) && Same(list[4999], written[4999]), Is.True);
            Assert.That(list.ToList(), Has.Count.EqualTo(5000), "a second pass reads the file again");
        });
    }

    [Test]
    public void An_item_larger_than_a_read_block_reads_back_whole()
    {
        using var folder = new TempFolder();
        using var list = new SpilledList<CapturedRequest>(folder.Path);
        var body = new string('x', 1024 * 1024);

        list.Add(Request(1));
        list.Add(Request(2, body));
        list.Add(Request(3));

        Assert.That(list.Select(request => request.BodyText?.Length ?? 0), Is.EqualTo(new[] { 0, body.Length, 0 }));
        Assert.That(list[1].BodyText, Is.EqualTo(body));
    }

    [Test]
    public void Leaves_no_file_in_its_folder_once_disposed()
    {
        using var folder = new TempFolder();
        var list = new SpilledList<CapturedRequest>(folder.Path);
        list.Add(Request(1));

        list.Dispose();

        Assert.That(Directory.GetFiles(folder.Path), Is.Empty);
    }

    [Test]
    public void An_index_outside_the_list_is_refused()
    {
        using var folder = new TempFolder();
        using var list = new SpilledList<CapturedRequest>(folder.Path);
        list.Add(Request(1));

        Assert.Throws<ArgumentOutOfRangeException>(() => _ = list[1]);
    }

    // Records compare their lists by reference: compare what a report shows instead.
    private static bool Same(CapturedRequest a, CapturedRequest b) =>
        a.Id == b.Id && a.Time == b.Time && a.Url == b.Url && a.Method == b.Method && a.BodyText == b.BodyText
        && a.Headers.SequenceEqual(b.Headers) && a with { Headers = b.Headers } == b;
}
