using CcHc.Infrastructure.Auditing;
using CcHc.Infrastructure.Persistence;
using CcHc.Infrastructure.Spreadsheets;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Pages.Assessments;

/// <summary>The score sheet as .xlsx in the import format, so an export re-imports cleanly. Audited.</summary>
public sealed class ExportModel(CcHcDbContext db, IAuditLog audit) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var assessment = await db.Assessments.AsNoTracking().Include(a => a.Scores).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (assessment is null)
        {
            return NotFound();
        }

        var set = await db.CriteriaSets.AsNoTracking().Include(s => s.Nodes).SingleAsync(s => s.Id == assessment.CriteriaSetId, cancellationToken);
        var commune = await db.Communes.Where(c => c.Id == assessment.CommuneId).Select(c => c.Name).SingleAsync(cancellationToken);
        var bytes = SpreadsheetWorkbooks.AssessmentExport(set, assessment);
        var fileName = $"Bang-diem-{CcHc.Infrastructure.Exports.ExportFileNames.Slug(commune)}-{assessment.Year}.xlsx";
        await audit.WriteAsync(AuditAction.Download, "Assessment", id.ToString(), assessment.CommuneId, fileName, cancellationToken);
        return File(bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fileName);
    }

    /// <summary>An ASCII file name ("xã Cẩm Sơn" → "xa-Cam-Son").</summary>
    public static string Slug(string text)
    {
        var decomposed = text.Replace('đ', 'd').Replace('Đ', 'D').Normalize(System.Text.NormalizationForm.FormD);
        var chars = decomposed.Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            .Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-');
        return string.Join('-', new string(chars.ToArray()).Split('-', StringSplitOptions.RemoveEmptyEntries));
    }
}
