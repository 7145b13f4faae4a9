using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CcHc.Migrations.SqlServer.Migrations
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
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: false,
                // Copies stored before chains were checked were never validated: they read as "Chưa xác định".
                defaultValue: "Undetermined");

            migrationBuilder.AddColumn<string>(
                name: "TrustNote",
                table: "SignedCopies",
                type: "nvarchar(2000)",
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
        }
    }
}
