using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CcHc.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class IssuedVersionsImmutable : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Issued versions are immutable in the database too: ExecuteUpdate and raw SQL bypass the domain.
            migrationBuilder.Sql("""
                CREATE TRIGGER trg_Plans_IssuedImmutable BEFORE UPDATE ON Plans
                WHEN OLD.Status = 'Issued'
                BEGIN SELECT RAISE(ABORT, 'Phiên bản kế hoạch đã ban hành không được sửa hoặc xóa.'); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER trg_Plans_IssuedImmutable_Delete BEFORE DELETE ON Plans
                WHEN OLD.Status = 'Issued'
                BEGIN SELECT RAISE(ABORT, 'Phiên bản kế hoạch đã ban hành không được sửa hoặc xóa.'); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER trg_PlanItems_IssuedImmutable BEFORE UPDATE ON PlanItems
                WHEN (SELECT Status FROM Plans WHERE Id = OLD.PlanId) = 'Issued'
                BEGIN SELECT RAISE(ABORT, 'Phiên bản kế hoạch đã ban hành không được sửa hoặc xóa.'); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER trg_PlanItems_IssuedImmutable_Delete BEFORE DELETE ON PlanItems
                WHEN (SELECT Status FROM Plans WHERE Id = OLD.PlanId) = 'Issued'
                BEGIN SELECT RAISE(ABORT, 'Phiên bản kế hoạch đã ban hành không được sửa hoặc xóa.'); END;
                """);
            // Progress of a task of an issued plan moves during the year; its text and deadline do not.
            migrationBuilder.Sql("""
                CREATE TRIGGER trg_PlanTasks_IssuedImmutable BEFORE UPDATE OF "Description", "Order", "ItemId", "Deadline_Date", "Deadline_DueDate", "Deadline_Kind", "Deadline_Month", "Deadline_Quarter", "Deadline_Recurrence", "Deadline_Wording", "Deadline_Year" ON PlanTasks
                WHEN (SELECT p.Status FROM Plans p JOIN PlanItems i ON i.PlanId = p.Id WHERE i.Id = OLD.ItemId) = 'Issued'
                BEGIN SELECT RAISE(ABORT, 'Phiên bản kế hoạch đã ban hành không được sửa hoặc xóa.'); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER trg_PlanTasks_IssuedImmutable_Delete BEFORE DELETE ON PlanTasks
                WHEN (SELECT p.Status FROM Plans p JOIN PlanItems i ON i.PlanId = p.Id WHERE i.Id = OLD.ItemId) = 'Issued'
                BEGIN SELECT RAISE(ABORT, 'Phiên bản kế hoạch đã ban hành không được sửa hoặc xóa.'); END;
                """);
            foreach (var table in new[] { "PlanTransitions", "AuditEntries" })
            {
                var name = table == "PlanTransitions" ? "trg_PlanTransitions_InsertOnly" : "trg_AuditEntries_InsertOnly";
                migrationBuilder.Sql($"CREATE TRIGGER {name} BEFORE UPDATE ON {table} BEGIN SELECT RAISE(ABORT, 'Lịch sử và nhật ký chỉ được ghi thêm, không được sửa hoặc xóa.'); END;");
                migrationBuilder.Sql($"CREATE TRIGGER {name}_Delete BEFORE DELETE ON {table} BEGIN SELECT RAISE(ABORT, 'Lịch sử và nhật ký chỉ được ghi thêm, không được sửa hoặc xóa.'); END;");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var trigger in new[]
            {
                "trg_Plans_IssuedImmutable", "trg_Plans_IssuedImmutable_Delete",
                "trg_PlanItems_IssuedImmutable", "trg_PlanItems_IssuedImmutable_Delete",
                "trg_PlanTasks_IssuedImmutable", "trg_PlanTasks_IssuedImmutable_Delete",
                "trg_PlanTransitions_InsertOnly", "trg_PlanTransitions_InsertOnly_Delete",
                "trg_AuditEntries_InsertOnly", "trg_AuditEntries_InsertOnly_Delete",
            })
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {trigger};");
            }
        }
    }
}
