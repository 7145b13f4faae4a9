using CcHc.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Pages.Admin;

/// <summary>
/// Runs several saves (UserManager calls, an audit line) as one unit: all of them or none. Wrapped in the provider's
/// execution strategy, since SQL Server retries on transient failures and refuses a bare user transaction.
/// </summary>
internal static class AdminTransaction
{
    /// <summary>Commits when <paramref name="work"/> returns true; otherwise rolls back and forgets the tracked changes.</summary>
    public static Task<bool> RunAsync(CcHcDbContext db, Func<Task<bool>> work, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return strategy.ExecuteAsync(async token =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            if (await work())
            {
                await transaction.CommitAsync(token);
                return true;
            }

            await transaction.RollbackAsync(token);
            db.ChangeTracker.Clear();
            return false;
        }, cancellationToken);
    }
}

internal static class ModelStateExtensions
{
    /// <summary>Forgets what was bound (and its errors) under a prefix, for a form the current handler does not read.</summary>
    public static void ClearPrefix(this ModelStateDictionary modelState, string prefix)
    {
        foreach (var key in modelState.Keys.Where(k => k == prefix || k.StartsWith(prefix + ".", StringComparison.Ordinal)).ToList())
        {
            modelState.Remove(key);
        }
    }

    /// <summary>
    /// Puts Identity's (already Vietnamese) errors beside the field they are about: password rules beside the
    /// password, user-name rules beside the user name, anything else at the top of the form.
    /// </summary>
    public static void AddIdentityErrors(this ModelStateDictionary modelState, IdentityResult result, string? passwordField, string? userNameField = null)
    {
        foreach (var error in result.Errors)
        {
            var field = error.Code switch
            {
                _ when error.Code.StartsWith("Password", StringComparison.Ordinal) && passwordField is not null => passwordField,
                nameof(IdentityErrorDescriber.DuplicateUserName) or nameof(IdentityErrorDescriber.InvalidUserName) when userNameField is not null => userNameField,
                _ => string.Empty,
            };
            modelState.AddModelError(field, error.Description);
        }
    }
}
