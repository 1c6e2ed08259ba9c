namespace TrackerAudit.Benchmarks;

/// <summary>Medians and spreads of repeated measurements.</summary>
internal static class Stats
{
    public static double Median(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>The runs as "a / b / c", in the order they ran.</summary>
    public static string Runs(IEnumerable<double> values, string format) =>
        string.Join(" / ", values.Select(value => value.ToString(format, System.Globalization.CultureInfo.InvariantCulture)));
}
