using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CcHc.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SignedCopyTrust : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Trust",
                table: "SignedCopies",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                // Copies stored before chains were checked were never validated: they read as "Chưa xác định".
                defaultValue: "Undetermined");

            migrationBuilder.AddColumn<string>(
                name: "TrustNote",
                table: "SignedCopies",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Trust",
                table: "SignedCopies");

            migrationBuilder.DropColumn(
                name: "TrustNote",
                table: "SignedCopies");

            // Dropping a column may rebuild the table, which loses its triggers: the copies stay insert-only.
            migrationBuilder.Sql("CREATE TRIGGER IF NOT EXISTS trg_SignedCopies_InsertOnly BEFORE UPDATE ON SignedCopies BEGIN SELECT RAISE(ABORT, 'Lịch sử và nhật ký chỉ được ghi thêm, không được sửa hoặc xóa.'); END;");
            migrationBuilder.Sql("CREATE TRIGGER IF NOT EXISTS trg_SignedCopies_InsertOnly_Delete BEFORE DELETE ON SignedCopies BEGIN SELECT RAISE(ABORT, 'Lịch sử và nhật ký chỉ được ghi thêm, không được sửa hoặc xóa.'); END;");
        }
    }
}
