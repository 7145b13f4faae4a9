using Microsoft.AspNetCore.Identity;

namespace CcHc.Web.Features.Accounts;

/// <summary>Identity's (already Vietnamese) errors as field errors, keyed by Identity's error code, never by the text.</summary>
public static class IdentityErrors
{
    /// <summary>Password rules beside the password, user-name rules beside the user name, anything else on the whole form.</summary>
    public static IEnumerable<FieldError> ToFieldErrors(IdentityResult result, string? passwordField, string? userNameField = null) =>
        result.Errors.Select(error => new FieldError(
            error.Code switch
            {
                _ when error.Code.StartsWith("Password", StringComparison.Ordinal) && passwordField is not null => passwordField,
                nameof(IdentityErrorDescriber.DuplicateUserName) or nameof(IdentityErrorDescriber.InvalidUserName) when userNameField is not null => userNameField,
                _ => string.Empty,
            },
            error.Description));
}
