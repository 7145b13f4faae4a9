using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CcHc.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class IssuedFiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "IssuedFiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    VerificationCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IssuedFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IssuedFiles_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IssuedFiles_PlanId_Kind",
                table: "IssuedFiles",
                columns: new[] { "PlanId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IssuedFiles_VerificationCode",
                table: "IssuedFiles",
                column: "VerificationCode");

            // Frozen exports are insert-only, like the history.
            migrationBuilder.Sql("CREATE TRIGGER trg_IssuedFiles_InsertOnly BEFORE UPDATE ON IssuedFiles BEGIN SELECT RAISE(ABORT, 'Lịch sử và nhật ký chỉ được ghi thêm, không được sửa hoặc xóa.'); END;");
            migrationBuilder.Sql("CREATE TRIGGER trg_IssuedFiles_InsertOnly_Delete BEFORE DELETE ON IssuedFiles BEGIN SELECT RAISE(ABORT, 'Lịch sử và nhật ký chỉ được ghi thêm, không được sửa hoặc xóa.'); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS trg_IssuedFiles_InsertOnly;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS trg_IssuedFiles_InsertOnly_Delete;");
            migrationBuilder.DropTable(
                name: "IssuedFiles");
        }
    }
}
