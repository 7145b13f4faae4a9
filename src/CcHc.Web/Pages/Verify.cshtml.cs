using CcHc.Domain.Common;
using CcHc.Domain.Plans;
using CcHc.Domain.Reports;
using CcHc.Infrastructure.Exports;
using CcHc.Infrastructure.Persistence;
using CcHc.Infrastructure.Signatures;
using CcHc.Web.Features.Verification;
using CcHc.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Pages;

/// <summary>
/// Kiểm tra văn bản: anyone holding a PDF (the reviewer, a citizen with a link) learns whether it is an issued CcHc
/// plan — commune, number, date, version — whether its content is that version's, and the outcome of its signatures
/// (Hợp lệ, Không hợp lệ, Chưa xác định: intact and chained to the deployment's trusted roots, see
/// <see cref="TrustedCertificates"/>). The verification code printed in the footer finds the version; it can also be typed in. Public by design:
/// it shows only what the issued document itself shows, reads no other data, and is rate-limited per address.
/// </summary>
[EnableRateLimiting(SecurityServiceCollectionExtensions.VerifyRateLimit)]
[RequestSizeLimit(SignedCopyChecker.MaxBytes + (64 * 1024))]
[RequestFormLimits(MultipartBodyLengthLimit = SignedCopyChecker.MaxBytes + (64 * 1024))]
[UploadSizeGuard(MaxRequestBytes = SignedCopyChecker.MaxBytes + (64 * 1024))]
public sealed class VerifyModel(IssuedDocumentLookup lookup, TrustedCertificates trusted, TimeProvider clock, PdfParseBudget budget, PdfCheckGate gate) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty(SupportsGet = true, Name = UploadSizeGuardAttribute.QueryFlag)]
    public bool TooLarge { get; set; }

    /// <summary>The issued version found, or null.</summary>
    public IssuedVersion? Version { get; private set; }

    /// <summary>For an uploaded file: is it this version's content, and how do we know.</summary>
    public string? ContentVerdict { get; private set; }

    public bool ContentMatches { get; private set; }

    /// <summary>The content is the issued version's, but something other than signatures was added after it.</summary>
    public bool ContentAdded { get; private set; }

    /// <summary>The colour of the whole result: never green above a red or uncertain finding.</summary>
    public string ResultColour
    {
        get
        {
            var trust = Signatures?.Trust;
            if ((ContentVerdict is not null && !ContentMatches && !ContentAdded) || trust == SignatureTrust.Invalid)
            {
                return "danger";
            }

            return ContentAdded || trust == SignatureTrust.Undetermined ? "warning" : "success";
        }
    }

    public PdfVerification? Signatures { get; private set; }

    public bool Checked { get; private set; }


    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (TooLarge)
        {
            ModelState.AddModelError(nameof(Upload), SignedCopyChecker.TooLargeMessage);
        }
        else if (!string.IsNullOrWhiteSpace(Code))
        {
            Checked = true;
            Version = await lookup.FindAsync(IssuedDocumentLookup.NormaliseCode(Code), cancellationToken);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (content, error) = await Upload.ReadRequiredAsync(
            SignedCopyChecker.MaxBytes, "Hãy chọn tệp PDF cần kiểm tra.", SignedCopyChecker.TooLargeMessage, cancellationToken);
        if (content is null)
        {
            ModelState.AddModelError(nameof(Upload), error!);
            return Page();
        }

        Checked = true;
        if (!content.AsSpan().StartsWith("%PDF-"u8))
        {
            ModelState.AddModelError(nameof(Upload), "Tệp không phải là PDF.");
            return Page();
        }

        // One of a few checks at a time for the whole server, each under the parse budget (see docs/security.md).
        using var place = await gate.EnterAsync(cancellationToken);
        if (place is null)
        {
            Checked = false;
            ModelState.AddModelError(nameof(Upload), PdfCheckGate.BusyMessage);
            Response.Headers.RetryAfter = "5";
            var busy = Page();
            busy.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return busy;
        }

        var text = PdfText.Read(content, budget); // walks the structure first: past the budget nothing else reads the file
        if (text.Refusal is not null)
        {
            Checked = false;
            ModelState.AddModelError(nameof(Upload), text.Refusal);
            return Page();
        }

        Signatures = PdfSignatureVerifier.Verify(content, clock.GetUtcNow(), trusted.Anchors, budget);
        if (Signatures.Failure == PdfVerificationFailure.OverBudget)
        {
            ModelState.AddModelError(nameof(Upload), Signatures.Message!);
            (Checked, Signatures) = (false, null);
            return Page();
        }

        var code = IssuedDocumentLookup.CodeIn(text.Pages);
        Code = code;
        Version = code is null ? null : await lookup.FindAsync(code, cancellationToken);
        if (Version is null)
        {
            ContentVerdict = code is null
                ? "Không tìm thấy mã kiểm tra của CcHc trong tệp: đây không phải kế hoạch xuất từ CcHc, hoặc là bản dự thảo."
                : $"Mã kiểm tra {code} không ứng với kế hoạch nào đã ban hành trên CcHc.";
            return Page();
        }

        if (content.AsSpan().SequenceEqual(Version.Pdf))
        {
            (ContentMatches, ContentVerdict) = (true, "Tệp trùng từng byte với bản PDF CcHc lưu khi ban hành (bản chưa ký).");
        }
        else if (content.Length > Version.Pdf.Length && content.AsSpan().StartsWith(Version.Pdf))
        {
            var added = AppendedRevisions.Describe(content, Version.Pdf.Length, Signatures);
            if (added.OnlySignatures && PdfSignatureVerifier.StartsWithRevision(content, Version.Pdf))
            {
                (ContentMatches, ContentVerdict) = (true, $"Nội dung gốc trùng từng byte với bản CcHc lưu khi ban hành; {added.Text}.");
            }
            else
            {
                (ContentAdded, ContentVerdict) = (true,
                    $"Nội dung gốc trùng từng byte với bản CcHc lưu khi ban hành, nhưng {added.Text}: phần thêm này có thể thay đổi những gì tệp hiển thị, nên tệp không còn đúng là bản đã ban hành.");
            }
        }
        else if (text.Pages is { } pages && PdfText.Pages(Version.Pdf) is { } issued && pages.SequenceEqual(issued, StringComparer.Ordinal))
        {
            // The same words, but a broken signature says the file was changed after signing: never shown as a match.
            (ContentMatches, ContentAdded, ContentVerdict) = Signatures?.Trust == SignatureTrust.Invalid
                ? (false, true, "Nội dung chữ trùng khớp với bản đã ban hành, nhưng tệp đã bị sửa sau khi ký (chữ ký số không còn nguyên vẹn): không dùng tệp này làm bản chính thức.")
                : (true, false, "Tệp đã được ghi lại (ví dụ bởi công cụ ký số) nhưng nội dung chữ trùng khớp với bản đã ban hành.");
        }
        else
        {
            ContentVerdict = "Nội dung tệp KHÁC với bản đã ban hành mang mã kiểm tra này: tệp đã bị sửa, hoặc mã kiểm tra được chép sang văn bản khác.";
        }

        return Page();
    }
}
