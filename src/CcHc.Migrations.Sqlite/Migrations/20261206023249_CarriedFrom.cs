using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CcHc.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CarriedFrom : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CarriedFrom",
                table: "PlanItems",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CarriedFrom",
                table: "PlanItems");
        }
    }
}
