using System.ComponentModel.DataAnnotations;
using CcHc.Domain.Common;
using CcHc.Domain.Plans;
using CcHc.Infrastructure.Identity;
using CcHc.Infrastructure.Persistence;
using CcHc.Web.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Pages.Plans;

/// <summary>
/// The plan's document parts (header, legal bases, sections, recipients, signer). Clerk only, draft only.
/// A save based on a stale read is refused and shows what the other person saved; the user's text stays in the form.
/// </summary>
public sealed class EditHeaderModel(CcHcDbContext db) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty]
    public Guid Stamp { get; set; }

    public RemediationPlan Plan { get; private set; } = default!;

    public ConcurrencyConflict? Conflict { get; private set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Nhập trích yếu.")]
        [StringLength(1000, ErrorMessage = "Tối đa {1} ký tự.")]
        [Display(Name = "Trích yếu")]
        public string Summary { get; set; } = string.Empty;

        [Required(ErrorMessage = "Nhập địa danh.")]
        [StringLength(100, ErrorMessage = "Tối đa {1} ký tự.")]
        [Display(Name = "Địa danh (dòng ngày tháng)")]
        public string PlaceName { get; set; } = string.Empty;

        [Display(Name = "Căn cứ (mỗi dòng một căn cứ)")]
        public string? LegalBases { get; set; }

        [Display(Name = "Đoạn mở đầu")]
        public string? Preamble { get; set; }

        [Display(Name = "Mục đích")]
        public string? Purpose { get; set; }

        [Display(Name = "Yêu cầu")]
        public string? Requirements { get; set; }

        [Display(Name = "Kết quả đạt được (đoạn trước bảng điểm)")]
        public string? ResultsIntro { get; set; }

        [Display(Name = "Tổ chức thực hiện")]
        public string? Organisation { get; set; }

        [Display(Name = "Câu kết")]
        public string? Closing { get; set; }

        [Display(Name = "Nơi nhận (mỗi dòng một nơi)")]
        public string? Recipients { get; set; }

        [Required(ErrorMessage = "Nhập thẩm quyền ký.")]
        [StringLength(100, ErrorMessage = "Tối đa {1} ký tự.")]
        [Display(Name = "Thẩm quyền ký")]
        public string SignerAuthority { get; set; } = "TM. ỦY BAN NHÂN DÂN";

        [Required(ErrorMessage = "Nhập chức vụ người ký.")]
        [StringLength(100, ErrorMessage = "Tối đa {1} ký tự.")]
        [Display(Name = "Chức vụ người ký")]
        public string SignerTitle { get; set; } = "CHỦ TỊCH";

        [StringLength(100, ErrorMessage = "Tối đa {1} ký tự.")]
        [Display(Name = "Người ký")]
        public string? SignerName { get; set; }

        [Display(Name = "Trình bày chi tiết")]
        public PlanLayout Layout { get; set; }

        public static InputModel From(PlanHeader h) => new()
        {
            Summary = h.Summary,
            PlaceName = h.PlaceName,
            LegalBases = string.Join('\n', h.LegalBases),
            Preamble = h.Preamble,
            Purpose = h.Purpose,
            Requirements = h.Requirements,
            ResultsIntro = h.ResultsIntro,
            Organisation = h.Organisation,
            Closing = h.Closing,
            Recipients = string.Join('\n', h.Recipients),
            SignerAuthority = h.SignerAuthority,
            SignerTitle = h.SignerTitle,
            SignerName = h.SignerName,
            Layout = h.Layout,
        };

        public PlanHeader ToHeader(string symbol) => new()
        {
            DocumentSymbol = symbol,
            Summary = Summary,
            PlaceName = PlaceName,
            LegalBases = Lines(LegalBases),
            Preamble = Preamble ?? string.Empty,
            Purpose = Purpose ?? string.Empty,
            Requirements = Requirements ?? string.Empty,
            ResultsIntro = ResultsIntro ?? string.Empty,
            Organisation = Organisation ?? string.Empty,
            Closing = Closing ?? string.Empty,
            Recipients = Lines(Recipients),
            SignerAuthority = SignerAuthority,
            SignerTitle = SignerTitle,
            SignerName = SignerName ?? string.Empty,
            Layout = Layout,
        };

        private static string[] Lines(string? text) =>
            (text ?? string.Empty).ReplaceLineEndings("\n").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (plan is null)
        {
            return NotFound();
        }

        if (!User.IsInRole(AppRoles.Clerk))
        {
            return Forbid();
        }

        Plan = plan;
        Input = InputModel.From(plan.Header);
        Stamp = await db.ConcurrencyTokenAsync<CcHc.Domain.Plans.RemediationPlan>(id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (plan is null)
        {
            return NotFound();
        }

        if (!User.IsInRole(AppRoles.Clerk))
        {
            return Forbid();
        }

        Plan = plan;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            db.Entry(plan).Property(CcHcDbContext.ConcurrencyToken).OriginalValue = Stamp;
            plan.UpdateHeader(Input.ToHeader(plan.DocumentSymbol));
            await db.SaveChangesAsync(cancellationToken);
            TempData["Message"] = "Đã lưu phần chung của kế hoạch.";
            return RedirectToPage("Details", new { id });
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(string.Empty, ex.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Plans.AsNoTracking().SingleAsync(p => p.Id == id, cancellationToken);
            var theirs = InputModel.From(current.Header);
            Conflict = await ConcurrencyConflict.DescribeAsync(db, id, Compare(theirs, Input), cancellationToken);
            Plan = current;

            // The next save is based on what is now stored, so the user can reapply their change deliberately.
            Stamp = await db.ConcurrencyTokenAsync<CcHc.Domain.Plans.RemediationPlan>(id, cancellationToken);
            ModelState.Remove(nameof(Stamp));
        }

        Response.StatusCode = Conflict is null ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status409Conflict;
        return Page();
    }

    private static IEnumerable<(string, string, string)> Compare(InputModel theirs, InputModel yours)
    {
        yield return ("Trích yếu", theirs.Summary, yours.Summary);
        yield return ("Địa danh", theirs.PlaceName, yours.PlaceName);
        yield return ("Căn cứ", theirs.LegalBases ?? string.Empty, yours.LegalBases ?? string.Empty);
        yield return ("Đoạn mở đầu", theirs.Preamble ?? string.Empty, yours.Preamble ?? string.Empty);
        yield return ("Mục đích", theirs.Purpose ?? string.Empty, yours.Purpose ?? string.Empty);
        yield return ("Yêu cầu", theirs.Requirements ?? string.Empty, yours.Requirements ?? string.Empty);
        yield return ("Kết quả đạt được", theirs.ResultsIntro ?? string.Empty, yours.ResultsIntro ?? string.Empty);
        yield return ("Tổ chức thực hiện", theirs.Organisation ?? string.Empty, yours.Organisation ?? string.Empty);
        yield return ("Câu kết", theirs.Closing ?? string.Empty, yours.Closing ?? string.Empty);
        yield return ("Nơi nhận", theirs.Recipients ?? string.Empty, yours.Recipients ?? string.Empty);
        yield return ("Thẩm quyền ký", theirs.SignerAuthority, yours.SignerAuthority);
        yield return ("Chức vụ người ký", theirs.SignerTitle, yours.SignerTitle);
        yield return ("Người ký", theirs.SignerName ?? string.Empty, yours.SignerName ?? string.Empty);
    }
}
