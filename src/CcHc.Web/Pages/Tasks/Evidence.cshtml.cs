using CcHc.Infrastructure.Auditing;
using CcHc.Infrastructure.Identity;
using CcHc.Infrastructure.Persistence;
using CcHc.Infrastructure.Tracking;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Pages.Tasks;

/// <summary>
/// Downloads one evidence file: found only through the caller's scope (another commune's file is 404), readable by
/// every role that reads the commune (the office reviewer included), audited, sent as an attachment with the type
/// recognised at upload and nosniff, so a browser never renders it in the app's origin.
/// </summary>
public sealed class EvidenceModel(CcHcDbContext db, EvidenceStore store, IAuditLog audit, ILogger<EvidenceModel> logger) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var file = await db.EvidenceFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (file is null)
        {
            return NotFound();
        }

        if (!AppRoles.All.Any(User.IsInRole))
        {
            return Forbid();
        }

        if (!store.Exists(file.PlanId, file.StorageKey))
        {
            logger.LogError("Evidence file {EvidenceId} has no stored bytes ({StorageKey})", id, file.StorageKey);
            return NotFound();
        }

        var communeId = await db.Plans.Where(p => p.Id == file.PlanId).Select(p => p.CommuneId).SingleAsync(cancellationToken);
        await audit.WriteAsync(AuditAction.Download, "EvidenceFile", id.ToString(), communeId, file.FileName, cancellationToken);
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(store.OpenRead(file.PlanId, file.StorageKey), file.ContentType, file.FileName);
    }
}
