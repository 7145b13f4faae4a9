using CcHc.DemoData;
using CcHc.Domain.Plans;
using CcHc.Domain.Tracking;
using CcHc.Infrastructure.Persistence;
using CcHc.Infrastructure.Seeding;
using CcHc.IntegrationTests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CcHc.IntegrationTests.Persistence;

/// <summary>
/// A real migrated SQLite file with Cẩm Sơn's issued (and sealed: its snapshot stored) plan, Triệu Trạch's draft plan, an
/// evidence file and its withdrawal; the raw statements of "Issued means frozen" built against their ids.
/// </summary>
public sealed class IssuedFrozenDatabase : IDisposable
{
    private readonly SqliteDatabase? _database;

    public IssuedFrozenDatabase()
        : this(persist: true)
    {
    }

    private IssuedFrozenDatabase(bool persist)
    {
        var positions = new StandardPositions();
        // Cẩm Sơn's plan issued as the workflow does it (its seed prints scores), Triệu Trạch's left a draft (the demo
        // issues it as its công văn; here it is the draft beside the issued plan).
        Issued = CamSon2023.Build(positions);
        var clerk = new Actor("clerk.camson", "Công chức");
        var at = new DateTimeOffset(2024, 2, 5, 9, 0, 0, TimeSpan.FromHours(7));
        Issued.Plan.Submit(clerk, at, Issued.Assessment.Evaluate(Issued.CriteriaSet));
        Issued.Plan.Approve(new Actor("chairman.camson", "Chủ tịch"), at.AddHours(1));
        Issued.Plan.Issue(clerk, at.AddHours(2), "12", new DateOnly(2024, 2, 5));
        Draft = TrieuTrach2022.Build(positions, issued: false);
        Evidence = new EvidenceFile(Issued.Plan.Id, Issued.Plan.Items[0].Tasks[0].Id, null, "bien-ban.pdf", EvidenceType.Pdf, 100, new string('a', 64), new Actor("u", "Công chức"), DateTimeOffset.UtcNow);
        if (!persist)
        {
            return;
        }

        _database = new SqliteDatabase();
        using (var db = _database.CreateContext())
        {
            db.Positions.AddRange(positions.All);
            db.AddDemoCommune(Issued);
            db.AddDemoCommune(Draft);
            db.SaveChanges();
            db.AddDemoSnapshot(Issued);
            db.EvidenceFiles.Add(Evidence);
            db.SaveChanges();
            db.EvidenceWithdrawals.Add(new EvidenceWithdrawal(Evidence, new Actor("u", "Công chức"), "Tải nhầm tệp.", DateTimeOffset.UtcNow));
            db.SaveChanges();
        }

        Assert.Equal(PlanStatus.Issued, Issued.Plan.Status);
        Assert.Equal(PlanStatus.Draft, Draft.Plan.Status);
    }

    public DemoCommune Issued { get; }

    public DemoCommune Draft { get; }

    public EvidenceFile Evidence { get; }

    /// <summary>The same demo rows, not stored: for listing the statements' names.</summary>
    public static IssuedFrozenDatabase InMemory() => new(persist: false);

    public CcHcDbContext CreateContext() => _database!.CreateContext();

    public void Dispose() => _database?.Dispose();

    /// <summary>A GUID as EF Core's SQLite provider stores it (upper-case text), quoted.</summary>
    public static string Q(Guid id) => $"'{id.ToString().ToUpperInvariant()}'";

