using CcHc.Domain.Plans;
using CcHc.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Pages.Assessments;

/// <summary>When the scores of an assessment may still change: while no plan built on it has left the clerk's hands.</summary>
public static class AssessmentAccess
{
    public static Task<bool> IsLockedAsync(CcHcDbContext db, Guid assessmentId, CancellationToken cancellationToken) =>
        db.Plans.AnyAsync(p => p.AssessmentId == assessmentId && p.Status != PlanStatus.Draft && p.Status != PlanStatus.Returned, cancellationToken);

    public const string LockedMessage =
        "Kết quả này đã dùng cho kế hoạch đã trình, đã phê duyệt hoặc đã ban hành nên không sửa được. Nếu văn bản nguồn có đính chính, hãy tạo phiên bản mới của kế hoạch sau khi sửa.";
}
