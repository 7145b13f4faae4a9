using CcHc.Infrastructure.Auditing;
using CcHc.Infrastructure.Exports;
using CcHc.Infrastructure.Persistence;
using CcHc.Infrastructure.Spreadsheets;

namespace CcHc.Web.Features.Assessments;

/// <summary>The score sheet as .xlsx in the import format, so an export re-imports cleanly. Audited as a download.</summary>
public sealed class ExportScoreSheet(CcHcDbContext db, IAuditLog audit)
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task<CommandResult<DownloadFile>> RunAsync(Guid id, CancellationToken cancellationToken)
    {
        var assessment = await AssessmentData.FindAsync(db, id, track: false, cancellationToken);
        if (assessment is null)
        {
            return CommandResult.NotFound().As<DownloadFile>();
        }

        var set = await AssessmentData.CriteriaSetOfAsync(db, assessment, cancellationToken);
        var commune = await AssessmentData.CommuneNameAsync(db, assessment.CommuneId, cancellationToken);
        var bytes = SpreadsheetWorkbooks.AssessmentExport(set, assessment, commune);
        var fileName = $"Bang-diem-{ExportFileNames.Slug(commune)}-{assessment.Year}.xlsx";
        await audit.WriteAsync(AuditAction.Download, "Assessment", id.ToString(), assessment.CommuneId, fileName, cancellationToken);
        return CommandResult.Done(new DownloadFile(bytes, XlsxContentType, fileName));
    }
}
