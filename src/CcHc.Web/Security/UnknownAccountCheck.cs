using CcHc.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace CcHc.Web.Security;

/// <summary>
/// A sign-in for a user name that does not exist costs what a wrong password for a real account costs: the typed
/// password is checked against a hash made once by the same hasher with the same settings (PBKDF2, same iteration
/// count). Without it a missing account answered in about 2 ms and a real one in about 57 ms, which told user names apart.
/// </summary>
public sealed class UnknownAccountCheck(IPasswordHasher<ApplicationUser> hasher)
{
    private static readonly ApplicationUser Nobody = new() { UserName = "\u0000" };

    /// <summary>Made once per process with the app's hasher (the hasher's settings are the same for the whole app).</summary>
    private static string? s_hash;

    /// <summary>Spends one password verification on <paramref name="password"/>; the answer is always "wrong".</summary>
    public void VerifyAgainstNobody(string password)
    {
        var hash = s_hash ??= hasher.HashPassword(Nobody, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
        hasher.VerifyHashedPassword(Nobody, hash, password);
    }
}
