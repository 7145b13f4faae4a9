using CcHc.Infrastructure.Identity;

namespace CcHc.Web.Security;

/// <summary>The web host's caller: the user and address of the current request; the system outside a request.</summary>
public sealed class HttpCallerAccessor(IHttpContextAccessor accessor) : ICallerAccessor
{
    public Caller Current => accessor.HttpContext is { } http
        ? new Caller(http.User, http.Connection.RemoteIpAddress?.ToString())
        : Caller.System;
}
