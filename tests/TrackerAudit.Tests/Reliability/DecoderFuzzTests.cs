using System.Globalization;
using System.IO.Compression;
using System.Text;
using CsCheck;
using TrackerAudit.Findings;
using TrackerAudit.Tests.Support;
using TrackerAudit.Trackers;

namespace TrackerAudit.Tests.Reliability;

/// <summary>
/// Every registered decoder, and the findings engine after it, over real tracker requests from the shared corpus
/// (read at test time) mutated the ways broken or hostile traffic is: truncated, doubled, badly percent-encoded,
/// with huge values, thousands of parameters, corrupt base64 and gzip, bodies cut short. A decoder may call a
/// request undecoded or warn; it may never throw (the catalogue would hide that as "decoder failed"), and what it
/// returns stays bounded. The budget is fixed for CI; CsCheck prints the seed of a failing case so it can be rerun,
/// and TRACKERAUDIT_FUZZ_ITER sets a longer run (docs/reliability.md).
/// </summary>
public sealed class DecoderFuzzTests
{
    private static readonly long Budget =
        long.TryParse(Environment.GetEnvironmentVariable("TRACKERAUDIT_FUZZ_ITER"), NumberStyles.None, CultureInfo.InvariantCulture, out var iterations) && iterations > 0
            ? iterations
            : 10_000;

    private static readonly TrackerCatalogue Trackers = TrackerRegistry.Catalogue();

    private static readonly string[] Fragments =
    [
        "%", "%G1", "%E2%82", "%00", "%ZZ", "%25", "&", "&&", "=", "==", "?", "#", "[", "]", "cd[", "]]", "{", "}", "\"", "\\", "+",
        "\ud800", "\u202e", "\0", "\r\n", ";", ",", "ev=", "&id=", "&ev=PageView", "&dl=", "&cd[x]=", "&en=page_view", "&tid=G-1",
        "eyJ", "H4sI", "==", "null", "[]", "{}", "{\"a\":", "[[[[[[[[", "1e309", "-0", "NaN", "true",
    ];

    private static IReadOnlyList<CorpusLine>? _lines;

    private static IReadOnlyList<CorpusLine> Lines => _lines ??= [.. Corpus.All()];

    [Test]
    public void Mutated_corpus_requests_never_make_a_decoder_throw_and_stay_bounded()
    {
        var requests = Lines.Select(line => line.Request()).ToList();
        var decoded = 0;

        Gen.Select(Gen.Int[0, requests.Count - 1], Mutation.Array[1, 3], Gen.Int, Gen.Int)
            .Sample(
                ((int Index, Func<CapturedRequest, int, int, CapturedRequest>[] Mutations, int A, int B) t) =>
                {
                    var request = t.Mutations.Aggregate(requests[t.Index], (r, mutate) => mutate(r, t.A, t.B));
                    var decoder = Trackers.Find(request);
                    if (decoder is null)
                    {
                        return;
                    }

                    var result = decoder.Decode(request);
                    decoded++;
                    Assert.That(result.Events.Count, Is.LessThanOrEqualTo(10_000), Describe(request, decoder));
                    Assert.That(result.Events.Sum(e => e.Fields.Count), Is.LessThanOrEqualTo(100_000), Describe(request, decoder));
                },
                iter: Budget);

        // Most mutations keep the request a tracker's: the property must have exercised the decoders, not skipped them.
        Assert.That(decoded, Is.GreaterThan(Budget / 2));
    }

    [Test]
    public void Every_decoder_survives_its_own_hosts_with_any_path_query_and_body()
    {
        var hosts = Lines.Select(line => new Uri(line.Url)).Select(uri => uri.GetLeftPart(UriPartial.Authority)).Distinct().ToList();
        var text = Gen.OneOf(Gen.OneOf(Fragments), Gen.String[Gen.Char, 0, 20], Gen.String[Gen.Char['a', 'z'], 0, 12]).Array[0, 30].Select(string.Concat);

        Gen.Select(Gen.OneOf([.. hosts]), text, text, Gen.OneOf(text, Gen.Const((string)null!)), Gen.Bool)
            .Sample(
                t =>
                {
                    var url = t.Item1 + "/" + Uri.EscapeDataString(t.Item2).Replace("%2F", "/", StringComparison.Ordinal) + "?" + t.Item3;
                    var request = SomeRun.Request(1, url, t.Item5 ? "POST" : "GET") with { BodyText = t.Item4, BodySize = t.Item4?.Length ?? 0 };
                    if (Trackers.Find(request) is { } decoder)
                    {
                        Assert.DoesNotThrow(() => decoder.Decode(request), Describe(request, decoder));
                    }
                },
                iter: Budget / 5);
    }

