using TrackerAudit.Trackers.Wire;

namespace TrackerAudit.Tests.Trackers.Wire;

public sealed class JsonFlattenerTests
{
    [Test]
    public void Flattens_nested_objects_and_arrays_into_paths()
    {
        var leaves = new List<KeyValuePair<string, string>>();

        var problem = JsonFlattener.Flatten(
            "cd[JSON-LD]",
            """[{"@type":"Article","author":{"name":"Dr. A"},"tags":["x",2,null,true],"empty":{}}]""",
            leaves);

        Assert.Multiple(() =>
        {
            Assert.That(problem, Is.Null);
            Assert.That(leaves, Is.EqualTo(new KeyValuePair<string, string>[]
            {
                new("cd[JSON-LD][0].@type", "Article"),
                new("cd[JSON-LD][0].author.name", "Dr. A"),
                new("cd[JSON-LD][0].tags[0]", "x"),
                new("cd[JSON-LD][0].tags[1]", "2"),
                new("cd[JSON-LD][0].tags[2]", "null"),
                new("cd[JSON-LD][0].tags[3]", "true"),
            }));
        });
    }

    [Test]
    public void Reports_truncated_json()
    {
        var leaves = new List<KeyValuePair<string, string>>();

        var problem = JsonFlattener.Flatten("cd[Meta]", """{"title":"Rep""", leaves);

        Assert.Multiple(() =>
        {
            Assert.That(problem, Does.StartWith("not valid JSON"));
            Assert.That(leaves, Is.Empty);
        });
    }

    [Test]
    public void Reports_a_lone_surrogate_instead_of_throwing()
    {
        // Found by DecoderFuzzTests (seed f6DhNKjLDYi1): Hotjar's decoder threw EncoderFallbackException on such a body.
        var leaves = new List<KeyValuePair<string, string>>();

        var problem = JsonFlattener.Flatten("body", "[[\"a\ud800b\"]]", leaves);

        Assert.Multiple(() =>
        {
            Assert.That(problem, Is.EqualTo("not valid JSON: a lone surrogate at index 4"));
            Assert.That(leaves, Is.Empty);
        });
    }

    [Test]
    public void Reports_json_nested_deeper_than_allowed()
    {
        var json = new string('[', 500) + new string(']', 500);

        Assert.That(JsonFlattener.Flatten("cd[x]", json, []), Does.StartWith("not valid JSON"));
    }

    [Test]
    public void Keeps_nothing_of_json_that_breaks_after_some_values()
    {
        var leaves = new List<KeyValuePair<string, string>> { new("before", "kept") };

        var problem = JsonFlattener.Flatten("cd[buttonFeatures]", """{"classList":"btn","innerText":"Report" "tag":"a"}""", leaves);

        Assert.That(problem, Does.StartWith("not valid JSON"));
        Assert.That(leaves, Is.EqualTo(new KeyValuePair<string, string>[] { new("before", "kept") }), "as a parsed document would: no leaf of a broken value");
    }

    [Test]
    public void Unescapes_names_and_values_and_keeps_numbers_as_sent()
    {
        var leaves = new List<KeyValuePair<string, string>>();
        var json = "{\"na\\u006De\":\"caf\\u00e9 \\\"quoted\\\"\",\"n\":1.50e3,\"long\":\"" + new string('y', 100) + "\"}";

        var problem = JsonFlattener.Flatten("cd[x]", json, leaves);

        Assert.That(problem, Is.Null);
        Assert.That(leaves, Is.EqualTo(new KeyValuePair<string, string>[]
        {
            new("cd[x].name", "café \"quoted\""),
            new("cd[x].n", "1.50e3"),
            new("cd[x].long", new string('y', 100)),
        }));
    }

    [Test]
    public void Stops_keeping_values_past_the_limit_and_says_so()
    {
        var json = "[" + string.Join(",", Enumerable.Range(0, JsonFlattener.MaxLeaves + 5)) + "]";
        var leaves = new List<KeyValuePair<string, string>>();

        var problem = JsonFlattener.Flatten("cd[x]", json, leaves);

        Assert.That(problem, Does.StartWith("more than"));
        Assert.That(leaves, Has.Count.EqualTo(JsonFlattener.MaxLeaves));
        Assert.That(leaves[^1], Is.EqualTo(new KeyValuePair<string, string>($"cd[x][{JsonFlattener.MaxLeaves - 1}]", (JsonFlattener.MaxLeaves - 1).ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }
}
