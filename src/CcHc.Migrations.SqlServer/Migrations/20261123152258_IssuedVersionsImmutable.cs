using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CcHc.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class IssuedVersionsImmutable : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Issued versions are immutable in the database too: ExecuteUpdate and raw SQL bypass the domain.
            migrationBuilder.SqlBatch("""
                CREATE TRIGGER trg_Plans_IssuedImmutable ON [Plans] AFTER UPDATE, DELETE AS
                BEGIN
                    SET NOCOUNT ON;
                    IF EXISTS (SELECT 1 FROM deleted WHERE [Status] = N'Issued')
                        THROW 50001, N'Phiên bản kế hoạch đã ban hành không được sửa hoặc xóa.', 1;
                END
                """);
            migrationBuilder.SqlBatch("""
                CREATE TRIGGER trg_PlanItems_IssuedImmutable ON [PlanItems] AFTER UPDATE, DELETE AS
                BEGIN
                    SET NOCOUNT ON;
                    IF EXISTS (SELECT 1 FROM deleted d JOIN [Plans] p ON p.[Id] = d.[PlanId] WHERE p.[Status] = N'Issued')
                        THROW 50001, N'Phiên bản kế hoạch đã ban hành không được sửa hoặc xóa.', 1;
                END
                """);
            // Progress of a task of an issued plan moves during the year; its text and deadline do not.
            migrationBuilder.SqlBatch("""
                CREATE TRIGGER trg_PlanTasks_IssuedImmutable ON [PlanTasks] AFTER UPDATE, DELETE AS
                BEGIN
                    SET NOCOUNT ON;
                    IF EXISTS (SELECT 1 FROM deleted d JOIN [PlanItems] i ON i.[Id] = d.[ItemId] JOIN [Plans] p ON p.[Id] = i.[PlanId] WHERE p.[Status] = N'Issued')
                       AND (NOT EXISTS (SELECT 1 FROM inserted) OR UPDATE([Description]) OR UPDATE([Order]) OR UPDATE([ItemId]) OR UPDATE([Deadline_Date]) OR UPDATE([Deadline_DueDate]) OR UPDATE([Deadline_Kind]) OR UPDATE([Deadline_Month]) OR UPDATE([Deadline_Quarter]) OR UPDATE([Deadline_Recurrence]) OR UPDATE([Deadline_Wording]) OR UPDATE([Deadline_Year]))
                        THROW 50001, N'Phiên bản kế hoạch đã ban hành không được sửa hoặc xóa.', 1;
                END
                """);
            migrationBuilder.SqlBatch("""
                CREATE TRIGGER trg_PlanTransitions_InsertOnly ON [PlanTransitions] AFTER UPDATE, DELETE AS
                BEGIN
                    SET NOCOUNT ON;
                    THROW 50002, N'Lịch sử và nhật ký chỉ được ghi thêm, không được sửa hoặc xóa.', 1;
                END
                """);
            migrationBuilder.SqlBatch("""
                CREATE TRIGGER trg_AuditEntries_InsertOnly ON [AuditEntries] AFTER UPDATE, DELETE AS
                BEGIN
                    SET NOCOUNT ON;
                    THROW 50002, N'Lịch sử và nhật ký chỉ được ghi thêm, không được sửa hoặc xóa.', 1;
                END
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var trigger in new[] { "trg_Plans_IssuedImmutable", "trg_PlanItems_IssuedImmutable", "trg_PlanTasks_IssuedImmutable", "trg_PlanTransitions_InsertOnly", "trg_AuditEntries_InsertOnly" })
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS [{trigger}];");
            }
        }
    }
}
