using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CcHc.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ProgressReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ProgressReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CommuneId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PlanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PeriodKind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    PeriodYear = table.Column<int>(type: "int", nullable: false),
                    PeriodIndex = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Summary = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    NextFocus = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    Proposals = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    SignerName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    DocumentNumber = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    IssueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    IssuedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    IssuedById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    ConcurrencyToken = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgressReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgressReports_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProgressReportFiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ReportId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PlanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Content = table.Column<byte[]>(type: "varbinary(max)", nullable: false),
                    Sha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    VerificationCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgressReportFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgressReportFiles_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProgressReportFiles_ProgressReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "ProgressReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ProgressReportFiles_PlanId",
                table: "ProgressReportFiles",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgressReportFiles_ReportId_Kind",
                table: "ProgressReportFiles",
                columns: new[] { "ReportId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProgressReportFiles_VerificationCode",
                table: "ProgressReportFiles",
                column: "VerificationCode");

            migrationBuilder.CreateIndex(
                name: "IX_ProgressReports_CommuneId_PeriodYear",
                table: "ProgressReports",
                columns: new[] { "CommuneId", "PeriodYear" });

            migrationBuilder.CreateIndex(
                name: "IX_ProgressReports_PlanId_PeriodKind_PeriodYear_PeriodIndex",
                table: "ProgressReports",
                columns: new[] { "PlanId", "PeriodKind", "PeriodYear", "PeriodIndex" },
                unique: true);

            // An issued progress report never changes; its frozen files are insert-only (ImmutabilityTriggers).
            migrationBuilder.SqlBatch("""
                CREATE TRIGGER trg_ProgressReports_IssuedImmutable ON [ProgressReports] AFTER UPDATE, DELETE AS
                BEGIN
                    SET NOCOUNT ON;
                    IF EXISTS (SELECT 1 FROM deleted WHERE [Status] = N'Issued')
                        THROW 50003, N'Báo cáo đã ban hành không được sửa hoặc xóa.', 1;
                END
                """);
            migrationBuilder.SqlBatch("""
                CREATE TRIGGER trg_ProgressReportFiles_InsertOnly ON [ProgressReportFiles] AFTER UPDATE, DELETE AS
                BEGIN
                    SET NOCOUNT ON;
                    THROW 50002, N'Lịch sử và nhật ký chỉ được ghi thêm, không được sửa hoặc xóa.', 1;
                END
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var trigger in new[] { "trg_ProgressReports_IssuedImmutable", "trg_ProgressReportFiles_InsertOnly" })
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS [{trigger}];");
            }

            migrationBuilder.DropTable(
                name: "ProgressReportFiles");

            migrationBuilder.DropTable(
                name: "ProgressReports");
        }
    }
}
