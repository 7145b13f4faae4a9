using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CcHc.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class StoredFiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "StoredFiles",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Length = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    StoredAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StoredFiles", x => x.Key);
                });

            // Insert-only, like the evidence rows naming them (ImmutabilityTriggers.StoredFiles).
            migrationBuilder.Sql($"CREATE TRIGGER trg_StoredFiles_InsertOnly BEFORE UPDATE ON StoredFiles BEGIN SELECT RAISE(ABORT, '{Stored}'); END;");
            migrationBuilder.Sql($"CREATE TRIGGER trg_StoredFiles_InsertOnly_Delete BEFORE DELETE ON StoredFiles BEGIN SELECT RAISE(ABORT, '{Stored}'); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS trg_StoredFiles_InsertOnly;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS trg_StoredFiles_InsertOnly_Delete;");
            migrationBuilder.DropTable(
                name: "StoredFiles");
        }

        private const string Stored = "Tệp đã lưu chỉ được ghi thêm, không được sửa hoặc xóa.";
    }
}
