using CcHc.Domain.Plans;
using CcHc.Infrastructure.Auditing;
using CcHc.Infrastructure.Exports;
using CcHc.Infrastructure.Identity;
using CcHc.Infrastructure.Persistence;
using CcHc.Infrastructure.Printing;
using CcHc.Infrastructure.Signatures;
using CcHc.Web.Printing;
using CcHc.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Pages.Plans;

/// <summary>
/// The digitally signed copies of an issued version (bản ký số). The clerk uploads the PDF signed with the provincial
/// tool; it is checked (PDF, CMS signatures intact, the last covering the whole file, the certificates' own checks and
/// chain, the content this version). A "Không hợp lệ" file is refused; a "Chưa xác định" one (chain not reaching a
/// trusted root) is stored and shown with its state but never becomes the official file; a "Hợp lệ" one becomes the
/// version's official file. Every upload is audited with its hash and outcome. Every commune reader and the office see
/// the copies and download them.
/// </summary>
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
[UploadSizeGuard(MaxRequestBytes = MaxRequestBytes)]
public sealed class SignedModel(CcHcDbContext db, PlanExports exports, TrustedCertificates trusted, IAuditLog audit, TimeProvider clock, PdfParseBudget budget, PdfCheckGate gate) : PageModel
{
    /// <summary>The file plus the form around it.</summary>
    public const long MaxRequestBytes = SignedCopyChecker.MaxBytes + (64 * 1024);

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty(SupportsGet = true, Name = UploadSizeGuardAttribute.QueryFlag)]
    public bool TooLarge { get; set; }

    public PlanView View { get; private set; } = default!;

    public IReadOnlyList<SignedCopyRow> Copies { get; private set; } = [];

    public string? Accepted { get; private set; }

    public bool MayUpload => View.Plan.Status == PlanStatus.Issued && User.IsInRole(AppRoles.Clerk);

    public sealed record SignedCopyRow(
        Guid Id, string FileName, string Sha256, SignedCopyMatch Match, string SignerName, string? SignerOrganisation,
        DateTimeOffset? SigningTime, DateTimeOffset CertificateNotBefore, DateTimeOffset CertificateNotAfter, bool SelfSigned,
        bool Expired, int SignatureCount, string UploadedByName, DateTimeOffset UploadedAt, SignatureTrust Trust, string? TrustNote)
    {
        public IReadOnlyList<string> Notes => TrustNote?.Split('\n', StringSplitOptions.RemoveEmptyEntries) ?? [];
    }

    /// <summary>The official copy (the latest "Hợp lệ" one), or null.</summary>
    public Guid? OfficialCopyId => Copies.FirstOrDefault(c => c.Trust == SignatureTrust.Valid)?.Id;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (TooLarge)
        {
            ModelState.AddModelError(nameof(Upload), SignedCopyChecker.TooLargeMessage);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!User.IsInRole(AppRoles.Clerk))
        {
            return Forbid();
        }

        if (View.Plan.Status != PlanStatus.Issued)
        {
            return await RefuseAsync(null, "Chỉ tải bản ký số lên cho phiên bản đã ban hành.", cancellationToken);
        }

        var (content, error) = await Upload.ReadRequiredAsync(
            SignedCopyChecker.MaxBytes, "Hãy chọn tệp PDF đã ký số.", SignedCopyChecker.TooLargeMessage, cancellationToken);
        if (content is null)
        {
            return await RefuseAsync(null, error!, cancellationToken);
        }

        ExportFile issued;
        try
        {
            issued = await exports.PdfAsync(View, cancellationToken, exportOnly: true);
        }
        catch (PdfUnavailableException ex)
        {
            return await RefuseAsync(content, ex.Message, cancellationToken);
        }

        // One of a few checks at a time for the whole server, each under the parse budget (see docs/security.md).
        using var place = await gate.EnterAsync(cancellationToken);
        if (place is null)
        {
            ModelState.AddModelError(nameof(Upload), PdfCheckGate.BusyMessage);
            Response.Headers.RetryAfter = "5";
            var busy = Page();
            busy.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return busy;
        }

        var expected = new ExpectedSigner(View.Plan.SignerName, View.Commune.Name, View.Commune.PlaceName);
        var check = SignedCopyChecker.Check(content, issued.Content, clock.GetUtcNow(), trusted.Anchors, expected, budget);
        if (!check.Accepted)
        {
            return await RefuseAsync(content, check.Error!, cancellationToken);
        }

        var actor = User.AsActor();
        var fileName = Path.GetFileNameWithoutExtension(issued.FileName) + "-ban-ky-so.pdf";
        var copy = new SignedCopy(View.Plan.Id, fileName, content, check.Match!.Value, check.Signer!, actor.Id, actor.Name, clock.GetUtcNow());
        db.SignedCopies.Add(copy);
        await db.SaveChangesAsync(cancellationToken);
        await AuditAsync(copy.Sha256, $"{SignatureTrustText.Label(copy.Trust)}, đã lưu", cancellationToken);

        var warnings = check.Warnings.Count == 0 ? string.Empty : " Cảnh báo: " + string.Join(" ", check.Warnings);
        if (copy.Trust == SignatureTrust.Valid)
        {
            TempData["Flash"] = "Đã nhận bản ký số — Hợp lệ: chữ ký còn nguyên vẹn, chứng thư dẫn tới chứng thư gốc tin cậy và đúng là phiên bản này. Từ nay đây là bản chính thức của phiên bản." + warnings;
            TempData["FlashKind"] = "success";
        }
        else
        {
            TempData["Flash"] = "Đã lưu bản ký số với kết quả Chưa xác định: " + string.Join(" ", check.Verification.TrustFindings)
                + " Bản này được giữ lại và hiển thị kèm trạng thái, nhưng KHÔNG thay thế bản chính thức của phiên bản." + warnings;
            TempData["FlashKind"] = "warning";
        }

        return RedirectToPage(new { id });
    }

    /// <summary>A refused upload: the reason beside the file field, nothing stored, the attempt audited.</summary>
    private async Task<IActionResult> RefuseAsync(byte[]? content, string reason, CancellationToken cancellationToken)
    {
        ModelState.AddModelError(nameof(Upload), reason);
        var hash = content is null ? null : Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content));
        await AuditAsync(hash, "từ chối: " + reason, cancellationToken);
        return Page();
    }

    private Task AuditAsync(string? sha256, string outcome, CancellationToken cancellationToken)
    {
        var name = Upload?.FileName is { Length: > 0 } f ? Path.GetFileName(f) : "(không có tệp)";
        var note = $"Tải lên bản ký số \"{(name.Length > 120 ? name[..120] : name)}\"; SHA-256 {sha256 ?? "(không đọc được tệp)"}; kết quả: {outcome}";
        return audit.WriteAsync(AuditAction.SignedCopyUpload, "RemediationPlan", View.Plan.Id.ToString(), View.Plan.CommuneId,
            note.Length > 1000 ? note[..1000] : note, cancellationToken);
    }

    public async Task<IActionResult> OnGetDownloadAsync(Guid id, Guid copyId, CancellationToken cancellationToken)
    {
        var copy = await db.SignedCopies.AsNoTracking()
            .Where(c => c.Id == copyId && c.PlanId == id)
            .Select(c => new { c.FileName, c.Content, CommuneId = db.Plans.Where(p => p.Id == c.PlanId).Select(p => p.CommuneId).Single() })
            .SingleOrDefaultAsync(cancellationToken);
        if (copy is null)
        {
            return NotFound();
        }

        await audit.WriteAsync(AuditAction.Download, "RemediationPlan", id.ToString(), copy.CommuneId, copy.FileName, cancellationToken);
        return File(copy.Content, "application/pdf", copy.FileName);
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await PlanView.LoadAsync(db, id, track: false, cancellationToken) is not { } view)
        {
            return false;
        }

        View = view;
        Copies = await db.SignedCopies.AsNoTracking()
            .Where(c => c.PlanId == id)
            .OrderByDescending(c => c.UploadedAt)
            .Select(c => new SignedCopyRow(c.Id, c.FileName, c.Sha256, c.Match, c.SignerName, c.SignerOrganisation, c.SigningTime,
                c.CertificateNotBefore, c.CertificateNotAfter, c.SelfSigned, c.ExpiredWhenSigned, c.SignatureCount, c.UploadedByName, c.UploadedAt, c.Trust, c.TrustNote))
            .ToListAsync(cancellationToken);
        return true;
    }
}
