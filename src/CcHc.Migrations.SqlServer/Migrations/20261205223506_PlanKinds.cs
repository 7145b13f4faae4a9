using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CcHc.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class PlanKinds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Plans_AssessmentId_VersionNumber",
                table: "Plans");

            migrationBuilder.AddColumn<Guid>(
                name: "ContactPositionId",
                table: "Positions",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "Positions",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AlterColumn<Guid>(
                name: "AssessmentId",
                table: "Plans",
                type: "uniqueidentifier",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uniqueidentifier");

            migrationBuilder.AddColumn<string>(
                name: "Addressees",
                table: "Plans",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "Form",
                table: "Plans",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Indices",
                table: "Plans",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "Plans",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "LineageId",
                table: "Plans",
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "ReplacesWording",
                table: "Plans",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ToYear",
                table: "Plans",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "GroupHeading",
                table: "PlanItems",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Index",
                table: "PlanItems",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: true);

            // Existing rows are remediation plans in the Kế hoạch form for one year, each version in the lineage of the
            // version 1 of its assessment; existing positions are titles. The update touches issued versions: the
            // trigger refusing it is disabled for this statement only.
            migrationBuilder.Sql("UPDATE [Positions] SET [Kind] = N'Official' WHERE [Kind] = N'';");
            migrationBuilder.Sql("DISABLE TRIGGER trg_Plans_IssuedImmutable ON [Plans];");
            migrationBuilder.Sql("""
                UPDATE p SET [Kind] = N'Remediation', [Form] = N'Plan', [ToYear] = p.[Year], [Indices] = N'["ParIndex"]',
                    [LineageId] = COALESCE((SELECT q.[Id] FROM [Plans] q WHERE q.[AssessmentId] = p.[AssessmentId] AND q.[VersionNumber] = 1), p.[Id])
                FROM [Plans] p
                WHERE p.[Kind] = N'';
                """);
            migrationBuilder.Sql("ENABLE TRIGGER trg_Plans_IssuedImmutable ON [Plans];");

            migrationBuilder.CreateIndex(
                name: "IX_Positions_ContactPositionId",
                table: "Positions",
                column: "ContactPositionId");

            migrationBuilder.CreateIndex(
                name: "IX_Plans_AssessmentId_VersionNumber",
                table: "Plans",
                columns: new[] { "AssessmentId", "VersionNumber" },
                unique: true,
                filter: "[AssessmentId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Plans_LineageId_VersionNumber",
                table: "Plans",
                columns: new[] { "LineageId", "VersionNumber" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Positions_Positions_ContactPositionId",
                table: "Positions",
                column: "ContactPositionId",
                principalTable: "Positions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Positions_Positions_ContactPositionId",
                table: "Positions");

            migrationBuilder.DropIndex(
                name: "IX_Positions_ContactPositionId",
                table: "Positions");

            migrationBuilder.DropIndex(
                name: "IX_Plans_AssessmentId_VersionNumber",
                table: "Plans");

            migrationBuilder.DropIndex(
                name: "IX_Plans_LineageId_VersionNumber",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "ContactPositionId",
                table: "Positions");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "Positions");

            migrationBuilder.DropColumn(
                name: "Addressees",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "Form",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "Indices",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "LineageId",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "ReplacesWording",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "ToYear",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "GroupHeading",
                table: "PlanItems");

            migrationBuilder.DropColumn(
                name: "Index",
                table: "PlanItems");

            migrationBuilder.AlterColumn<Guid>(
                name: "AssessmentId",
                table: "Plans",
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uniqueidentifier",
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Plans_AssessmentId_VersionNumber",
                table: "Plans",
                columns: new[] { "AssessmentId", "VersionNumber" },
                unique: true);
        }
    }
}
