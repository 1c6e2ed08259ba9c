using System.Globalization;
using System.Text.RegularExpressions;
using TrackerAudit.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace TrackerAudit.Tests.Docs;

/// <summary>The Kubernetes manifests in docs/scale.md parse, and their numbers agree with each other.</summary>
public sealed partial class ScaleDocTests
{
    private List<YamlMappingNode> _documents = null!;

    [OneTimeSetUp]
    public void ReadDocs() => _documents = ReadManifests();

    [Test]
    public void The_shard_job_is_an_indexed_job_with_one_pod_per_part()
    {
        var job = IndexedJob();
        var spec = Map(job, "spec");

        var completions = Int(spec, "completions");
        Assert.Multiple(() =>
        {
            Assert.That(Text(job, "apiVersion"), Is.EqualTo("batch/v1"));
            Assert.That(completions, Is.GreaterThan(1));
            Assert.That(Int(spec, "parallelism"), Is.EqualTo(completions));
            Assert.That(Text(Map(Map(spec, "template"), "spec"), "restartPolicy"), Is.EqualTo("Never"), "podFailurePolicy needs it");
        });
    }

    [Test]
    public void Each_pod_runs_the_part_of_its_completion_index()
    {
        var spec = Map(IndexedJob(), "spec");
        var script = Script(spec);

        var shard = ShardArgument().Match(script);
        Assert.Multiple(() =>
        {
            Assert.That(script, Does.Contain("part=$((JOB_COMPLETION_INDEX+1))"));
            Assert.That(shard.Success, Is.True, script);
            Assert.That(int.Parse(shard.Groups["count"].Value, CultureInfo.InvariantCulture), Is.EqualTo(Int(spec, "completions")));
        });
    }

    [Test]
    public void The_merge_job_merges_as_many_parts_from_the_same_volume()
    {
        var shards = Map(IndexedJob(), "spec");
        var merge = _documents.Single(document => Text(document, "kind") == "Job" && Text(Map(document, "metadata"), "name") == "trackeraudit-merge");
        var script = Script(Map(merge, "spec"));

        Assert.Multiple(() =>
        {
            Assert.That(script, Does.Contain($"seq 1 {Int(shards, "completions")}"));
            Assert.That(script, Does.Contain("TrackerAudit.Cli merge"));
            Assert.That(Claims(Map(merge, "spec")), Is.EqualTo(Claims(shards)));
            Assert.That(Claims(shards), Has.All.EqualTo(Text(Map(_documents.Single(document => Text(document, "kind") == "PersistentVolumeClaim"), "metadata"), "name")));
        });
    }

    [Test]
    public void Every_mounted_volume_is_declared()
    {
        foreach (var job in _documents.Where(document => Text(document, "kind") == "Job"))
        {
            var pod = Map(Map(Map(job, "spec"), "template"), "spec");
            var declared = Seq(pod, "volumes").Select(volume => Text((YamlMappingNode)volume, "name")).ToList();
            var mounted = Seq(pod, "containers").SelectMany(container => Seq((YamlMappingNode)container, "volumeMounts")).Select(mount => Text((YamlMappingNode)mount, "name"));

            Assert.That(declared, Is.SupersetOf(mounted), Text(Map(job, "metadata"), "name"));
        }
    }

    [Test]
    public void The_server_pool_runs_the_Playwright_version_of_the_tool()
    {
        var version = typeof(Microsoft.Playwright.IPlaywright).Assembly.GetName().Version!.ToString(3);
        var container = ServerContainer();

        Assert.Multiple(() =>
        {
            Assert.That(Text(container, "image"), Does.EndWith($":v{version}-noble"));
            Assert.That(string.Join("\n", Seq(container, "args").Select(arg => ((YamlScalarNode)arg).Value)), Does.Contain($"playwright@{version} run-server"));
        });
    }

