using System.Security.Claims;

namespace CcHc.Infrastructure.Identity;

/// <summary>
/// Who is calling: the signed-in (or anonymous) user of a web request, or the system itself (start-up, demo data,
/// background work), which is trusted. The host says who it is through <see cref="ICallerAccessor"/>; infrastructure
/// never reads the HTTP context.
/// </summary>
public sealed record Caller(ClaimsPrincipal? User, string? IpAddress)
{
    public static Caller System { get; } = new(null, null);

    public bool IsSystem => User is null;

    public string? UserId => User?.FindFirstValue(ClaimTypes.NameIdentifier);

    public string UserName => User is null ? "system" : User.Identity?.Name ?? "anonymous";

    /// <summary>The communes this caller may see: everything for the system, else what the principal's claims give.</summary>
    public DataScope Scope => IsSystem ? DataScope.Unrestricted : DataScope.FromPrincipal(User);
}

/// <summary>The current caller, as the host knows it (the web host: the request's user; elsewhere: the system).</summary>
public interface ICallerAccessor
{
    Caller Current { get; }
}

/// <summary>No request: the system acts (start-up, tools, tests of the infrastructure alone).</summary>
public sealed class SystemCallerAccessor : ICallerAccessor
{
    public static SystemCallerAccessor Instance { get; } = new();

    public Caller Current => Caller.System;
}
