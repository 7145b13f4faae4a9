using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CcHc.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PlanKindsTriggers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Migration PlanKinds rebuilt the Plans table (SQLite cannot make a column nullable in place), which drops
            // the table's triggers: they are created again here, as IssuedVersionsImmutable made them.
            migrationBuilder.Sql("PRAGMA legacy_alter_table = OFF;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS trg_Plans_IssuedImmutable;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS trg_Plans_IssuedImmutable_Delete;");
            migrationBuilder.Sql("""
                CREATE TRIGGER trg_Plans_IssuedImmutable BEFORE UPDATE ON Plans
                WHEN OLD.Status = 'Issued'
                BEGIN SELECT RAISE(ABORT, 'Phiên bản kế hoạch đã ban hành không được sửa hoặc xóa.'); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER trg_Plans_IssuedImmutable_Delete BEFORE DELETE ON Plans
                WHEN OLD.Status = 'Issued'
                BEGIN SELECT RAISE(ABORT, 'Phiên bản kế hoạch đã ban hành không được sửa hoặc xóa.'); END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The triggers belong to IssuedVersionsImmutable; going down past PlanKinds rebuilds the table again.
        }
    }
}
