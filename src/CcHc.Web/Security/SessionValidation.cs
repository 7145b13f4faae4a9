using System.Security.Claims;
using CcHc.Infrastructure.Identity;
using CcHc.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CcHc.Web.Security;

/// <summary>
/// Ends sessions on the server. Every request that carries a sign-in cookie reads the account's security stamp and
/// flags (one query by primary key) and refuses the cookie when the stamp it was issued with is no longer the account's:
/// logging out renews the stamp, so a copy of the cookie replayed afterwards is worthless, and so are the cookies of
/// the account's other open sessions (the same happens at once when an administrator disables the account, changes its
/// role or sets its password). Identity's own validator still runs afterwards, once a minute, to refresh the claims.
/// It also tells <see cref="PasswordChangeRequirement"/> whether the account must change its password first.
/// </summary>
public static class SessionValidation
{
    private static readonly object MustChangePasswordKey = new();

    /// <summary>The per-request read of the account, compiled once (EF does not translate it again on every request).</summary>
    private static readonly Func<CcHcDbContext, string, CancellationToken, Task<AccountState?>> Account =
        EF.CompileAsyncQuery((CcHcDbContext db, string id, CancellationToken _) => db.Users.AsNoTracking()
            .Where(u => u.Id == id)
            .Select(u => new AccountState(u.SecurityStamp, u.IsDisabled, u.MustChangePassword))
            .SingleOrDefault());

    private sealed record AccountState(string? SecurityStamp, bool IsDisabled, bool MustChangePassword);

    public static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        if (principal?.Identity?.IsAuthenticated != true)
        {
            return;
        }

        var http = context.HttpContext;
        var claims = http.RequestServices.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var userId = principal.FindFirstValue(claims.UserIdClaimType);
        var stamp = principal.FindFirstValue(claims.SecurityStampClaimType);
        var account = userId is null ? null : await Account(http.RequestServices.GetRequiredService<CcHcDbContext>(), userId, http.RequestAborted);
        if (account is null || account.IsDisabled || stamp is null || !string.Equals(stamp, account.SecurityStamp, StringComparison.Ordinal))
        {
            context.RejectPrincipal();
            await http.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        if (account.MustChangePassword)
        {
            http.Items[MustChangePasswordKey] = true;
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }

    /// <summary>True when this request's account was created or reset by an administrator and still has that password.</summary>
    public static bool MustChangePassword(HttpContext http) => http.Items.ContainsKey(MustChangePasswordKey);
}

/// <summary>
/// An account whose password was set by an administrator opens only the change-password page (and can log out) until
/// its user has chosen a new password; every other page and form post is redirected there. Static files are served
/// before this runs and stay reachable.
/// </summary>
public sealed class PasswordChangeRequirement(RequestDelegate next)
{
    public const string ChangePasswordPath = "/Account/ChangePassword";

    private static readonly PathString[] Allowed = [ChangePasswordPath, "/Account/Logout", "/Account/AccessDenied", "/Error"];

    public Task InvokeAsync(HttpContext context)
    {
        if (context.User.Identity?.IsAuthenticated == true
            && SessionValidation.MustChangePassword(context)
            && !Array.Exists(Allowed, p => context.Request.Path.Equals(p, StringComparison.OrdinalIgnoreCase)))
        {
            context.Response.Redirect($"{context.Request.PathBase}{ChangePasswordPath}");
            return Task.CompletedTask;
        }

        return next(context);
    }
}
