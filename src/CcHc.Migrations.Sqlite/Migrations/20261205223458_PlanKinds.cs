using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CcHc.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PlanKinds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // SQLite cannot make AssessmentId nullable in place: EF rebuilds Plans (new table, copy, drop, rename). The
            // rename re-checks every trigger of the schema, and the triggers of PlanItems, PlanTasks and the frozen rows
            // name Plans, which is dropped at that moment; the legacy rename skips that check (the names stay right: the
            // new table takes the old name). PlanKindsTriggers sets it back.
            migrationBuilder.Sql("PRAGMA legacy_alter_table = ON;");

            migrationBuilder.AddColumn<Guid>(
                name: "ContactPositionId",
                table: "Positions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "Positions",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AlterColumn<Guid>(
                name: "AssessmentId",
                table: "Plans",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "TEXT");

            migrationBuilder.AddColumn<string>(
                name: "Addressees",
                table: "Plans",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "Form",
                table: "Plans",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Indices",
                table: "Plans",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "Plans",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "LineageId",
                table: "Plans",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "ReplacesWording",
                table: "Plans",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ToYear",
                table: "Plans",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "GroupHeading",
                table: "PlanItems",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Index",
                table: "PlanItems",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            // Existing rows are remediation plans in the Kế hoạch form for one year, each version in the lineage of the
            // version 1 of its assessment; existing positions are titles. The update touches issued versions, so the
            // trigger that refuses it is dropped first; the table rebuild below (AssessmentId becomes nullable) would drop
            // it anyway, and migration PlanKindsTriggers creates it again.
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS trg_Plans_IssuedImmutable;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS trg_Plans_IssuedImmutable_Delete;");
            migrationBuilder.Sql("UPDATE Positions SET Kind = 'Official' WHERE Kind = '';");
            migrationBuilder.Sql("""
                UPDATE Plans SET Kind = 'Remediation', Form = 'Plan', ToYear = Year, Indices = '["ParIndex"]',
                    LineageId = COALESCE((SELECT q.Id FROM Plans q WHERE q.AssessmentId = Plans.AssessmentId AND q.VersionNumber = 1), Id)
                WHERE Kind = '';
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Positions_ContactPositionId",
                table: "Positions",
                column: "ContactPositionId");

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
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "TEXT",
                oldNullable: true);
        }
    }
}
