using CcHc.Infrastructure.Identity;

namespace CcHc.Infrastructure.Auditing;

/// <summary>Who is acting, as the host passes the caller in: the request's user, or "system" outside a request.</summary>
public sealed class AuditActor(ICallerAccessor callers)
{
    public string? UserId => callers.Current.UserId;

    public string UserName => callers.Current.UserName;

    public string? IpAddress => callers.Current.IpAddress;
}
