namespace CcHc.Infrastructure.Persistence;

/// <summary>
/// Names of the database triggers that keep issued versions and the history immutable even for writes that bypass
/// the domain and the audit interceptor (ExecuteUpdate, raw SQL). The SQL lives in each provider's migration
/// "IssuedVersionsImmutable"; the names are declared in the mappings (HasTrigger) so EF Core writes SQL that works
/// with triggers on SQL Server (no bare OUTPUT clause).
/// </summary>
public static class ImmutabilityTriggers
{
    public const string Plans = "trg_Plans_IssuedImmutable";
    public const string PlanItems = "trg_PlanItems_IssuedImmutable";
    public const string PlanTasks = "trg_PlanTasks_IssuedImmutable";
    public const string PlanTransitions = "trg_PlanTransitions_InsertOnly";
    public const string AuditEntries = "trg_AuditEntries_InsertOnly";
    public const string IssuedFiles = "trg_IssuedFiles_InsertOnly";
    public const string TaskNotes = "trg_TaskNotes_InsertOnly";
    public const string SignedCopies = "trg_SignedCopies_InsertOnly";
    public const string ResultsReports = "trg_ResultsReports_IssuedImmutable";

    // Migration "ProgressReports": an issued progress report never changes; its frozen files are insert-only.
    public const string ProgressReports = "trg_ProgressReports_IssuedImmutable";
    public const string ProgressReportFiles = "trg_ProgressReportFiles_InsertOnly";

    // Migration "FrozenSnapshot": what an issued version rests on (see docs/documents.md, "Issued means frozen").
    public const string CriterionScores = "trg_CriterionScores_IssuedImmutable";
    public const string Assessments = "trg_Assessments_IssuedImmutable";
    public const string CriterionNodes = "trg_CriterionNodes_IssuedImmutable";
    public const string Communes = "trg_Communes_IssuedImmutable";
    public const string EvidenceFiles = "trg_EvidenceFiles_InsertOnly";
    public const string EvidenceWithdrawals = "trg_EvidenceWithdrawals_InsertOnly";
    public const string IssuedSnapshots = "trg_IssuedSnapshots_InsertOnly";

    // Migration "IssuedFigures": an issued version's row figures, taken from its snapshot (docs/benchmarks.md, "Province overview").
    public const string IssuedFigures = "trg_IssuedFigures_InsertOnly";

    // Migration "StoredFiles": the bytes of stored files (evidence), never changed or removed in place.
    public const string StoredFiles = "trg_StoredFiles_InsertOnly";

    /// <summary>The message of the triggers guarding the assessment and criteria an issued version rests on.</summary>
    public const string IssuedBasisMessage = "Kết quả đánh giá và tiêu chí mà kế hoạch đã ban hành dựa vào không được sửa hoặc xóa; đính chính thì tạo kết quả mới.";

    /// <summary>The message of the evidence rows' triggers (append-only; a wrong upload is withdrawn by a new record).</summary>
    public const string EvidenceMessage = "Minh chứng chỉ được ghi thêm: tệp tải nhầm được rút bằng một bản ghi mới, tệp vẫn được lưu.";

    /// <summary>The message of the stored files' triggers (insert-only bytes).</summary>
    public const string StoredFileMessage = "Tệp đã lưu chỉ được ghi thêm, không được sửa hoặc xóa.";

    /// <summary>The message of the trigger refusing to delete a commune with an issued version.</summary>
    public const string IssuedCommuneMessage = "Xã đã có kế hoạch ban hành không được xóa.";

    /// <summary>The message of the issued-report trigger.</summary>
    public const string IssuedReportMessage = "Báo cáo đã ban hành không được sửa hoặc xóa.";

    /// <summary>The message the triggers raise; also what a test looks for.</summary>
    public const string IssuedMessage = "Phiên bản kế hoạch đã ban hành không được sửa hoặc xóa.";

    public const string HistoryMessage = "Lịch sử và nhật ký chỉ được ghi thêm, không được sửa hoặc xóa.";
}