    /// <summary>The statements that must be refused on issued data, by name.</summary>
    public IReadOnlyDictionary<string, string> Refused()
    {
        var plan = Issued.Plan;
        var item = plan.Items[0];
        var task = item.Tasks[0];
        var draftItem = Draft.Plan.Items[0];
        var draftTask = draftItem.Tasks[0];
        var assessment = Issued.Assessment;
        var score = assessment.Scores.First();
        var draftScore = Draft.Assessment.Scores.First();
        // A node without a score where the set has one (else the last node: the BEFORE trigger answers before the
        // unique index or the foreign key would, and the test checks the trigger's message).
        var set = Issued.CriteriaSet;
        var unscored = set.Nodes.FirstOrDefault(n => assessment.ScoreOf(n.Id) is null && !set.ChildrenOf(n).Any()) ?? set.Nodes[^1];
        var node = Issued.CriteriaSet.Nodes.First(n => n.MaxScore is not null && n.ParentId is not null);
        var field = Issued.CriteriaSet.Fields.First(f => f.Id != node.ParentId);
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["item inserted"] = $"""INSERT INTO PlanItems (Id, PlanId, "Order", Heading, CriterionIds, SupportPositionIds, NotRemediable, ConcurrencyToken) VALUES ({Q(Guid.NewGuid())}, {Q(plan.Id)}, 99, 'Thêm lén', '[]', '[]', 0, {Q(Guid.NewGuid())})""",
            ["draft item moved into the issued version"] = $"UPDATE PlanItems SET PlanId = {Q(plan.Id)} WHERE Id = {Q(draftItem.Id)}",
            ["item moved out"] = $"UPDATE PlanItems SET PlanId = {Q(Draft.Plan.Id)} WHERE Id = {Q(item.Id)}",
            ["item heading changed"] = $"UPDATE PlanItems SET Heading = 'Sửa lén' WHERE Id = {Q(item.Id)}",
            ["item deleted"] = $"DELETE FROM PlanItems WHERE Id = {Q(item.Id)}",
            ["every item deleted"] = $"DELETE FROM PlanItems WHERE PlanId = {Q(plan.Id)}",
            ["task inserted"] = $"""INSERT INTO PlanTasks (Id, ItemId, "Order", Description, Progress, ConcurrencyToken) VALUES ({Q(Guid.NewGuid())}, {Q(item.Id)}, 99, 'Thêm lén', 'NotStarted', {Q(Guid.NewGuid())})""",
            ["draft task moved into the issued version"] = $"UPDATE PlanTasks SET ItemId = {Q(item.Id)} WHERE Id = {Q(draftTask.Id)}",
            ["task moved out"] = $"UPDATE PlanTasks SET ItemId = {Q(draftItem.Id)} WHERE Id = {Q(task.Id)}",
            ["task text changed"] = $"UPDATE PlanTasks SET Description = 'Sửa lén' WHERE Id = {Q(task.Id)}",
            ["task deadline changed"] = $"UPDATE PlanTasks SET Deadline_Wording = 'Quý IV' WHERE Id = {Q(task.Id)}",
            ["task deleted"] = $"DELETE FROM PlanTasks WHERE Id = {Q(task.Id)}",
            ["plan header changed"] = $"UPDATE Plans SET Summary = 'Sửa lén' WHERE Id = {Q(plan.Id)}",
            ["plan deleted"] = $"DELETE FROM Plans WHERE Id = {Q(plan.Id)}",
            ["score inserted"] = $"INSERT INTO CriterionScore (Id, AssessmentId, CriterionId, AppraisedScore) VALUES ({Q(Guid.NewGuid())}, {Q(assessment.Id)}, {Q(unscored.Id)}, '0.5')",
            ["appraised score changed"] = $"UPDATE CriterionScore SET AppraisedScore = '0' WHERE Id = {Q(score.Id)}",
            ["stated deduction changed"] = $"UPDATE CriterionScore SET StatedDeduction = '9' WHERE Id = {Q(score.Id)}",
            ["score reason changed"] = $"UPDATE CriterionScore SET Reason = 'Sửa lén' WHERE Id = {Q(score.Id)}",
            ["score deleted"] = $"DELETE FROM CriterionScore WHERE Id = {Q(score.Id)}",
            ["another assessment's score moved in"] = $"UPDATE CriterionScore SET AssessmentId = {Q(assessment.Id)} WHERE Id = {Q(draftScore.Id)}",
            ["score moved out"] = $"UPDATE CriterionScore SET AssessmentId = {Q(Draft.Assessment.Id)} WHERE Id = {Q(score.Id)}",
            ["stated total changed"] = $"UPDATE Assessments SET StatedTotal = '99' WHERE Id = {Q(assessment.Id)}",
            ["rank changed"] = $"UPDATE Assessments SET RankPosition = 1, RankOf = 1 WHERE Id = {Q(assessment.Id)}",
            ["assessment's criteria set changed"] = $"UPDATE Assessments SET CriteriaSetId = {Q(Draft.CriteriaSet.Id)} WHERE Id = {Q(assessment.Id)}",
            ["decision changed"] = $"UPDATE Assessments SET DecisionNumber = '1/QĐ' WHERE Id = {Q(assessment.Id)}",
            ["assessment deleted"] = $"DELETE FROM Assessments WHERE Id = {Q(assessment.Id)}",
            ["criterion maximum changed"] = $"UPDATE CriterionNodes SET MaxScore = '99' WHERE Id = {Q(node.Id)}",
            ["criterion moved to another field"] = $"UPDATE CriterionNodes SET ParentId = {Q(field.Id)} WHERE Id = {Q(node.Id)}",
            ["criterion deleted"] = $"DELETE FROM CriterionNodes WHERE Id = {Q(unscored.Id)}",
            ["commune deleted"] = $"DELETE FROM Communes WHERE Id = {Q(Issued.Commune.Id)}",
            ["evidence renamed"] = $"UPDATE EvidenceFiles SET FileName = 'khac.pdf' WHERE Id = {Q(Evidence.Id)}",
            ["evidence deleted"] = $"DELETE FROM EvidenceFiles WHERE Id = {Q(Evidence.Id)}",
            ["withdrawal changed"] = $"UPDATE EvidenceWithdrawals SET Reason = 'x'",
            ["withdrawal deleted"] = "DELETE FROM EvidenceWithdrawals",
            ["snapshot changed"] = $"UPDATE IssuedSnapshots SET Json = 'x' WHERE PlanId = {Q(plan.Id)}",
            ["snapshot deleted"] = $"DELETE FROM IssuedSnapshots WHERE PlanId = {Q(plan.Id)}",
            ["row figures changed"] = $"UPDATE IssuedFigures SET Total = 100 WHERE PlanId = {Q(plan.Id)}",
            ["row figures deleted"] = $"DELETE FROM IssuedFigures WHERE PlanId = {Q(plan.Id)}",
        };
    }

    /// <summary>Legitimate statements on the same data, each changing exactly one row.</summary>
    public IReadOnlyDictionary<string, string> Allowed()
    {
        var task = Issued.Plan.Items[0].Tasks[0];
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["progress of an issued task recorded"] = $"UPDATE PlanTasks SET Progress = 'Done' WHERE Id = {Q(task.Id)}",
            ["commune renamed (the issued version reads its snapshot)"] = $"UPDATE Communes SET Name = 'xã Sơn Kỳ Mới' WHERE Id = {Q(Issued.Commune.Id)}",
            ["office renamed"] = $"UPDATE OversightOffices SET Name = 'Sở Nội vụ mới' WHERE Id = {Q(Issued.Office.Id)}",
            ["criterion title renamed (idem)"] = $"UPDATE CriterionNodes SET Title = 'Tiêu đề mới', Code = 'X' WHERE Id = {Q(Issued.CriteriaSet.Nodes[0].Id)}",
            ["draft item inserted"] = $"""INSERT INTO PlanItems (Id, PlanId, "Order", Heading, CriterionIds, SupportPositionIds, NotRemediable, ConcurrencyToken) VALUES ({Q(Guid.NewGuid())}, {Q(Draft.Plan.Id)}, 99, 'Nội dung mới', '[]', '[]', 0, {Q(Guid.NewGuid())})""",
            ["draft task changed"] = $"UPDATE PlanTasks SET Description = 'Sửa dự thảo' WHERE Id = {Q(Draft.Plan.Items[0].Tasks[0].Id)}",
            ["score of an assessment without an issued plan changed"] = $"UPDATE CriterionScore SET Reason = 'Đính chính' WHERE Id = {Q(Draft.Assessment.Scores.First().Id)}",
            ["criterion maximum of a set no issued plan rests on changed"] = $"UPDATE CriterionNodes SET MaxScore = MaxScore WHERE Id = {Q(Draft.CriteriaSet.Nodes.First(n => n.MaxScore is not null).Id)}",
            ["evidence added"] = $"INSERT INTO EvidenceFiles (Id, PlanId, TaskId, FileName, Type, Length, Sha256, StorageKey, UploadedById, UploadedByName, UploadedAt) VALUES ({Q(Guid.NewGuid())}, {Q(Issued.Plan.Id)}, {Q(task.Id)}, 'moi.pdf', 'Pdf', 10, '{new string('b', 64)}', '{Guid.NewGuid():N}', 'u', 'Công chức', 0)",
        };
    }
}

