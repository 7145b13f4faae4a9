using System.Security.Claims;
using CcHc.Domain.Plans;
using CcHc.Infrastructure.Auditing;
using CcHc.Infrastructure.Exports;
using CcHc.Infrastructure.Persistence;
using CcHc.Infrastructure.Printing;
using CcHc.Infrastructure.Signatures;
using CcHc.Web.Features.Authorization;
using CcHc.Web.Printing;
using CcHc.Web.Security;

namespace CcHc.Web.Features.Plans;

/// <summary>What an accepted upload tells the user, or that the server's checks are all busy (503, try again).</summary>
public sealed record SignedCopyUploaded(bool Busy, string Flash, bool Official);

/// <summary>
/// The digitally signed copy of an issued version (bản ký số), uploaded by the clerk: checked (PDF, CMS signatures intact,
/// the last covering the whole file, the certificates' own checks and chain, the content this version) under the parse
/// budget, one of a few checks at a time for the whole server. A "Không hợp lệ" file is refused; a "Chưa xác định" one
/// is stored and shown with its state but never becomes the official file; a "Hợp lệ" one becomes the version's official
/// file (<see cref="OfficialFile"/>). Every upload is audited with its hash and outcome.
/// </summary>
public sealed class UploadSignedCopy(
    CcHcDbContext db, PlanAccess access, PlanExports exports, TrustedCertificates trusted, IAuditLog audit, TimeProvider clock, PdfParseBudget budget, PdfCheckGate gate)
{
    /// <summary>The form's input name, the key of its errors.</summary>
    public const string FileKey = "Upload";

    public async Task<CommandResult<SignedCopyUploaded>> RunAsync(ClaimsPrincipal user, Guid planId, IFormFile? upload, CancellationToken cancellationToken)
    {
        if (await SignedCopies.LoadAsync(db, planId, cancellationToken) is not { View: var view })
        {
            return CommandResult.NotFound().As<SignedCopyUploaded>();
        }

        if (!await access.AllowsAsync(user, new PlanResource(new CommuneScope(view.Commune.Id, view.Commune.OversightOfficeId), view.Plan.Status), SignedCopyOperations.Upload))
        {
            return CommandResult.Forbidden().As<SignedCopyUploaded>();
        }

        var attempt = new Attempt(audit, view.Plan, upload);
        if (view.Plan.Status != PlanStatus.Issued)
        {
            return await attempt.RefuseAsync(null, "Chỉ tải bản ký số lên cho phiên bản đã ban hành.", cancellationToken);
        }

        var (content, error) = await upload.ReadRequiredAsync(
            SignedCopyChecker.MaxBytes, "Hãy chọn tệp PDF đã ký số.", SignedCopyChecker.TooLargeMessage, cancellationToken);
        if (content is null)
        {
            return await attempt.RefuseAsync(null, error!, cancellationToken);
        }

        ExportFile issued;
        try
        {
            issued = await exports.PdfAsync(view.Content, cancellationToken, exportOnly: true);
        }
        catch (PdfUnavailableException ex)
        {
            return await attempt.RefuseAsync(content, ex.Message, cancellationToken);
        }

        // One of a few checks at a time for the whole server, each under the parse budget (see docs/security.md).
        using var place = await gate.EnterAsync(cancellationToken);
        if (place is null)
        {
            return new CommandResult<SignedCopyUploaded>(CommandStatus.Invalid, null, [new FieldError(FileKey, PdfCheckGate.BusyMessage)], null,
                new SignedCopyUploaded(Busy: true, string.Empty, Official: false));
        }

        var expected = new ExpectedSigner(view.Plan.SignerName, view.Commune.Name, view.Commune.PlaceName);
        var check = SignedCopyChecker.Check(content, issued.Content, clock.GetUtcNow(), trusted.Anchors, expected, budget);
        if (!check.Accepted)
        {
            return await attempt.RefuseAsync(content, check.Error!, cancellationToken);
        }

        var actor = user.AsActor();
        var fileName = Path.GetFileNameWithoutExtension(issued.FileName) + "-ban-ky-so.pdf";
        var copy = new SignedCopy(view.Plan.Id, fileName, content, check.Match!.Value, check.Signer!, actor.Id, actor.Name, clock.GetUtcNow());
        db.SignedCopies.Add(copy);
        await db.SaveChangesAsync(cancellationToken);
        await attempt.AuditAsync(copy.Sha256, $"{SignatureTrustText.Label(copy.Trust)}, đã lưu", cancellationToken);

        var warnings = check.Warnings.Count == 0 ? string.Empty : " Cảnh báo: " + string.Join(" ", check.Warnings);
        var official = OfficialFile.Qualifies(copy.Trust);
        var flash = official
            ? "Đã nhận bản ký số — Hợp lệ: chữ ký còn nguyên vẹn, chứng thư dẫn tới chứng thư gốc tin cậy và đúng là phiên bản này. Từ nay đây là bản chính thức của phiên bản." + warnings
            : "Đã lưu bản ký số với kết quả Chưa xác định: " + string.Join(" ", check.Verification.TrustFindings)
                + " Bản này được giữ lại và hiển thị kèm trạng thái, nhưng KHÔNG thay thế bản chính thức của phiên bản." + warnings;
        return CommandResult.Done(new SignedCopyUploaded(Busy: false, flash, official));
    }

    /// <summary>One upload's audit: the file's name and hash, and the outcome.</summary>
    private sealed class Attempt(IAuditLog audit, RemediationPlan plan, IFormFile? upload)
    {
        /// <summary>A refused upload: the reason beside the file field, nothing stored, the attempt audited.</summary>
        public async Task<CommandResult<SignedCopyUploaded>> RefuseAsync(byte[]? content, string reason, CancellationToken cancellationToken)
        {
            var hash = content is null ? null : Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content));
            await AuditAsync(hash, "từ chối: " + reason, cancellationToken);
            return CommandResult.Invalid(new FieldError(FileKey, reason)).As<SignedCopyUploaded>();
        }

        public Task AuditAsync(string? sha256, string outcome, CancellationToken cancellationToken)
        {
            var name = upload?.FileName is { Length: > 0 } f ? Path.GetFileName(f) : "(không có tệp)";
            var note = $"Tải lên bản ký số \"{(name.Length > 120 ? name[..120] : name)}\"; SHA-256 {sha256 ?? "(không đọc được tệp)"}; kết quả: {outcome}";
            return audit.WriteAsync(AuditAction.SignedCopyUpload, "RemediationPlan", plan.Id.ToString(), plan.CommuneId,
                note.Length > 1000 ? note[..1000] : note, cancellationToken);
        }
    }
}
