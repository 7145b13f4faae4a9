using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CcHc.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TaskAudience : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PersonIds",
                table: "PlanItems",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.CreateTable(
                name: "PositionGroupMembers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommuneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GroupPositionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberPositionId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PositionGroupMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PositionGroupMembers_Communes_CommuneId",
                        column: x => x.CommuneId,
                        principalTable: "Communes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PositionGroupMembers_Positions_GroupPositionId",
                        column: x => x.GroupPositionId,
                        principalTable: "Positions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PositionGroupMembers_Positions_MemberPositionId",
                        column: x => x.MemberPositionId,
                        principalTable: "Positions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PositionGroupMembers_CommuneId_GroupPositionId_MemberPositionId",
                table: "PositionGroupMembers",
                columns: new[] { "CommuneId", "GroupPositionId", "MemberPositionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PositionGroupMembers_GroupPositionId",
                table: "PositionGroupMembers",
                column: "GroupPositionId");

            migrationBuilder.CreateIndex(
                name: "IX_PositionGroupMembers_MemberPositionId",
                table: "PositionGroupMembers",
                column: "MemberPositionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PositionGroupMembers");

            migrationBuilder.DropColumn(
                name: "PersonIds",
                table: "PlanItems");
        }
    }
}