/// <summary>
/// "Issued means frozen" in the database: every raw statement that would change what an issued version shows or rests
/// on is refused by a trigger with its message; legitimate statements on the same rows still succeed.
/// </summary>
public sealed class IssuedFrozenTriggerTests(IssuedFrozenDatabase data) : IClassFixture<IssuedFrozenDatabase>
{
    private static readonly string[] Messages =
    [
        ImmutabilityTriggers.IssuedMessage, ImmutabilityTriggers.IssuedBasisMessage, ImmutabilityTriggers.IssuedCommuneMessage,
        ImmutabilityTriggers.EvidenceMessage, ImmutabilityTriggers.HistoryMessage,
    ];

    public static TheoryData<string> RefusedNames { get; } = [.. Names(d => d.Refused())];

    public static TheoryData<string> AllowedNames { get; } = [.. Names(d => d.Allowed())];

    [Fact]
    public void The_issue_s_statements_are_all_here()
    {
        Assert.True(data.Refused().Count >= 32, $"{data.Refused().Count} statements");
    }

    [Theory]
    [MemberData(nameof(RefusedNames))]
    public async Task A_statement_on_issued_data_is_refused_by_a_trigger(string name)
    {
        await using var db = data.CreateContext();
        var before = await FingerprintAsync(db);

        var error = await Assert.ThrowsAsync<SqliteException>(() => db.Database.ExecuteSqlRawAsync(data.Refused()[name]));

        Assert.Contains(Messages, m => error.Message.Contains(m, StringComparison.Ordinal));
        Assert.Equal(before, await FingerprintAsync(db));
    }

