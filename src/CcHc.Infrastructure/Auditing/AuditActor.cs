using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace CcHc.Infrastructure.Auditing;

/// <summary>Who is acting: the signed-in user of the request, or "system" outside a request.</summary>
public sealed class AuditActor(IHttpContextAccessor accessor)
{
    public string? UserId => accessor.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);

    public string UserName => accessor.HttpContext?.User.Identity?.Name ?? (accessor.HttpContext is null ? "system" : "anonymous");

    public string? IpAddress => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();
}
