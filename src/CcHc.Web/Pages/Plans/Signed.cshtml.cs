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
/// tool; it is checked (PDF, CMS signatures intact, the last covering the whole file, the content this version) and
/// stored, and becomes the version's official file. Every commune reader and the office see the copies and download them.
/// </summary>
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
[UploadSizeGuard(MaxRequestBytes = MaxRequestBytes)]
public sealed class SignedModel(CcHcDbContext db, PlanExports exports, IAuditLog audit, TimeProvider clock, PdfParseBudget budget, PdfCheckGate gate) : PageModel
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
        bool Expired, int SignatureCount, string UploadedByName, DateTimeOffset UploadedAt);

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
            ModelState.AddModelError(nameof(Upload), "Chỉ tải bản ký số lên cho phiên bản đã ban hành.");
            return Page();
        }

        var (content, error) = await Upload.ReadRequiredAsync(
            SignedCopyChecker.MaxBytes, "Hãy chọn tệp PDF đã ký số.", SignedCopyChecker.TooLargeMessage, cancellationToken);
        if (content is null)
        {
            ModelState.AddModelError(nameof(Upload), error!);
            return Page();
        }

        ExportFile issued;
        try
        {
            issued = await exports.PdfAsync(View, cancellationToken, exportOnly: true);
        }
        catch (PdfUnavailableException ex)
        {
            ModelState.AddModelError(nameof(Upload), ex.Message);
            return Page();
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

        var check = SignedCopyChecker.Check(content, issued.Content, clock.GetUtcNow(), budget);
        if (!check.Accepted)
        {
            ModelState.AddModelError(nameof(Upload), check.Error!);
            return Page();
        }

        var actor = User.AsActor();
        var fileName = Path.GetFileNameWithoutExtension(issued.FileName) + "-ban-ky-so.pdf";
        db.SignedCopies.Add(new SignedCopy(View.Plan.Id, fileName, content, check.Match!.Value, check.Signer!, actor.Id, actor.Name, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        TempData["Flash"] = "Đã nhận bản ký số: chữ ký còn nguyên vẹn và đúng là phiên bản này. Từ nay đây là bản chính thức của phiên bản.";
        return RedirectToPage(new { id });
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
                c.CertificateNotBefore, c.CertificateNotAfter, c.SelfSigned, c.ExpiredWhenSigned, c.SignatureCount, c.UploadedByName, c.UploadedAt))
            .ToListAsync(cancellationToken);
        return true;
    }
}
