using System.Security.Cryptography;
using System.Text;
using TrackerAudit.Capture;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Capture;

public sealed class RequestBodiesTests
{
    private static readonly CapturedRequest Post = SomeRun.Request(17, "https://collector.example/ingest", "POST", "fetch");

    [Test]
    public void Only_bodies_larger_than_the_limit_go_to_a_file()
    {
        using var folder = new TempFolder();
        var bodies = new RequestBodies(folder.Path, limit: 100);

        Assert.Multiple(() =>
        {
            Assert.That(bodies.Stores(100), Is.False);
            Assert.That(bodies.Stores(101), Is.True);
            Assert.That(RequestBodies.InMemory.Stores(long.MaxValue), Is.False, "requests of no run folder have nowhere to go");
        });
    }

    [Test]
    public async Task A_stored_body_is_a_file_named_after_its_request_with_its_hash_and_loads_back_whole()
    {
        using var folder = new TempFolder();
        var bodies = new RequestBodies(folder.Path, limit: 4);
        var body = Encoding.UTF8.GetBytes("email=someone%40example.org&note=caf\u00e9");

        var stored = await bodies.StoreAsync(Post, body, CancellationToken.None);
        var loaded = bodies.Load(stored);

        Assert.Multiple(() =>
        {
            Assert.That((stored.BodyFile, stored.BodyText, stored.BodySize), Is.EqualTo(("bodies/17.bin", (string?)null, (long)body.Length)));
            Assert.That(File.ReadAllBytes(Path.Combine(folder.Path, "bodies", "17.bin")), Is.EqualTo(body));
            Assert.That(stored.BodySha256, Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(body))));
            Assert.That(loaded.BodyText, Is.EqualTo("email=someone%40example.org&note=caf\u00e9"));
            Assert.That(loaded.BodyFile, Is.EqualTo("bodies/17.bin"), "a reader can still name the file");
        });
    }

    [Test]
    public async Task A_stored_body_that_is_not_UTF_8_loads_back_as_base64()
    {
        using var folder = new TempFolder();
        var bodies = new RequestBodies(folder.Path, limit: 0);
        byte[] body = [0xff, 0xfe, 0x00, 0x41];

        var loaded = bodies.Load(await bodies.StoreAsync(Post, body, CancellationToken.None));

        Assert.That((loaded.BodyText, loaded.BodyBase64), Is.EqualTo(((string?)null, Convert.ToBase64String(body))));
    }

    [Test]
    public async Task A_body_is_written_once()
    {
        using var folder = new TempFolder();
        var bodies = new RequestBodies(folder.Path, limit: 0);
        await bodies.StoreAsync(Post, [1, 2, 3], CancellationToken.None);

        Assert.ThrowsAsync<IOException>(() => bodies.StoreAsync(Post, [4, 5, 6], CancellationToken.None));
        Assert.That(File.ReadAllBytes(Path.Combine(folder.Path, "bodies", "17.bin")), Is.EqualTo(new byte[] { 1, 2, 3 }));
    }

    [Test]
    public void A_body_file_outside_the_bodies_folder_is_refused()
    {
        using var folder = new TempFolder();
        folder.Write("report.json", "{}");

        Assert.Throws<InvalidDataException>(() => new RequestBodies(folder.Path).Load(Post with { BodyFile = "bodies/../report.json" }));
    }

    [Test]
    public void An_inline_body_loads_as_it_is()
    {
        var inline = RequestBodies.Inline(Post, Encoding.UTF8.GetBytes("a=b"));

        Assert.That(RequestBodies.InMemory.Load(inline), Is.SameAs(inline));
    }
}
