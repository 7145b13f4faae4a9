using CcHc.Web.Features;
using CcHc.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CcHc.Web.Pages.Admin;

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

    public static void AddErrors(this ModelStateDictionary modelState, IEnumerable<FieldError> errors)
    {
        foreach (var error in errors)
        {
            modelState.AddModelError(error.Field, error.Message);
        }
    }

    /// <summary>Puts Identity's errors beside the field they are about (<see cref="IdentityErrors"/>).</summary>
    public static void AddIdentityErrors(this ModelStateDictionary modelState, IdentityResult result, string? passwordField, string? userNameField = null) =>
        modelState.AddErrors(IdentityErrors.ToFieldErrors(result, passwordField, userNameField));
}