    [Theory]
    [MemberData(nameof(AllowedNames))]
    public async Task A_legitimate_statement_still_succeeds(string name)
    {
        await using var db = data.CreateContext();

        Assert.Equal(1, await db.Database.ExecuteSqlRawAsync(data.Allowed()[name]));
    }

    private static async Task<string> FingerprintAsync(CcHcDbContext db)
    {
        var counts = await db.Database.SqlQueryRaw<string>(
            "SELECT (SELECT COUNT(*) FROM PlanItems) || ',' || (SELECT COUNT(*) FROM PlanTasks) || ',' || (SELECT COUNT(*) FROM Plans) || ',' "
            + "|| (SELECT COUNT(*) FROM CriterionScore) || ',' || (SELECT COUNT(*) FROM Assessments) || ',' || (SELECT COUNT(*) FROM CriterionNodes) || ',' "
            + "|| (SELECT COUNT(*) FROM Communes) || ',' || (SELECT COUNT(*) FROM EvidenceFiles) || ',' || (SELECT COUNT(*) FROM EvidenceWithdrawals) || ',' "
            + "|| (SELECT COUNT(*) FROM IssuedSnapshots) AS Value").SingleAsync();
        var texts = await db.Database.SqlQueryRaw<string>(
            "SELECT group_concat(x, '|') AS Value FROM (SELECT Heading || PlanId AS x FROM PlanItems UNION ALL SELECT Description || ItemId FROM PlanTasks "
            + "UNION ALL SELECT COALESCE(AppraisedScore, '') || COALESCE(StatedDeduction, '') || COALESCE(Reason, '') || AssessmentId FROM CriterionScore "
            + "UNION ALL SELECT COALESCE(MaxScore, '') || COALESCE(ParentId, '') FROM CriterionNodes UNION ALL SELECT Json FROM IssuedSnapshots)").SingleAsync();
        return counts + "|" + texts;
    }

    private static IEnumerable<string> Names(Func<IssuedFrozenDatabase, IReadOnlyDictionary<string, string>> statements)
    {
        using var probe = IssuedFrozenDatabase.InMemory();
        return statements(probe).Keys;
    }
}
