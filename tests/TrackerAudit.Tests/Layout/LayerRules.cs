using ArchUnitNET.Domain;
using ArchUnitNET.Fluent;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace TrackerAudit.Tests.Layout;

/// <summary>
/// The rules of the library's layers, each for a root namespace: the library's (<c>TrackerAudit</c>) in
/// <see cref="LayerRulesTests"/>, and the fixtures' to show that each rule fails when broken.
/// </summary>
internal static class LayerRules
{
    /// <summary>
    /// The cycles between the top-level folders of <paramref name="root"/>, each folder with everything below it (a
    /// tracker's folder belongs to Trackers, the HTML writer to Reports), each cycle with one dependency that makes
    /// each of its steps; empty when the layers form a straight line. ArchUnitNET's slices split sub-namespaces
    /// apart, so the layers are grouped here from its dependency graph.
    /// </summary>
    public static IReadOnlyList<string> CyclesBetweenLayers(ArchUnitNET.Domain.Architecture architecture, string root)
    {
        static string? Layer(string ns, string root) =>
            ns.StartsWith(root + ".", StringComparison.Ordinal) ? ns[(root.Length + 1)..].Split('.')[0] : null;

        var edges = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var type in architecture.Types)
        {
            if (Layer(type.Namespace?.FullName ?? "", root) is not { } from)
            {
                continue;
            }

            foreach (var dependency in type.Dependencies)
            {
                if (Layer(dependency.Target?.Namespace?.FullName ?? "", root) is { } to && to != from)
                {
                    edges.TryAdd(from, new Dictionary<string, string>(StringComparer.Ordinal));
                    edges[from].TryAdd(to, $"{type.FullName} -> {dependency.Target!.FullName}");
                }
            }
        }

        var cycles = new List<string>();
        foreach (var (from, targets) in edges.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            foreach (var (to, because) in targets)
            {
                // A cycle through this edge: a way back from its target to its source.
                if (string.CompareOrdinal(from, to) < 0 && PathBetween(edges, to, from) is { } back)
                {
                    cycles.Add($"{from} -> {to} ({because}), and back: {back}");
                }
            }
        }

        return cycles;
    }

    private static string? PathBetween(Dictionary<string, Dictionary<string, string>> edges, string start, string goal)
    {
        var cameFrom = new Dictionary<string, (string Layer, string Because)>(StringComparer.Ordinal);
        var queue = new Queue<string>([start]);
        while (queue.Count > 0)
        {
            var layer = queue.Dequeue();
            if (layer == goal)
            {
                var steps = new List<string>();
                for (var at = goal; at != start; at = cameFrom[at].Layer)
                {
                    steps.Insert(0, $"{cameFrom[at].Layer} -> {at} ({cameFrom[at].Because})");
                }

                return string.Join("; ", steps);
            }

            foreach (var (next, because) in edges.GetValueOrDefault(layer) ?? [])
            {
                if (next != start && cameFrom.TryAdd(next, (layer, because)))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return null;
    }

    /// <summary>Only <c>root.Browsing</c> (and below) uses Playwright: the rest of the tool runs without a browser.</summary>
    public static IArchRule PlaywrightOnlyInBrowsing(string root) =>
        Types().That().ResideInNamespaceMatching("^" + Escape(root) + @"(\..*)?$")
            .And().DoNotResideInNamespaceMatching("^" + Escape(root) + @"\.Browsing(\..*)?$")
            .Should().NotDependOnAny(Types().That().ResideInNamespaceMatching(@"^Microsoft\.Playwright(\..*)?$"))
            .Because("everything that drives a browser lives in Browsing");

    /// <summary><c>root.Model</c> holds records every layer reads, so it depends on no other layer.</summary>
    public static IArchRule ModelDependsOnNoLayer(string root) =>
        Types().That().ResideInNamespaceMatching("^" + Escape(root) + @"\.Model$")
            .Should().NotDependOnAny(Types().That().ResideInNamespaceMatching("^" + Escape(root) + @"\.(?!Model$).+"))
            .Because("the model is the vocabulary of every layer and must not pull a layer in");

    private static string Escape(string ns) => ns.Replace(".", @"\.", StringComparison.Ordinal);
}
