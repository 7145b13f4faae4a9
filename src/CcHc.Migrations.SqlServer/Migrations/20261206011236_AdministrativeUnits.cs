using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CcHc.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class AdministrativeUnits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Communes_Province_District_Name",
                table: "Communes");

            migrationBuilder.AlterColumn<string>(
                name: "District",
                table: "Communes",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(100)",
                oldMaxLength: 100);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "Communes",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "Xa");

            migrationBuilder.AddColumn<string>(
                name: "OfficialCode",
                table: "Communes",
                type: "nvarchar(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProvinceCode",
                table: "Communes",
                type: "nvarchar(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ValidFrom",
                table: "Communes",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ValidUntil",
                table: "Communes",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CommunePredecessors",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SuccessorId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Order = table.Column<int>(type: "int", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(600)", maxLength: 600, nullable: false),
                    PredecessorCommuneId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Partial = table.Column<bool>(type: "bit", nullable: false),
                    NeedsReview = table.Column<bool>(type: "bit", nullable: false),
                    ConcurrencyToken = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommunePredecessors", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CommunePredecessors_Communes_PredecessorCommuneId",
                        column: x => x.PredecessorCommuneId,
                        principalTable: "Communes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CommunePredecessors_Communes_SuccessorId",
                        column: x => x.SuccessorId,
                        principalTable: "Communes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Provinces",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    FormedFrom = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Provinces", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "UnitChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CommuneId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    OldValue = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    NewValue = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    EffectiveDate = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UnitChanges_Communes_CommuneId",
                        column: x => x.CommuneId,
                        principalTable: "Communes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Communes_OfficialCode",
                table: "Communes",
                column: "OfficialCode",
                unique: true,
                filter: "[OfficialCode] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Communes_Province_District_Name",
                table: "Communes",
                columns: new[] { "Province", "District", "Name" },
                unique: true,
                filter: "[District] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Communes_ProvinceCode",
                table: "Communes",
                column: "ProvinceCode");

            migrationBuilder.CreateIndex(
                name: "IX_CommunePredecessors_PredecessorCommuneId",
                table: "CommunePredecessors",
                column: "PredecessorCommuneId");

            migrationBuilder.CreateIndex(
                name: "IX_CommunePredecessors_SuccessorId_Order",
                table: "CommunePredecessors",
                columns: new[] { "SuccessorId", "Order" });

            migrationBuilder.CreateIndex(
                name: "IX_Provinces_Code",
                table: "Provinces",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UnitChanges_CommuneId_EffectiveDate",
                table: "UnitChanges",
                columns: new[] { "CommuneId", "EffectiveDate" });

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CommunePredecessors");

            migrationBuilder.DropTable(
                name: "Provinces");

            migrationBuilder.DropTable(
                name: "UnitChanges");

            migrationBuilder.DropIndex(
                name: "IX_Communes_OfficialCode",
                table: "Communes");

            migrationBuilder.DropIndex(
                name: "IX_Communes_Province_District_Name",
                table: "Communes");

            migrationBuilder.DropIndex(
                name: "IX_Communes_ProvinceCode",
                table: "Communes");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "Communes");

            migrationBuilder.DropColumn(
                name: "OfficialCode",
                table: "Communes");

            migrationBuilder.DropColumn(
                name: "ProvinceCode",
                table: "Communes");

            migrationBuilder.DropColumn(
                name: "ValidFrom",
                table: "Communes");

            migrationBuilder.DropColumn(
                name: "ValidUntil",
                table: "Communes");

            migrationBuilder.AlterColumn<string>(
                name: "District",
                table: "Communes",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "nvarchar(100)",
                oldMaxLength: 100,
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Communes_Province_District_Name",
                table: "Communes",
                columns: new[] { "Province", "District", "Name" },
                unique: true);
        }
    }
}
