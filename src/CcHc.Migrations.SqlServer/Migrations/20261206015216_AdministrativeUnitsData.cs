using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CcHc.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class AdministrativeUnitsData : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The communes typed before: their type from their name's first word (every seed is a xã).
            migrationBuilder.Sql("UPDATE Communes SET Kind = 'Phuong' WHERE Name LIKE N'phường %';");
            migrationBuilder.Sql("UPDATE Communes SET Kind = 'ThiTran' WHERE Name LIKE N'thị trấn %';");
            migrationBuilder.Sql("UPDATE Communes SET Kind = 'DacKhu' WHERE Name LIKE N'đặc khu %';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
