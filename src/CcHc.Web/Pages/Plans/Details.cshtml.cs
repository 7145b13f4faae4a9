using System.ComponentModel.DataAnnotations;
using CcHc.Domain.Common;
using CcHc.Domain.Plans;
using CcHc.Infrastructure.Identity;
using CcHc.Infrastructure.Persistence;
using CcHc.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Pages.Plans;

/// <summary>
/// A plan version: its content, completeness, the workflow steps the caller may take, and other versions.
/// Every step goes through the domain (RemediationPlan) and is refused to the wrong role with 403; a plan of
/// another commune is 404 (the tenant filter does not find it).
/// </summary>
public sealed class DetailsModel(CcHcDbContext db, TimeProvider clock, Printing.PlanExports exports) : PageModel
{
    public PlanView View { get; private set; } = default!;

    public IReadOnlyList<VersionLink> Versions { get; private set; } = [];

    public IReadOnlyList<FrozenFile> FrozenFiles { get; private set; } = [];

    /// <summary>The version's official signed copy, if any.</summary>
    public SignedCopySummary? SignedCopy { get; private set; }

    public sealed record SignedCopySummary(
        string SignerName, string? Organisation, DateTimeOffset? SigningTime, bool SelfSigned, bool Expired, CcHc.Infrastructure.Signatures.SignatureTrust Trust);

    /// <summary>The version has a "Hợp lệ" signed copy: its PDF download serves it as the official file.</summary>
    public bool HasOfficialSignedCopy { get; private set; }

    public sealed record FrozenFile(CcHc.Infrastructure.Exports.IssuedFileKind Kind, string FileName, string Sha256, string VerificationCode);

    [BindProperty]
    public Guid Stamp { get; set; }

    [BindProperty]
    [StringLength(4000, ErrorMessage = "Ý kiến tối đa {1} ký tự.")]
    public string? Comment { get; set; }

    [BindProperty]
    [StringLength(PlanComment.MaxLength, ErrorMessage = "Góp ý tối đa {1} ký tự.")]
    public string? NewComment { get; set; }

    public IReadOnlyList<PlanComment> Comments { get; private set; } = [];

    /// <summary>Who may comment: those who read the plan to act on it, not staff updating their tasks.</summary>
    public static readonly string[] CommentRoles = [AppRoles.Clerk, AppRoles.Chairman, AppRoles.Reviewer];

    [BindProperty]
    [StringLength(20, ErrorMessage = "Số văn bản tối đa {1} ký tự.")]
    public string? DocumentNumber { get; set; }

    [BindProperty]
    public DateOnly? IssueDate { get; set; }

    [TempData]
    public string? Message { get; set; }

    public string? Error { get; private set; }

