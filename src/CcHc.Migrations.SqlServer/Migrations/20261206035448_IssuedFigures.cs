using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CcHc.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class IssuedFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "IssuedFigures",
                columns: table => new
                {
                    PlanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CommuneName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    AssessmentId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Total = table.Column<decimal>(type: "decimal(6,2)", precision: 6, scale: 2, nullable: true),
                    TotalMax = table.Column<decimal>(type: "decimal(6,2)", precision: 6, scale: 2, nullable: true),
                    Deduction = table.Column<decimal>(type: "decimal(6,2)", precision: 6, scale: 2, nullable: true),
                    Classification = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    ClassificationComputed = table.Column<bool>(type: "bit", nullable: false),
                    ClassificationLevel = table.Column<decimal>(type: "decimal(6,2)", precision: 6, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IssuedFigures", x => x.PlanId);
                    table.ForeignKey(
                        name: "FK_IssuedFigures_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            // Insert-only, like the snapshot the figures are taken from (ImmutabilityTriggers.IssuedFigures).
            migrationBuilder.SqlBatch($"""
                CREATE TRIGGER [trg_IssuedFigures_InsertOnly] ON [IssuedFigures] AFTER UPDATE, DELETE AS
                BEGIN
                    SET NOCOUNT ON;
                    THROW 50001, N'{Issued}', 1;
                END
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS [trg_IssuedFigures_InsertOnly];");
            migrationBuilder.DropTable(
                name: "IssuedFigures");
        }

        private const string Issued = "Phiên bản kế hoạch đã ban hành không được sửa hoặc xóa.";
    }
}
