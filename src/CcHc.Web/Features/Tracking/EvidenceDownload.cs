using System.Security.Claims;
using CcHc.Infrastructure.Auditing;
using CcHc.Infrastructure.Persistence;
using CcHc.Infrastructure.Tracking;
using CcHc.Web.Features.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Features.Tracking;

/// <summary>An evidence file to send: its stored bytes, the type recognised at upload and its name.</summary>
public sealed record EvidenceContent(Stream Content, string ContentType, string FileName);

/// <summary>
/// One evidence file for download: found only through the caller's scope (another commune's file is not found),
/// readable by every role that reads the commune (the office reviewer included), audited as a download.
/// </summary>
public sealed class EvidenceDownload(CcHcDbContext db, EvidenceStore store, IAuditLog audit, IAuthorizationService authorization, ILogger<EvidenceDownload> logger)
{
    public async Task<CommandResult<EvidenceContent>> OpenAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken)
    {
        var file = await db.EvidenceFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (file is null)
        {
            return CommandResult.NotFound().As<EvidenceContent>();
        }

        var plan = await db.Plans.Where(p => p.Id == file.PlanId)
            .Join(db.Communes, p => p.CommuneId, c => c.Id, (p, c) => new { c.Id, c.OversightOfficeId })
            .SingleAsync(cancellationToken);
        var resource = TaskResource.InScope(new CommuneScope(plan.Id, plan.OversightOfficeId));
        if (!(await authorization.AuthorizeAsync(user, resource, TaskOperations.Read)).Succeeded)
        {
            return CommandResult.Forbidden().As<EvidenceContent>();
        }

        if (!await store.ExistsAsync(file.PlanId, file.StorageKey, cancellationToken))
        {
            logger.LogError("Evidence file {EvidenceId} has no stored bytes ({StorageKey})", id, file.StorageKey);
            return CommandResult.NotFound().As<EvidenceContent>();
        }

        await audit.WriteAsync(AuditAction.Download, "EvidenceFile", id.ToString(), plan.Id, file.FileName, cancellationToken);

        // Streamed from the store after the audit entry is written; the stream holds the connection until it is sent.
        var content = await store.OpenReadAsync(file.PlanId, file.StorageKey, cancellationToken);
        return content is null
            ? CommandResult.NotFound().As<EvidenceContent>()
            : CommandResult.Done(new EvidenceContent(content, file.ContentType, file.FileName));
    }
}