    [Test]
    public void Findings_are_made_from_mutated_requests_without_throwing()
    {
        var requests = Lines.Select(line => line.Request()).ToList();

        Gen.Select(Gen.Int[0, requests.Count - 1], Mutation.Array[1, 2], Gen.Int, Gen.Int).Array[20]
            .Sample(
                batch =>
                {
                    var mutated = batch.Select(t => t.Item2.Aggregate(requests[t.Item1], (r, mutate) => mutate(r, t.Item3, t.Item4))).ToArray();
                    var run = (SomeRun.Journey() with
                    {
                        Sensitive = ["sexual assault", "pregnan"],
                        TypedValues = new Dictionary<string, string> { ["email"] = "canary.ab12@example.org", ["name"] = "Jo Canary" },
                    }).Decoding(mutated);

                    Assert.DoesNotThrow(() => FindingsEngine.Analyse(run));
                },
                iter: Math.Max(50, Budget / 100));
    }

    /// <summary>The ways a request is broken, each a function of the request and two random numbers.</summary>
    private static readonly Func<CapturedRequest, int, int, CapturedRequest>[] Mutations =
    [
        (r, a, _) => r with { Url = Truncate(r.Url, a, minimum: r.Url.IndexOf('/', 8) + 1) },
        (r, _, _) => r with { Url = r.Url + "&" + Query(r.Url) },
        (r, a, b) => r with { Url = InsertAt(r.Url, a, Fragments[Math.Abs(b % Fragments.Length)]) },
        (r, a, _) => r with { Url = ReplaceValue(r.Url, a, new string('x', 100_000)) },
        (r, a, _) => r with { Url = ReplaceValue(r.Url, a, "%E0%A4%A") },
        (r, _, _) => r with { Url = r.Url + string.Concat(Enumerable.Range(0, 2_000).Select(i => $"&p{i}={i}")) },
        (r, _, b) => r with { Url = r.Url + "&cd[x]=" + new string('[', Math.Abs(b % 5_000)) },
        (r, a, _) => r.BodyText is { } body ? r with { BodyText = Truncate(body, a, minimum: 0) } : r,
        (r, a, b) => r.BodyText is { } body ? r with { BodyText = InsertAt(body, a, Fragments[Math.Abs(b % Fragments.Length)]) } : r,
        (r, _, _) => r.BodyText is { } body ? r with { BodyText = body + body } : r,
        (r, _, _) => r.BodyText is not null ? r with { BodyText = null, BodyBase64 = Convert.ToBase64String(Gzip("{\"a\":[1,2,")) } : r,
        (r, _, _) => r with { BodyText = "H4sI" + "AAAA" + "not gzip at all", Method = "POST" },
        (r, a, _) => r with { BodyText = "[" + string.Join(",", Enumerable.Repeat("{\"k\":\"v\"}", Math.Abs(a % 3_000))) + "]", Method = "POST" },
        (r, _, _) => r with { BodyText = "data=" + Convert.ToBase64String(Encoding.UTF8.GetBytes("{\"event\":\"x\",")) + "!!", Method = "POST" },
        (r, _, _) => r with { Method = r.Method == "GET" ? "POST" : "GET" },
        (r, _, _) => r with { Headers = [.. r.Headers, new HttpHeader("content-type", "application/json; charset=\u202e")] },
    ];

    private static readonly Gen<Func<CapturedRequest, int, int, CapturedRequest>> Mutation = Gen.Int[0, Mutations.Length - 1].Select(i => Mutations[i]);

    private static string Truncate(string text, int at, int minimum) =>
        text.Length <= minimum ? text : text[..(minimum + Math.Abs(at % (text.Length - minimum + 1)))];

    private static string InsertAt(string text, int at, string fragment) => text.Insert(Math.Abs(at % (text.Length + 1)), fragment);

    private static string Query(string url) => url.IndexOf('?', StringComparison.Ordinal) is var q and >= 0 ? url[(q + 1)..] : "";

    private static string ReplaceValue(string url, int which, string value)
    {
        var q = url.IndexOf('?', StringComparison.Ordinal);
        if (q < 0)
        {
            return url + "?x=" + value;
        }

        var pairs = url[(q + 1)..].Split('&');
        var index = Math.Abs(which % pairs.Length);
        var equals = pairs[index].IndexOf('=', StringComparison.Ordinal);
        pairs[index] = (equals < 0 ? pairs[index] : pairs[index][..equals]) + "=" + value;
        return url[..(q + 1)] + string.Join('&', pairs);
    }

    private static byte[] Gzip(string text)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return output.ToArray();
    }

    private static string Describe(CapturedRequest request, ITrackerDecoder decoder) =>
        $"{decoder.Tracker.Id}: {request.Method} {request.Url[..Math.Min(200, request.Url.Length)]} body {request.BodyText?[..Math.Min(200, request.BodyText.Length)]}";
}
