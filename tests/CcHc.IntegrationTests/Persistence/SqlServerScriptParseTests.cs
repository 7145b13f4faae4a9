using System.Text.RegularExpressions;
using CcHc.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using Xunit.Abstractions;

namespace CcHc.IntegrationTests.Persistence;

/// <summary>
/// Issue 19, "SQL Server, proven without a server": the SQL Server migration set (every migration, with its triggers)
/// is generated as a script and parsed by Microsoft's own T-SQL parser (ScriptDom, SQL Server 2022 grammar): no parse
/// error, every table of the model created (or renamed into), every trigger of the model created, in both the plain
/// script an operator runs on an empty database and the idempotent one for an existing database (whose statements
/// sit in EXEC(N'…') strings, parsed too).
/// </summary>
public sealed partial class SqlServerScriptParseTests(ITestOutputHelper output)
{
    private static CcHcDbContext Context() => SqlServerScript.Context();

    private static (TSqlFragment Tree, IList<ParseError> Errors) Parse(string sql) => SqlServerScript.Parse(sql);

    private static string Describe(IEnumerable<ParseError> errors, string sql)
    {
        var lines = sql.Split('\n');
        return string.Join("\n", errors.Take(10).Select(e => $"line {e.Line}: {e.Message} — {(e.Line - 1 < lines.Length ? lines[e.Line - 1].Trim() : string.Empty)}"));
    }

    [Fact]
    public void The_plain_script_parses_and_creates_every_table_and_trigger_of_the_model()
    {
        using var db = Context();
        var migrations = db.Database.GetMigrations().ToList();
        var script = db.GetService<IMigrator>().GenerateScript();

        var (tree, errors) = Parse(script);

        Assert.True(errors.Count == 0, Describe(errors, script));
        var found = new Collector();
        tree.Accept(found);
        foreach (var statement in SqlServerScript.ExecStatements(tree))
        {
            var (inner, innerErrors) = Parse(statement);
            Assert.True(innerErrors.Count == 0, Describe(innerErrors, statement));
            inner.Accept(found);
        }

        output.WriteLine($"{migrations.Count} migrations, {script.Length:N0} characters, {((TSqlScript)tree).Batches.Count} batches, "
            + $"{found.Tables.Count} tables created, {found.Triggers.Count} triggers created, {found.Renamed.Count} tables renamed");

        var tables = ModelTables(db);
        var missing = tables.Where(t => !found.Tables.Contains(t) && !found.Renamed.Contains(t)).ToList();
        Assert.True(missing.Count == 0, "Tables of the model the script never creates: " + string.Join(", ", missing));
        var triggers = db.Model.GetEntityTypes().SelectMany(e => e.GetDeclaredTriggers()).Select(t => t.ModelName).ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(triggers);
        var absent = triggers.Where(t => !found.Triggers.Contains(t)).ToList();
        Assert.True(absent.Count == 0, "Triggers of the model the script never creates: " + string.Join(", ", absent));
        // Every table with a trigger exists by then: the trigger's table is one the script created.
        Assert.All(found.TriggerTables, t => Assert.True(found.Tables.Contains(t) || found.Renamed.Contains(t), $"a trigger on {t}, a table the script never creates"));
    }

    [Fact]
    public void The_idempotent_script_and_every_statement_it_runs_through_exec_parse()
    {
        using var db = Context();
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        var (tree, errors) = Parse(script);

        Assert.True(errors.Count == 0, Describe(errors, script));
        var statements = SqlServerScript.ExecStatements(tree);
        Assert.NotEmpty(statements);
        var inner = new Collector();
        foreach (var statement in statements)
        {
            var (innerTree, innerErrors) = Parse(statement);
            Assert.True(innerErrors.Count == 0, Describe(innerErrors, statement));
            innerTree.Accept(inner);
        }

        output.WriteLine($"Idempotent: {script.Length:N0} characters, {statements.Count} statements in EXEC(N'…'), {inner.Triggers.Count} of them triggers");
        var triggers = db.Model.GetEntityTypes().SelectMany(e => e.GetDeclaredTriggers()).Select(t => t.ModelName).ToHashSet(StringComparer.Ordinal);
        Assert.Subset(inner.Triggers.Concat(TriggerNamesOutsideExec(script)).ToHashSet(StringComparer.Ordinal), triggers);
    }

    [Fact]
    public void A_broken_statement_is_reported_by_the_parser()
    {
        // The check can fail: a trigger missing its END is an error at its line.
        var (_, errors) = Parse("CREATE TRIGGER [T] ON [PlanItems] AFTER UPDATE AS\nBEGIN\n  IF UPDATE([PlanId]) THROW 50000, N'x', 1;\nGO\n");
        Assert.NotEmpty(errors);
    }

