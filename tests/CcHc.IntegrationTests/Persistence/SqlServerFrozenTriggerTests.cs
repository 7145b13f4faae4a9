using System.Text.RegularExpressions;
using CcHc.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CcHc.IntegrationTests.Persistence;

/// <summary>
/// No SQL Server here: the SQL Server migration's script is generated and read. Each SQLite trigger of "Issued means
/// frozen" has its twin on the same table, firing on the same statements, with the same message.
/// </summary>
public sealed partial class SqlServerFrozenTriggerTests
{
    public static TheoryData<string, string, string, string> Twins { get; } = new()
    {
        // SQL Server trigger, table, events, message.
        { ImmutabilityTriggers.PlanItems + "_Insert", "PlanItems", "INSERT, UPDATE", ImmutabilityTriggers.IssuedMessage },
        { ImmutabilityTriggers.PlanTasks + "_Insert", "PlanTasks", "INSERT, UPDATE", ImmutabilityTriggers.IssuedMessage },
        { ImmutabilityTriggers.CriterionScores, "CriterionScore", "INSERT, UPDATE, DELETE", ImmutabilityTriggers.IssuedBasisMessage },
        { ImmutabilityTriggers.Assessments, "Assessments", "UPDATE, DELETE", ImmutabilityTriggers.IssuedBasisMessage },
        { ImmutabilityTriggers.CriterionNodes, "CriterionNodes", "UPDATE, DELETE", ImmutabilityTriggers.IssuedBasisMessage },
        { ImmutabilityTriggers.Communes, "Communes", "DELETE", ImmutabilityTriggers.IssuedCommuneMessage },
        { ImmutabilityTriggers.EvidenceFiles, "EvidenceFiles", "UPDATE, DELETE", ImmutabilityTriggers.EvidenceMessage },
        { ImmutabilityTriggers.EvidenceWithdrawals, "EvidenceWithdrawals", "UPDATE, DELETE", ImmutabilityTriggers.HistoryMessage },
        { ImmutabilityTriggers.IssuedSnapshots, "IssuedSnapshots", "UPDATE, DELETE", ImmutabilityTriggers.IssuedMessage },
        { ImmutabilityTriggers.IssuedFigures, "IssuedFigures", "UPDATE, DELETE", ImmutabilityTriggers.IssuedMessage },
    };

    /// <summary>The script with the triggers' text as SQL Server runs it (they go through EXEC(N'…'): SqlBatch).</summary>
    private static readonly Lazy<string> Script = new(SqlServerScript.Readable);

    private static CcHcDbContext Context() => SqlServerScript.Context();

    [Theory]
    [MemberData(nameof(Twins))]
    public void The_sql_server_migration_has_the_twin_trigger(string name, string table, string events, string message)
    {
        var match = Regex.Match(Script.Value, $@"CREATE TRIGGER \[{name}\] ON \[{table}\] AFTER {events} AS(?<body>.*?)\bEND\b", RegexOptions.Singleline);

        Assert.True(match.Success, $"{name} ON [{table}] AFTER {events} is not in the SQL Server script");
        Assert.Contains($"N'{message.Replace("'", "''", StringComparison.Ordinal)}'", match.Groups["body"].Value, StringComparison.Ordinal);
        Assert.Contains("THROW 5000", match.Groups["body"].Value, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sql_server_triggers_test_the_same_conditions_as_the_sqlite_ones()
    {
        var script = Script.Value;
        string Body(string name) => Regex.Match(script, $@"CREATE TRIGGER \[{name}\].*?\bEND\b", RegexOptions.Singleline).Value;

        // Inserts are refused into sealed versions (snapshot or frozen file), moves into any issued version.
        Assert.Contains("[IssuedSnapshots]", Body(ImmutabilityTriggers.PlanItems + "_Insert"), StringComparison.Ordinal);
        Assert.Contains("UPDATE([PlanId])", Body(ImmutabilityTriggers.PlanItems + "_Insert"), StringComparison.Ordinal);
        Assert.Contains("UPDATE([ItemId])", Body(ImmutabilityTriggers.PlanTasks + "_Insert"), StringComparison.Ordinal);
        // The criteria: structure and maxima only; a rename passes (the version reads its snapshot).
        var nodes = Body(ImmutabilityTriggers.CriterionNodes);
        Assert.Contains("UPDATE([MaxScore])", nodes, StringComparison.Ordinal);
        Assert.Contains("UPDATE([ParentId])", nodes, StringComparison.Ordinal);
        Assert.DoesNotContain("UPDATE([Title])", nodes, StringComparison.Ordinal);
        // Every table with a trigger is declared so in the model (EF Core then writes no bare OUTPUT clause).
        using var db = Context();
        foreach (var table in new[] { "CriterionScore", "Assessments", "CriterionNodes", "Communes", "EvidenceFiles", "EvidenceWithdrawals", "IssuedSnapshots", "IssuedFigures" })
        {
            var entity = db.Model.GetEntityTypes().Single(e => e.GetTableName() == table && !e.IsOwned());
            Assert.NotEmpty(entity.GetDeclaredTriggers());
        }
    }
}
