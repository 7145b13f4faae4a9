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
}