    public sealed record VersionLink(Guid Id, int Version, PlanStatus Status);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, track: false, cancellationToken))
        {
            return NotFound();
        }

        IssueDate ??= VietnamTime.Today(clock);
        return Page();
    }

    public Task<IActionResult> OnPostSubmitAsync(Guid id, CancellationToken ct) =>
        StepAsync(id, PlanAction.Submit, v => v.Plan.Submit(User.AsActor(), clock.GetUtcNow(), v.Evaluation), "Đã trình kế hoạch cho Chủ tịch.", ct);

    public Task<IActionResult> OnPostReturnAsync(Guid id, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Comment))
        {
            ModelState.AddModelError(nameof(Comment), "Ghi ý kiến để công chức biết cần sửa gì.");
        }

        return StepAsync(id, PlanAction.Return, v => v.Plan.Return(User.AsActor(), clock.GetUtcNow(), Comment ?? string.Empty), "Đã trả lại kế hoạch kèm ý kiến.", ct);
    }

    public Task<IActionResult> OnPostResumeAsync(Guid id, CancellationToken ct) =>
        StepAsync(id, PlanAction.ResumeDrafting, v => v.Plan.ResumeDrafting(User.AsActor(), clock.GetUtcNow()), "Kế hoạch trở lại trạng thái dự thảo.", ct);

    public Task<IActionResult> OnPostApproveAsync(Guid id, CancellationToken ct) =>
        StepAsync(id, PlanAction.Approve, v => v.Plan.Approve(User.AsActor(), clock.GetUtcNow()), "Đã phê duyệt kế hoạch.", ct);

    public Task<IActionResult> OnPostIssueAsync(Guid id, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(DocumentNumber))
        {
            ModelState.AddModelError(nameof(DocumentNumber), "Nhập số văn bản, ví dụ 27.");
        }

        if (IssueDate is null)
        {
            ModelState.AddModelError(nameof(IssueDate), "Nhập ngày ban hành.");
        }

        return StepAsync(id, PlanAction.Issue, v => v.Plan.Issue(User.AsActor(), clock.GetUtcNow(), DocumentNumber ?? string.Empty, IssueDate ?? default),
            "Đã ban hành kế hoạch. Bản PDF và Excel của phiên bản này đã được lưu cố định.", ct, view => exports.FreezeAsync(view, ct));
    }

    public async Task<IActionResult> OnPostNewVersionAsync(Guid id, CancellationToken ct)
    {
        var view = await PlanView.LoadAsync(db, id, track: true, ct);
        if (view is null)
        {
            return NotFound();
        }

        if (!User.IsInRole(Policies.RoleFor(PlanActor.Clerk)))
        {
            return Forbid();
        }

        var existing = await db.Plans.Where(p => p.PreviousVersionId == id).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ct);
        if (existing is { } next)
        {
            return RedirectToPage(new { id = next });
        }

        try
        {
            var nextVersion = view.Plan.StartNextVersion(User.AsActor(), clock.GetUtcNow());
            db.Plans.Add(nextVersion);
            await db.SaveChangesAsync(ct);
            Message = $"Đã tạo phiên bản {nextVersion.VersionNumber} (dự thảo). Phiên bản {view.Plan.VersionNumber} vẫn giữ nguyên.";
            return RedirectToPage(new { id = nextVersion.Id });
        }
        catch (DomainException ex)
        {
            Error = ex.Message;
            await LoadAsync(id, track: false, ct);
            return Page();
        }
    }

    public async Task<IActionResult> OnPostCommentAsync(Guid id, CancellationToken ct)
    {
        if (!await db.Plans.AnyAsync(p => p.Id == id, ct))
        {
            return NotFound();
        }

        if (!CommentRoles.Any(User.IsInRole))
        {
            return Forbid();
        }

        if (string.IsNullOrWhiteSpace(NewComment))
        {
            ModelState.AddModelError(nameof(NewComment), "Nhập nội dung góp ý.");
        }

        if (ModelState.IsValid)
        {
            db.PlanComments.Add(new PlanComment(id, User.AsActor(), clock.GetUtcNow(), NewComment!));
            await db.SaveChangesAsync(ct);
            Message = "Đã gửi góp ý.";
            return RedirectToPage(null, null, new { id }, "comments");
        }

        await LoadAsync(id, track: false, ct);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<IActionResult> StepAsync(
        Guid id, PlanAction action, Action<PlanView> step, string done, CancellationToken ct, Func<PlanView, Task>? afterSave = null)
    {
        var view = await PlanView.LoadAsync(db, id, track: true, ct);
        if (view is null)
        {
            return NotFound();
        }

        var move = PlanWorkflow.Moves.FirstOrDefault(m => m.Action == action);
        if (move is null || !User.IsInRole(Policies.RoleFor(move.Actor)))
        {
            return Forbid();
        }

        if (ModelState.IsValid)
        {
            try
            {
                // The page's stamp is what the user saw: a step taken on a stale view is refused, not applied.
                db.Entry(view.Plan).Property(CcHcDbContext.ConcurrencyToken).OriginalValue = Stamp;
                step(view);
                await db.SaveChangesAsync(ct);
                if (afterSave is not null)
                {
                    await afterSave(view);
                }

                Message = done;
                return RedirectToPage(new { id });
            }
            catch (PlanIncompleteException ex)
            {
                Error = "Kế hoạch chưa đầy đủ, chưa thể trình. Còn thiếu: " + string.Join(" ", ex.Completeness.Missing);
            }
            catch (DomainException ex)
            {
                Error = ex.Message;
            }
            catch (DbUpdateConcurrencyException)
            {
                Error = "Kế hoạch vừa được người khác thay đổi (xem lịch sử bên dưới). Trang đã được tải lại với nội dung mới nhất; vui lòng xem lại rồi thực hiện lại.";
            }
        }

        db.ChangeTracker.Clear();
        await LoadAsync(id, track: false, ct);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, bool track, CancellationToken ct)
    {
        var view = await PlanView.LoadAsync(db, id, track, ct);
        if (view is null)
        {
            return false;
        }

        View = view;
        Stamp = view.ConcurrencyStamp;
        FrozenFiles = await db.IssuedFiles.AsNoTracking()
            .Where(f => f.PlanId == id && (f.Kind == CcHc.Infrastructure.Exports.IssuedFileKind.Pdf || f.Kind == CcHc.Infrastructure.Exports.IssuedFileKind.Xlsx))
            .OrderBy(f => f.Kind)
            .Select(f => new FrozenFile(f.Kind, f.FileName, f.Sha256, f.VerificationCode)).ToListAsync(ct);
        SignedCopy = await db.SignedCopies.AsNoTracking().Where(c => c.PlanId == id).OrderByDescending(c => c.UploadedAt)
            .Select(c => new SignedCopySummary(c.SignerName, c.SignerOrganisation, c.SigningTime, c.SelfSigned, c.ExpiredWhenSigned, c.Trust))
            .FirstOrDefaultAsync(ct);
        HasOfficialSignedCopy = SignedCopy is not null
            && await db.SignedCopies.AnyAsync(c => c.PlanId == id && c.Trust == CcHc.Infrastructure.Signatures.SignatureTrust.Valid, ct);
        Comments = await db.PlanComments.AsNoTracking().Where(c => c.PlanId == id).OrderBy(c => c.At).ToListAsync(ct);
        Versions = await db.Plans.AsNoTracking()
            .Where(p => p.AssessmentId == view.Plan.AssessmentId)
            .OrderBy(p => p.VersionNumber)
            .Select(p => new VersionLink(p.Id, p.VersionNumber, p.Status))
            .ToListAsync(ct);
        return true;
    }
}