    private static HashSet<string> ModelTables(CcHcDbContext db) =>
        db.Model.GetEntityTypes()
            .Where(e => e.GetTableName() is not null && e.GetViewName() is null)
            .Select(e => e.GetTableName()!)
            .ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<string> TriggerNamesOutsideExec(string script) =>
        TriggerName().Matches(script).Select(m => m.Groups[1].Value);

    [GeneratedRegex(@"^CREATE TRIGGER \[([^\]]+)\]", RegexOptions.Multiline)]
    private static partial Regex TriggerName();

    /// <summary>The tables and triggers a script creates, and the tables sp_rename gives a new name.</summary>
    private sealed class Collector : TSqlFragmentVisitor
    {
        public HashSet<string> Tables { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Triggers { get; } = new(StringComparer.Ordinal);

        public HashSet<string> TriggerTables { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Renamed { get; } = new(StringComparer.Ordinal);

        public override void Visit(CreateTableStatement node) => Tables.Add(node.SchemaObjectName.BaseIdentifier.Value);

        public override void Visit(CreateTriggerStatement node)
        {
            Triggers.Add(node.Name.BaseIdentifier.Value);
            if (node.TriggerObject.Name is { } table)
            {
                TriggerTables.Add(table.BaseIdentifier.Value);
            }
        }

        public override void Visit(ExecuteSpecification node)
        {
            // EXEC sp_rename N'[Old]', N'New'; (a table) or N'[T].[Old]', N'New', 'COLUMN' (a column: ignored)
            if (node.ExecutableEntity is ExecutableProcedureReference { ProcedureReference.ProcedureReference.Name.BaseIdentifier.Value: "sp_rename" } call
                && call.Parameters.Count == 2
                && call.Parameters[1].ParameterValue is StringLiteral target)
            {
                Renamed.Add(target.Value);
            }
        }
    }
}

/// <summary>The SQL Server migration script, generated without a server, and ScriptDom's reading of it.</summary>
public static class SqlServerScript
{
    public static CcHcDbContext Context()
    {
        var builder = new DbContextOptionsBuilder<CcHcDbContext>();
        PersistenceServiceCollectionExtensions.Configure(builder, new DatabaseOptions
        {
            Provider = DatabaseProvider.SqlServer,
            ConnectionString = "Server=localhost;Database=CcHc;Trusted_Connection=True;TrustServerCertificate=True",
        });
        return new CcHcDbContext(builder.Options, CcHc.Infrastructure.Identity.DataScope.Unrestricted);
    }

    /// <summary>Parsed with the SQL Server 2022 grammar, QUOTED_IDENTIFIER on (as EF Core's scripts assume).</summary>
    public static (TSqlFragment Tree, IList<ParseError> Errors) Parse(string sql)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        var tree = parser.Parse(reader, out var errors);
        return (tree, errors);
    }

    /// <summary>The SQL text of every EXEC(N'…') the script runs, unescaped.</summary>
    public static List<string> ExecStatements(TSqlFragment tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        var collector = new ExecCollector();
        tree.Accept(collector);
        return collector.Statements;
    }

    /// <summary>
    /// The plain script as SQL Server runs it, for reading: each EXEC(N'…') string replaced by its unescaped text (so a
    /// trigger reads "N'message'", not "N''message''").
    /// </summary>
    public static string Readable()
    {
        using var db = Context();
        var script = db.GetService<IMigrator>().GenerateScript();
        var (tree, errors) = Parse(script);
        if (errors.Count > 0)
        {
            return script;
        }

        var collector = new ExecCollector();
        tree.Accept(collector);
        var text = new System.Text.StringBuilder(script);
        foreach (var literal in collector.Literals.OrderByDescending(l => l.StartOffset))
        {
            text.Remove(literal.StartOffset, literal.FragmentLength).Insert(literal.StartOffset, literal.Value);
        }

        return text.ToString();
    }

    /// <summary>
    /// The text of each EXEC(N'…'): its literals unescaped, a variable spliced in (EF Core's
    /// "DROP CONSTRAINT [' + @var + ']") read as a placeholder name.
    /// </summary>
    private sealed class ExecCollector : TSqlFragmentVisitor
    {
        public const string Placeholder = "SplicedName";

        public List<string> Statements { get; } = [];

        public List<StringLiteral> Literals { get; } = [];

        public override void Visit(ExecutableStringList node)
        {
            Statements.Add(string.Concat(node.Strings.Select(s => s is StringLiteral literal ? literal.Value : Placeholder)));
            Literals.AddRange(node.Strings.OfType<StringLiteral>());
        }
    }
}
