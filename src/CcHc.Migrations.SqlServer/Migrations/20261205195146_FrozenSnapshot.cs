using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CcHc.Migrations.SqlServer.Migrations
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EvidenceFileId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PlanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TaskId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    ById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    ByName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
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
                    PlanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Json = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    TakenAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
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

            foreach (var (_, sql) in Triggers)
            {
                migrationBuilder.SqlBatch(sql);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var (name, _) in Triggers)
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS [{name}];");
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

        // As the SQLite migration: a version is issued when its row says so, sealed once its snapshot (or a frozen file
        // of a version issued before snapshots) is stored; inserts are refused into sealed versions only.
        private const string Sealed = "(EXISTS (SELECT 1 FROM [IssuedSnapshots] s WHERE s.[PlanId] = p.[Id]) OR EXISTS (SELECT 1 FROM [IssuedFiles] f WHERE f.[PlanId] = p.[Id]))";

        private static (string Name, string Sql) Trigger(string name, string table, string events, string condition, int number, string message) =>
            (name, $"""
                CREATE TRIGGER [{name}] ON [{table}] AFTER {events} AS
                BEGIN
                    SET NOCOUNT ON;
                    IF {condition}
                        THROW {number}, N'{message}', 1;
                END
                """);

        /// <summary>The triggers of "Issued means frozen" (docs/documents.md), the SQL Server twins of the SQLite ones.</summary>
        private static readonly (string Name, string Sql)[] Triggers =
        [
            Trigger("trg_PlanItems_IssuedImmutable_Insert", "PlanItems", "INSERT, UPDATE",
                $"(NOT EXISTS (SELECT 1 FROM deleted) AND EXISTS (SELECT 1 FROM inserted i JOIN [Plans] p ON p.[Id] = i.[PlanId] WHERE p.[Status] = N'Issued' AND {Sealed}))"
                + " OR (EXISTS (SELECT 1 FROM deleted) AND UPDATE([PlanId]) AND EXISTS (SELECT 1 FROM inserted i JOIN [Plans] p ON p.[Id] = i.[PlanId] WHERE p.[Status] = N'Issued'))",
                50001, Issued),
            Trigger("trg_PlanTasks_IssuedImmutable_Insert", "PlanTasks", "INSERT, UPDATE",
                $"(NOT EXISTS (SELECT 1 FROM deleted) AND EXISTS (SELECT 1 FROM inserted t JOIN [PlanItems] i ON i.[Id] = t.[ItemId] JOIN [Plans] p ON p.[Id] = i.[PlanId] WHERE p.[Status] = N'Issued' AND {Sealed}))"
                + " OR (EXISTS (SELECT 1 FROM deleted) AND UPDATE([ItemId]) AND EXISTS (SELECT 1 FROM inserted t JOIN [PlanItems] i ON i.[Id] = t.[ItemId] JOIN [Plans] p ON p.[Id] = i.[PlanId] WHERE p.[Status] = N'Issued'))",
                50001, Issued),
            Trigger("trg_CriterionScores_IssuedImmutable", "CriterionScore", "INSERT, UPDATE, DELETE",
                $"(NOT EXISTS (SELECT 1 FROM deleted) AND EXISTS (SELECT 1 FROM inserted x JOIN [Plans] p ON p.[AssessmentId] = x.[AssessmentId] WHERE p.[Status] = N'Issued' AND {Sealed}))"
                + " OR (EXISTS (SELECT 1 FROM deleted) AND (EXISTS (SELECT 1 FROM deleted x JOIN [Plans] p ON p.[AssessmentId] = x.[AssessmentId] WHERE p.[Status] = N'Issued')"
                + " OR EXISTS (SELECT 1 FROM inserted x JOIN [Plans] p ON p.[AssessmentId] = x.[AssessmentId] WHERE p.[Status] = N'Issued')))",
                50003, Basis),
            Trigger("trg_Assessments_IssuedImmutable", "Assessments", "UPDATE, DELETE",
                "EXISTS (SELECT 1 FROM deleted x JOIN [Plans] p ON p.[AssessmentId] = x.[Id] WHERE p.[Status] = N'Issued')",
                50003, Basis),
            Trigger("trg_CriterionNodes_IssuedImmutable", "CriterionNodes", "UPDATE, DELETE",
                "(NOT EXISTS (SELECT 1 FROM inserted) OR UPDATE([MaxScore]) OR UPDATE([ParentId]) OR UPDATE([Level]) OR UPDATE([CriteriaSetId]))"
                + " AND (EXISTS (SELECT 1 FROM deleted x JOIN [Assessments] a ON a.[CriteriaSetId] = x.[CriteriaSetId] JOIN [Plans] p ON p.[AssessmentId] = a.[Id] WHERE p.[Status] = N'Issued')"
                + " OR EXISTS (SELECT 1 FROM inserted x JOIN [Assessments] a ON a.[CriteriaSetId] = x.[CriteriaSetId] JOIN [Plans] p ON p.[AssessmentId] = a.[Id] WHERE p.[Status] = N'Issued'))",
                50003, Basis),
            Trigger("trg_Communes_IssuedImmutable", "Communes", "DELETE",
                "EXISTS (SELECT 1 FROM deleted x JOIN [Plans] p ON p.[CommuneId] = x.[Id] WHERE p.[Status] = N'Issued')",
                50004, Commune),
            Trigger("trg_EvidenceFiles_InsertOnly", "EvidenceFiles", "UPDATE, DELETE", "1 = 1", 50002, Evidence),
            Trigger("trg_EvidenceWithdrawals_InsertOnly", "EvidenceWithdrawals", "UPDATE, DELETE", "1 = 1", 50002, History),
            Trigger("trg_IssuedSnapshots_InsertOnly", "IssuedSnapshots", "UPDATE, DELETE", "1 = 1", 50001, Issued),
        ];
    }
}
