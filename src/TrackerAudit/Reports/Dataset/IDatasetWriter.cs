namespace TrackerAudit.Reports.Dataset;

/// <summary>One output format of the dataset: takes the rows of one run at a time, so a crawl of many runs is never held whole.</summary>
internal interface IDatasetWriter : IAsyncDisposable
{
    Task AddAsync(RunRows rows, CancellationToken cancellationToken);

    /// <summary>Finishes the output; until then it is not in place (a dataset is never left half-written under its name).</summary>
    Task CompleteAsync(CancellationToken cancellationToken);
}
