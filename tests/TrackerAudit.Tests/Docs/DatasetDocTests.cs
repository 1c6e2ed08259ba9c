using System.CommandLine;
using System.Text.RegularExpressions;
using TrackerAudit.Cli.Commands;
using TrackerAudit.Reports.Dataset;
using TrackerAudit.Tests.Support;

namespace TrackerAudit.Tests.Docs;

/// <summary>docs/dataset.md documents every table and column the dataset has, and the README lists <c>export</c> and its options.</summary>
public sealed partial class DatasetDocTests
{
    private static string Doc => File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "dataset.md"));

    private static string Readme => File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));

    [Test]
    public void Every_table_and_column_is_documented_with_its_type_and_nothing_else_is()
    {
        var documented = new List<string>();
        string? table = null;
        foreach (var line in Doc.Split('\n'))
        {
            if (TableHeading().Match(line) is { Success: true } heading)
            {
                table = heading.Groups["name"].Value;
            }
            else if (table is not null && ColumnRow().Match(line) is { Success: true } row)
            {
                documented.Add($"{table}.{row.Groups["name"].Value} {row.Groups["type"].Value}");
            }
        }

        var schema = DatasetSchema.Tables.SelectMany(t => t.Columns.Select(column => $"{t.Name}.{column.Name} {(column.Type == ColumnType.Integer ? "integer" : "text")}"));
        Assert.That(documented, Is.EqualTo(schema));
    }

    [Test]
    public void The_README_lists_export_and_each_of_its_options()
    {
        var command = ExportCommand.Create(TextWriter.Null);
        var readme = Readme;

        Assert.Multiple(() =>
        {
            Assert.That(readme, Does.Contain("| `export <run-folders...> -o OUT` |"));
            Assert.That(readme, Does.Contain("[docs/dataset.md](docs/dataset.md)"));
            foreach (var option in command.Options.Where(option => option.Name != "--help" && !option.Hidden))
            {
                Assert.That(readme, Does.Match($@"\| `{Regex.Escape(option.Name)}[ /`]"), option.Name);
            }
        });
    }

    [Test]
    public void The_README_bundle_table_names_report_sqlite() =>
        Assert.That(Readme, Does.Contain("| `report.sqlite` |"));

    [GeneratedRegex(@"^### `(?<name>[a-z_]+)`$")]
    private static partial Regex TableHeading();

    [GeneratedRegex(@"^\| `(?<name>[a-z_]+)` \| (?<type>text|integer) \|")]
    private static partial Regex ColumnRow();
}
