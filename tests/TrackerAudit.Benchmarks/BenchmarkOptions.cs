using System.Globalization;

namespace TrackerAudit.Benchmarks;

/// <summary>What to run and how big: the command line of the benchmark program.</summary>
internal sealed record BenchmarkOptions
{
    public static readonly string[] Names = ["overhead", "parallel", "meta", "decode-mix", "har", "startup"];

    public required IReadOnlyList<string> Benchmarks { get; init; }

    /// <summary>Runs per side for the browser benchmarks (alternating), and runs of start-up.</summary>
    public int Runs { get; init; } = 3;

    public int MetaRequests { get; init; } = 1_000_000;

    public int MetaRuns { get; init; } = 3;

    public double MixSeconds { get; init; } = 5;

    public int MixRounds { get; init; } = 5;

    public IReadOnlyList<int> HarMegabytes { get; init; } = [250, 1024];

    public int HarRuns { get; init; } = 3;

    public int ParallelJourneys { get; init; } = 24;

    public string WorkFolder { get; init; } = Path.Combine(Path.GetTempPath(), "trackeraudit-bench");

    public string Corpus { get; init; } = RepoPaths.DefaultCorpus;

    public string? Browser { get; init; }

    public bool WriteDocs { get; init; }

    public const string Usage = """
        Usage: dotnet run -c Release --project tests/TrackerAudit.Benchmarks -- [all|overhead|parallel|meta|decode-mix|har|startup]... [options]

          --runs N            runs per side of the browser benchmarks, and of start-up (default 3)
          --meta-requests N   Meta requests in the generated file (default 1000000)
          --meta-runs N       decoding passes over that file (default 3)
          --mix-seconds S     seconds per round of decode-mix (default 5)
          --mix-rounds N      rounds of decode-mix, and of each tracker alone (default 5)
          --har-mb A,B        sizes of the generated HAR files in MB (default 250,1024)
          --har-runs N        decode runs per HAR size (default 3)
          --journeys N        journeys in the parallel benchmark (default 24)
          --work DIR          where generated files and run folders go (default: $TMPDIR/trackeraudit-bench)
          --corpus FILE       the tracker corpus (default ../shared/corpus/edtech-tracker-requests.jsonl)
          --browser PATH      the Chromium to use (default: found as TrackerAudit finds it)
          --quick             a smoke run of about five minutes: 1 run each, 8 parallel journeys,
                              100000 Meta requests, HARs of 32 and 128 MB,
                              decode-mix 3 rounds of 1 s
          --write-docs        write the results into docs/benchmarks.md
        """;

    public static BenchmarkOptions Parse(string[] args)
    {
        var benchmarks = new List<string>();
        var options = new BenchmarkOptions { Benchmarks = benchmarks };
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{arg} needs a value");
            int NextInt() => int.Parse(Next(), NumberStyles.Integer, CultureInfo.InvariantCulture);
            options = arg switch
            {
                "all" => options,
                "--runs" => options with { Runs = NextInt() },
                "--meta-requests" => options with { MetaRequests = NextInt() },
                "--meta-runs" => options with { MetaRuns = NextInt() },
                "--mix-seconds" => options with { MixSeconds = double.Parse(Next(), NumberStyles.Float, CultureInfo.InvariantCulture) },
                "--mix-rounds" => options with { MixRounds = NextInt() },
                "--har-mb" => options with { HarMegabytes = [.. Next().Split(',').Select(size => int.Parse(size, NumberStyles.Integer, CultureInfo.InvariantCulture))] },
                "--har-runs" => options with { HarRuns = NextInt() },
                "--journeys" => options with { ParallelJourneys = NextInt() },
                "--work" => options with { WorkFolder = Path.GetFullPath(Next()) },
                "--corpus" => options with { Corpus = Path.GetFullPath(Next()) },
                "--browser" => options with { Browser = Next() },
                "--write-docs" => options with { WriteDocs = true },
                "--quick" => options with { Runs = 1, MetaRequests = 100_000, MetaRuns = 1, HarMegabytes = [32, 128], HarRuns = 1, ParallelJourneys = 8, MixSeconds = 1, MixRounds = 3 },
                _ when Names.Contains(arg) => Add(options, benchmarks, arg),
                _ => throw new ArgumentException($"unknown argument '{arg}'"),
            };
        }

        if (benchmarks.Count == 0)
        {
            benchmarks.AddRange(Names);
        }

        return options;
    }

    private static BenchmarkOptions Add(BenchmarkOptions options, List<string> benchmarks, string name)
    {
        benchmarks.Add(name);
        return options;
    }
}
