using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CcHc.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AdministrativeUnitsData : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The communes typed before: their type from their name's first word (every seed is a xã).
            migrationBuilder.Sql("UPDATE Communes SET Kind = 'Phuong' WHERE Name LIKE 'phường %';");
            migrationBuilder.Sql("UPDATE Communes SET Kind = 'ThiTran' WHERE Name LIKE 'thị trấn %';");
            migrationBuilder.Sql("UPDATE Communes SET Kind = 'DacKhu' WHERE Name LIKE 'đặc khu %';");

            // "AdministrativeUnits" rebuilt the Communes table (District nullable), which dropped its trigger
            // (FrozenSnapshot); a rebuild runs at the end of its migration, so the trigger is recreated here.
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS trg_Communes_IssuedImmutable_Delete;");
            migrationBuilder.Sql("CREATE TRIGGER trg_Communes_IssuedImmutable_Delete BEFORE DELETE ON Communes WHEN EXISTS (SELECT 1 FROM Plans p WHERE p.CommuneId = OLD.Id AND p.Status = 'Issued') BEGIN SELECT RAISE(ABORT, 'Xã đã có kế hoạch ban hành không được xóa.'); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
