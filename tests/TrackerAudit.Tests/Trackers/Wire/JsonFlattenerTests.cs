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
    public void Reports_json_nested_deeper_than_allowed()
    {
        var json = new string('[', 500) + new string(']', 500);

        Assert.That(JsonFlattener.Flatten("cd[x]", json, []), Does.StartWith("not valid JSON"));
    }
}
