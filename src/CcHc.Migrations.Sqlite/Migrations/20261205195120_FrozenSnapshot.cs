using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CcHc.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class FrozenSnapshot : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EvidenceWithdrawals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EvidenceFileId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvidenceWithdrawals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvidenceWithdrawals_EvidenceFiles_EvidenceFileId",
                        column: x => x.EvidenceFileId,
                        principalTable: "EvidenceFiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EvidenceWithdrawals_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "IssuedSnapshots",
                columns: table => new
                {
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false),
                    TakenAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IssuedSnapshots", x => x.PlanId);
                    table.ForeignKey(
                        name: "FK_IssuedSnapshots_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceWithdrawals_EvidenceFileId",
                table: "EvidenceWithdrawals",
                column: "EvidenceFileId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceWithdrawals_PlanId",
                table: "EvidenceWithdrawals",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceWithdrawals_TaskId",
                table: "EvidenceWithdrawals",
                column: "TaskId");

            foreach (var trigger in Triggers)
            {
                migrationBuilder.Sql(trigger.Sql);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var trigger in Triggers)
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {trigger.Name};");
            }

            migrationBuilder.DropTable(
                name: "EvidenceWithdrawals");

            migrationBuilder.DropTable(
                name: "IssuedSnapshots");
        }
            private const string Issued = "Phiên bản kế hoạch đã ban hành không được sửa hoặc xóa.";
        private const string Basis = "Kết quả đánh giá và tiêu chí mà kế hoạch đã ban hành dựa vào không được sửa hoặc xóa; đính chính thì tạo kết quả mới.";
        private const string Commune = "Xã đã có kế hoạch ban hành không được xóa.";
        private const string Evidence = "Minh chứng chỉ được ghi thêm: tệp tải nhầm được rút bằng một bản ghi mới, tệp vẫn được lưu.";
        private const string History = "Lịch sử và nhật ký chỉ được ghi thêm, không được sửa hoặc xóa.";

        // A version is issued when its row says so; it is sealed once its snapshot (or, for a version issued before
        // snapshots, one of its frozen files) is stored. Inserts are refused into sealed versions only, so a whole
        // issued version may still be written in one save (demo data, an import) before its snapshot seals it.
        private static string IssuedPlan(string planId) => $"EXISTS (SELECT 1 FROM Plans p WHERE p.Id = {planId} AND p.Status = 'Issued')";

        private static string SealedPlan(string planId) =>
            $"EXISTS (SELECT 1 FROM Plans p WHERE p.Id = {planId} AND p.Status = 'Issued' AND (EXISTS (SELECT 1 FROM IssuedSnapshots s WHERE s.PlanId = p.Id) OR EXISTS (SELECT 1 FROM IssuedFiles f WHERE f.PlanId = p.Id)))";

        private static string PlanOfItem(string itemId) => $"(SELECT i.PlanId FROM PlanItems i WHERE i.Id = {itemId})";

        private static string IssuedOn(string assessmentId) => $"EXISTS (SELECT 1 FROM Plans p WHERE p.AssessmentId = {assessmentId} AND p.Status = 'Issued')";

        private static string SealedOn(string assessmentId) =>
            $"EXISTS (SELECT 1 FROM Plans p WHERE p.AssessmentId = {assessmentId} AND p.Status = 'Issued' AND (EXISTS (SELECT 1 FROM IssuedSnapshots s WHERE s.PlanId = p.Id) OR EXISTS (SELECT 1 FROM IssuedFiles f WHERE f.PlanId = p.Id)))";

        private static string IssuedOnSet(string setId) =>
            $"EXISTS (SELECT 1 FROM Assessments a JOIN Plans p ON p.AssessmentId = a.Id WHERE a.CriteriaSetId = {setId} AND p.Status = 'Issued')";

        private static (string Name, string Sql) Trigger(string name, string when, string condition, string message) =>
            (name, $"CREATE TRIGGER {name} {when} WHEN {condition} BEGIN SELECT RAISE(ABORT, '{message}'); END;");

        private static (string Name, string Sql) Always(string name, string when, string message) =>
            (name, $"CREATE TRIGGER {name} {when} BEGIN SELECT RAISE(ABORT, '{message}'); END;");

        /// <summary>
        /// The triggers of "Issued means frozen" (docs/documents.md): items and tasks are neither added to nor moved
        /// into an issued version (changes and deletions were refused already by IssuedVersionsImmutable); the scores and
        /// the assessment an issued version rests on never change; the criteria set it rests on keeps its structure and
        /// maxima (codes and titles may be renamed: the version reads its snapshot); a commune with an issued version is
        /// not deleted (it may be renamed: idem); evidence, its withdrawals and the snapshots are insert-only.
        /// </summary>
        private static readonly (string Name, string Sql)[] Triggers =
        [
            Trigger("trg_PlanItems_IssuedImmutable_Insert", "BEFORE INSERT ON PlanItems", SealedPlan("NEW.PlanId"), Issued),
            Trigger("trg_PlanItems_IssuedImmutable_MoveIn", "BEFORE UPDATE OF PlanId ON PlanItems", IssuedPlan("NEW.PlanId"), Issued),
            Trigger("trg_PlanTasks_IssuedImmutable_Insert", "BEFORE INSERT ON PlanTasks", SealedPlan(PlanOfItem("NEW.ItemId")), Issued),
            Trigger("trg_PlanTasks_IssuedImmutable_MoveIn", "BEFORE UPDATE OF ItemId ON PlanTasks", IssuedPlan(PlanOfItem("NEW.ItemId")), Issued),
            Trigger("trg_CriterionScores_IssuedImmutable_Insert", "BEFORE INSERT ON CriterionScore", SealedOn("NEW.AssessmentId"), Basis),
            Trigger("trg_CriterionScores_IssuedImmutable", "BEFORE UPDATE ON CriterionScore", $"{IssuedOn("OLD.AssessmentId")} OR {IssuedOn("NEW.AssessmentId")}", Basis),
            Trigger("trg_CriterionScores_IssuedImmutable_Delete", "BEFORE DELETE ON CriterionScore", IssuedOn("OLD.AssessmentId"), Basis),
            Trigger("trg_Assessments_IssuedImmutable", "BEFORE UPDATE ON Assessments", IssuedOn("OLD.Id"), Basis),
            Trigger("trg_Assessments_IssuedImmutable_Delete", "BEFORE DELETE ON Assessments", IssuedOn("OLD.Id"), Basis),
            Trigger("trg_CriterionNodes_IssuedImmutable", "BEFORE UPDATE OF MaxScore, ParentId, Level, CriteriaSetId ON CriterionNodes",
                $"{IssuedOnSet("OLD.CriteriaSetId")} OR {IssuedOnSet("NEW.CriteriaSetId")}", Basis),
            Trigger("trg_CriterionNodes_IssuedImmutable_Delete", "BEFORE DELETE ON CriterionNodes", IssuedOnSet("OLD.CriteriaSetId"), Basis),
            Trigger("trg_Communes_IssuedImmutable_Delete", "BEFORE DELETE ON Communes", "EXISTS (SELECT 1 FROM Plans p WHERE p.CommuneId = OLD.Id AND p.Status = 'Issued')", Commune),
            Always("trg_EvidenceFiles_InsertOnly", "BEFORE UPDATE ON EvidenceFiles", Evidence),
            Always("trg_EvidenceFiles_InsertOnly_Delete", "BEFORE DELETE ON EvidenceFiles", Evidence),
            Always("trg_EvidenceWithdrawals_InsertOnly", "BEFORE UPDATE ON EvidenceWithdrawals", History),
            Always("trg_EvidenceWithdrawals_InsertOnly_Delete", "BEFORE DELETE ON EvidenceWithdrawals", History),
            Always("trg_IssuedSnapshots_InsertOnly", "BEFORE UPDATE ON IssuedSnapshots", Issued),
            Always("trg_IssuedSnapshots_InsertOnly_Delete", "BEFORE DELETE ON IssuedSnapshots", Issued),
        ];
    }
}
