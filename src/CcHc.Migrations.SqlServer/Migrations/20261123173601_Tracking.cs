using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CcHc.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Tracking : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ConcurrencyToken",
                table: "PlanTasks",
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.CreateTable(
                name: "ResultsReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CommuneId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PlanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Summary = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
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
                    table.PrimaryKey("PK_ResultsReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ResultsReports_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SignedCopies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PlanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Content = table.Column<byte[]>(type: "varbinary(max)", nullable: false),
                    Sha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Match = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    SignerName = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    SignerOrganisation = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    SigningTime = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    CertificateNotBefore = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CertificateNotAfter = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    SelfSigned = table.Column<bool>(type: "bit", nullable: false),
                    ExpiredWhenSigned = table.Column<bool>(type: "bit", nullable: false),
                    SignatureCount = table.Column<int>(type: "int", nullable: false),
                    UploadedById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    UploadedByName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignedCopies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SignedCopies_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TaskNotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PlanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TaskId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Role = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    AuthorId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    AuthorName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Progress = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaskNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TaskNotes_PlanTasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "PlanTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TaskNotes_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EvidenceFiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PlanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TaskId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    NoteId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    FileName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Length = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    StorageKey = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    UploadedById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    UploadedByName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvidenceFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvidenceFiles_PlanTasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "PlanTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EvidenceFiles_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EvidenceFiles_TaskNotes_NoteId",
                        column: x => x.NoteId,
                        principalTable: "TaskNotes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceFiles_NoteId",
                table: "EvidenceFiles",
                column: "NoteId");

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceFiles_PlanId",
                table: "EvidenceFiles",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceFiles_StorageKey",
                table: "EvidenceFiles",
                column: "StorageKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceFiles_TaskId",
                table: "EvidenceFiles",
                column: "TaskId");

            migrationBuilder.CreateIndex(
                name: "IX_ResultsReports_CommuneId",
                table: "ResultsReports",
                column: "CommuneId");

            migrationBuilder.CreateIndex(
                name: "IX_ResultsReports_PlanId",
                table: "ResultsReports",
                column: "PlanId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SignedCopies_PlanId_UploadedAt",
                table: "SignedCopies",
                columns: new[] { "PlanId", "UploadedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SignedCopies_Sha256",
                table: "SignedCopies",
                column: "Sha256");

            migrationBuilder.CreateIndex(
                name: "IX_TaskNotes_PlanId",
                table: "TaskNotes",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_TaskNotes_TaskId_At",
                table: "TaskNotes",
                columns: new[] { "TaskId", "At" });
            // The progress log and the signed copies are insert-only; an issued results report never changes.
            foreach (var table in new[] { "TaskNotes", "SignedCopies" })
            {
                migrationBuilder.SqlBatch($"""
                    CREATE TRIGGER trg_{table}_InsertOnly ON [{table}] AFTER UPDATE, DELETE AS
                    BEGIN
                        SET NOCOUNT ON;
                        THROW 50002, N'Lịch sử và nhật ký chỉ được ghi thêm, không được sửa hoặc xóa.', 1;
                    END
                    """);
            }

            migrationBuilder.SqlBatch("""
                CREATE TRIGGER trg_ResultsReports_IssuedImmutable ON [ResultsReports] AFTER UPDATE, DELETE AS
                BEGIN
                    SET NOCOUNT ON;
                    IF EXISTS (SELECT 1 FROM deleted WHERE [Status] = N'Issued')
                        THROW 50003, N'Báo cáo đã ban hành không được sửa hoặc xóa.', 1;
                END
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var trigger in new[] { "trg_TaskNotes_InsertOnly", "trg_SignedCopies_InsertOnly", "trg_ResultsReports_IssuedImmutable" })
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS [{trigger}];");
            }
            migrationBuilder.DropTable(
                name: "EvidenceFiles");

            migrationBuilder.DropTable(
                name: "ResultsReports");

            migrationBuilder.DropTable(
                name: "SignedCopies");

            migrationBuilder.DropTable(
                name: "TaskNotes");

            migrationBuilder.DropColumn(
                name: "ConcurrencyToken",
                table: "PlanTasks");
        }
    }
}
