using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CcHc.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class WordsSourceWording : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CoLeadPositionIds",
                table: "PlanItems",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "DeductionWording",
                table: "PlanItems",
                type: "TEXT",
                maxLength: 8000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LeadWording",
                table: "PlanItems",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SupportWording",
                table: "PlanItems",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CoLeadPositionIds",
                table: "PlanItems");

            migrationBuilder.DropColumn(
                name: "DeductionWording",
                table: "PlanItems");

            migrationBuilder.DropColumn(
                name: "LeadWording",
                table: "PlanItems");

            migrationBuilder.DropColumn(
                name: "SupportWording",
                table: "PlanItems");
        }
    }
}
