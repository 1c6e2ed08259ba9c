using Microsoft.Playwright;

namespace TrackerAudit.Tests.Demo;

/// <summary>Collects pixel beacons from a browser context and lets a test wait for one.</summary>
internal sealed class BeaconCollector
{
    private readonly Lock _gate = new();
    private readonly List<Beacon> _beacons = [];
    private readonly List<(Func<Beacon, bool> Predicate, TaskCompletionSource<Beacon> Arrived)> _waiters = [];

    public BeaconCollector(IBrowserContext context) => context.Request += (_, request) =>
    {
        if (Beacon.IsBeacon(request))
            Add(Beacon.From(request));
    };

    public IReadOnlyList<Beacon> Beacons
    {
        get
        {
            lock (_gate)
                return [.. _beacons];
        }
    }

    public async Task<Beacon> WaitForAsync(string what, Func<Beacon, bool> predicate, TimeSpan timeout)
    {
        var arrived = new TaskCompletionSource<Beacon>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            var already = _beacons.FirstOrDefault(predicate);
            if (already is not null)
                return already;
            _waiters.Add((predicate, arrived));
        }

        try
        {
            return await arrived.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            var seen = string.Join("\n", Beacons.Select(b => $"{b.Method} ev={b.Event} rqm={b.Transport} dl={b["dl"]}"));
            throw new AssertionException($"No beacon {what} within {timeout.TotalSeconds}s. Beacons seen:\n{seen}");
        }
    }

    private void Add(Beacon beacon)
    {
        List<TaskCompletionSource<Beacon>> satisfied;
        lock (_gate)
        {
            _beacons.Add(beacon);
            satisfied = [.. _waiters.Where(w => w.Predicate(beacon)).Select(w => w.Arrived)];
            _waiters.RemoveAll(w => satisfied.Contains(w.Arrived));
        }

        foreach (var arrived in satisfied)
            arrived.TrySetResult(beacon);
    }
}