    [Test]
    public void The_service_and_the_network_policy_lead_the_audit_pods_to_the_server_port()
    {
        var deployment = _documents.Single(document => Text(document, "kind") == "Deployment");
        var service = Map(_documents.Single(document => Text(document, "kind") == "Service"), "spec");
        var policy = Map(_documents.Single(document => Text(document, "kind") == "NetworkPolicy"), "spec");
        var serverLabels = Labels(Map(Map(Map(deployment, "spec"), "template"), "metadata"));
        var auditLabels = Labels(Map(Map(Map(IndexedJob(), "spec"), "template"), "metadata"));
        var container = ServerContainer();
        var port = Int((YamlMappingNode)Seq(container, "ports").Single(), "containerPort");
        var admitted = (YamlMappingNode)Seq((YamlMappingNode)Seq(policy, "ingress").Single(), "from").Single();

        Assert.Multiple(() =>
        {
            Assert.That(serverLabels, Is.SupersetOf(Pairs(Map(service, "selector"))));
            Assert.That(serverLabels, Is.SupersetOf(Pairs(Map(Map(policy, "podSelector"), "matchLabels"))));
            Assert.That(auditLabels, Is.SupersetOf(Pairs(Map(Map(admitted, "podSelector"), "matchLabels"))), "the policy admits the shard pods");
            Assert.That(Int((YamlMappingNode)Seq(service, "ports").Single(), "targetPort"), Is.EqualTo(port));
            Assert.That(string.Join("\n", Seq(container, "args").Select(arg => ((YamlScalarNode)arg).Value)), Does.Contain($"--port {port} --host 0.0.0.0"));
        });
    }

    private YamlMappingNode ServerContainer() =>
        (YamlMappingNode)Seq(Map(Map(Map(_documents.Single(document => Text(document, "kind") == "Deployment"), "spec"), "template"), "spec"), "containers").Single();

    private static List<string> Labels(YamlMappingNode metadata) => Pairs(Map(metadata, "labels"));

    private static List<string> Pairs(YamlMappingNode map) =>
        map.Children.Select(pair => ((YamlScalarNode)pair.Key).Value + "=" + ((YamlScalarNode)pair.Value).Value).ToList();

    [GeneratedRegex(@"--shard ""\$part/(?<count>[0-9]+)""")]
    private static partial Regex ShardArgument();

    private YamlMappingNode IndexedJob() =>
        _documents.Single(document => Text(document, "kind") == "Job" && Map(document, "spec").Children.ContainsKey("completionMode") && Text(Map(document, "spec"), "completionMode") == "Indexed");

    private static string Script(YamlMappingNode jobSpec)
    {
        var container = (YamlMappingNode)Seq(Map(Map(jobSpec, "template"), "spec"), "containers").Single();
        return string.Join("\n", Seq(container, "args").Select(arg => ((YamlScalarNode)arg).Value));
    }

    private static List<string?> Claims(YamlMappingNode jobSpec) =>
        Seq(Map(Map(jobSpec, "template"), "spec"), "volumes")
            .Cast<YamlMappingNode>()
            .Where(volume => volume.Children.ContainsKey("persistentVolumeClaim"))
            .Select(volume => Text(Map(volume, "persistentVolumeClaim"), "claimName"))
            .ToList();

    private static YamlMappingNode Map(YamlMappingNode node, string key) => (YamlMappingNode)node[key];

    private static YamlSequenceNode Seq(YamlMappingNode node, string key) => (YamlSequenceNode)node[key];

    private static string? Text(YamlMappingNode node, string key) => ((YamlScalarNode)node[key]).Value;

    private static int Int(YamlMappingNode node, string key) => int.Parse(Text(node, key)!, NumberStyles.None, CultureInfo.InvariantCulture);

    private static List<YamlMappingNode> ReadManifests()
    {
        var markdown = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "scale.md"));
        var blocks = Regex.Matches(markdown, "^```yaml\n(?<yaml>.*?)^```$", RegexOptions.Multiline | RegexOptions.Singleline)
            .Select(match => match.Groups["yaml"].Value)
            .ToList();
        Assert.That(blocks, Is.Not.Empty, "docs/scale.md has yaml blocks");
        var documents = new List<YamlMappingNode>();
        foreach (var block in blocks)
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(block));
            documents.AddRange(stream.Documents.Select(document => (YamlMappingNode)document.RootNode));
        }

        return documents;
    }
}
