using TrackerAudit.Benchmarks;

return await BenchmarkApp.RunAsync(args).ConfigureAwait(false);
