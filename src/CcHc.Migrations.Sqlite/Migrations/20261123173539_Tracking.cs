using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CcHc.Migrations.Sqlite.Migrations
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
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.CreateTable(
                name: "ResultsReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommuneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Proposals = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    SignerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DocumentNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    IssueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    IssuedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ConcurrencyToken = table.Column<Guid>(type: "TEXT", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Match = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SignerName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    SignerOrganisation = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    SigningTime = table.Column<long>(type: "INTEGER", nullable: true),
                    CertificateNotBefore = table.Column<long>(type: "INTEGER", nullable: false),
                    CertificateNotAfter = table.Column<long>(type: "INTEGER", nullable: false),
                    SelfSigned = table.Column<bool>(type: "INTEGER", nullable: false),
                    ExpiredWhenSigned = table.Column<bool>(type: "INTEGER", nullable: false),
                    SignatureCount = table.Column<int>(type: "INTEGER", nullable: false),
                    UploadedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    UploadedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    AuthorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Progress = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NoteId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Length = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StorageKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UploadedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    UploadedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
                migrationBuilder.Sql($"CREATE TRIGGER trg_{table}_InsertOnly BEFORE UPDATE ON {table} BEGIN SELECT RAISE(ABORT, 'Lịch sử và nhật ký chỉ được ghi thêm, không được sửa hoặc xóa.'); END;");
                migrationBuilder.Sql($"CREATE TRIGGER trg_{table}_InsertOnly_Delete BEFORE DELETE ON {table} BEGIN SELECT RAISE(ABORT, 'Lịch sử và nhật ký chỉ được ghi thêm, không được sửa hoặc xóa.'); END;");
            }

            migrationBuilder.Sql("CREATE TRIGGER trg_ResultsReports_IssuedImmutable BEFORE UPDATE ON ResultsReports WHEN OLD.Status = 'Issued' BEGIN SELECT RAISE(ABORT, 'Báo cáo đã ban hành không được sửa hoặc xóa.'); END;");
            migrationBuilder.Sql("CREATE TRIGGER trg_ResultsReports_IssuedImmutable_Delete BEFORE DELETE ON ResultsReports WHEN OLD.Status = 'Issued' BEGIN SELECT RAISE(ABORT, 'Báo cáo đã ban hành không được sửa hoặc xóa.'); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var trigger in new[]
            {
                "trg_TaskNotes_InsertOnly", "trg_TaskNotes_InsertOnly_Delete", "trg_SignedCopies_InsertOnly", "trg_SignedCopies_InsertOnly_Delete",
                "trg_ResultsReports_IssuedImmutable", "trg_ResultsReports_IssuedImmutable_Delete",
            })
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {trigger};");
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
