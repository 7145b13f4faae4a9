using System.Text.RegularExpressions;

namespace CcHc.IntegrationTests.Architecture;

/// <summary>
/// The web project's shape, read from its sources: page models stay thin, its folders use each other in one
/// direction only, and no page adds hours to a time by hand.
/// </summary>
public sealed partial class WebLayerShapeTests
{
    private static readonly string WebRoot = Path.Combine(RepositoryRoot(), "src", "CcHc.Web");

    private static readonly string[] TopFolders = ["Features", "Printing", "Security", "Charts", "Auditing", "Pages"];

    [Fact]
    public void No_page_model_is_over_200_lines()
    {
        var tooLong = Directory.EnumerateFiles(Path.Combine(WebRoot, "Pages"), "*.cshtml.cs", SearchOption.AllDirectories)
            .Select(f => (File: Path.GetRelativePath(WebRoot, f), Lines: File.ReadAllLines(f).Length))
            .Where(f => f.Lines > 200)
            .Select(f => $"{f.File}: {f.Lines} lines")
            .ToList();

        Assert.True(tooLong.Count == 0, "Page models over 200 lines:\n" + string.Join("\n", tooLong));
    }

    [Fact]
    public void No_page_model_reads_or_writes_the_database_itself()
    {
        // Page models bind input and call one query or command of their feature; the DbContext is the features' own.
        var direct = typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(Microsoft.AspNetCore.Mvc.RazorPages.PageModel).IsAssignableFrom(t))
            .Where(t => t.GetConstructors().Any(c => c.GetParameters().Any(p => p.ParameterType == typeof(CcHc.Infrastructure.Persistence.CcHcDbContext))))
            .Select(t => t.FullName)
            .ToList();

        Assert.True(direct.Count == 0, "Page models taking the DbContext:\n" + string.Join("\n", direct));
    }

    [Fact]
    public void The_folders_of_the_web_project_form_no_cycle()
    {
        var edges = FolderDependencies();

        var cycle = FindCycle(edges);

        Assert.True(cycle is null, "Folders that use each other: " + (cycle is null ? string.Empty : string.Join(" → ", cycle)));
    }

    [Fact]
    public void The_cycle_finder_finds_a_cycle_when_there_is_one()
    {
        var edges = new Dictionary<string, HashSet<string>>
        {
            ["Pages/Plans"] = ["Printing"],
            ["Printing"] = ["Features", "Pages/Plans"],
            ["Features"] = [],
        };

        Assert.Equal(["Pages/Plans", "Printing", "Pages/Plans"], FindCycle(edges));
    }

    [Fact]
    public void No_time_in_the_web_project_is_shifted_by_hand_or_read_from_the_machine_clock()
    {
        var offenders = SourceFiles()
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetRelativePath(WebRoot, f), Line: i + 1, Text: line)))
            .Where(l => HandShiftedTime().IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        Assert.True(offenders.Count == 0, "Use TimeProvider through VietnamTime / Formatting:\n" + string.Join("\n", offenders));
    }

    /// <summary>Folder → folders whose namespaces its files name (Pages counts per sub-folder: Pages/Plans, Pages/Reports…).</summary>
    private static Dictionary<string, HashSet<string>> FolderDependencies()
    {
        var edges = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var file in SourceFiles())
        {
            var from = FolderOf(Path.GetRelativePath(WebRoot, file));
            if (from is null)
            {
                continue;
            }

            var targets = edges.TryGetValue(from, out var set) ? set : edges[from] = [];
            var text = File.ReadAllText(file);
            foreach (Match m in QualifiedReference().Matches(text))
            {
                var folder = m.Groups["top"].Value == "Pages" && m.Groups["sub"].Success
                    ? "Pages/" + m.Groups["sub"].Value
                    : m.Groups["top"].Value;
                if (folder != from && folder != "Pages")
                {
                    targets.Add(folder);
                }
            }

            // Names relative to CcHc.Web inside its own namespace, e.g. "Printing.PlanExports".
            foreach (Match m in RelativeReference().Matches(text))
            {
                var folder = m.Groups["top"].Value;
                if (folder != from && !from.StartsWith(folder + "/", StringComparison.Ordinal))
                {
                    targets.Add(folder);
                }
            }
        }

        return edges;
    }

    private static string? FolderOf(string relativePath)
    {
        var parts = relativePath.Split(Path.DirectorySeparatorChar);
        if (parts.Length < 2 || !TopFolders.Contains(parts[0]))
        {
            return null;
        }

        return parts[0] == "Pages" ? (parts.Length > 2 ? "Pages/" + parts[1] : "Pages") : parts[0];
    }

    private static List<string>? FindCycle(Dictionary<string, HashSet<string>> edges)
    {
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        var path = new List<string>();

        List<string>? Visit(string node)
        {
            state[node] = 1;
            path.Add(node);
            foreach (var next in edges.GetValueOrDefault(node, []).Order(StringComparer.Ordinal))
            {
                if (state.GetValueOrDefault(next) == 1)
                {
                    return [.. path.Skip(path.IndexOf(next)), next];
                }

                if (state.GetValueOrDefault(next) == 0 && Visit(next) is { } found)
                {
                    return found;
                }
            }

            path.RemoveAt(path.Count - 1);
            state[node] = 2;
            return null;
        }

        foreach (var node in edges.Keys.Order(StringComparer.Ordinal))
        {
            if (state.GetValueOrDefault(node) == 0 && Visit(node) is { } cycle)
            {
                return cycle;
            }
        }

        return null;
    }

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(WebRoot, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CcHc.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("CcHc.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"CcHc\.Web\.(?<top>Features|Printing|Security|Charts|Auditing|Pages)(\.(?<sub>[A-Z]\w*))?")]
    private static partial Regex QualifiedReference();

    [GeneratedRegex(@"(?<![\w.])(?<top>Features|Printing|Charts|Auditing)\.[A-Z]\w*")]
    private static partial Regex RelativeReference();

    [GeneratedRegex(@"FromHours\(7\)|AddHours\(7\)|DateTime\.Now\b|DateTime\.UtcNow\b|DateTimeOffset\.Now\b|DateTimeOffset\.UtcNow\b|GetLocalNow\(")]
    private static partial Regex HandShiftedTime();
}
