using System.Threading.RateLimiting;
using CcHc.Infrastructure.Identity;
using CcHc.Infrastructure.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace CcHc.Web.Security;

public static class SecurityServiceCollectionExtensions
{
    public const string LoginRateLimit = "login";

    /// <summary>The public checking page: anyone may upload a PDF, so each address gets a few checks a minute.</summary>
    public const string VerifyRateLimit = "verify";

    /// <summary>
    /// Identity with EF stores, the password and lockout policy, the sign-in cookie, data-protection keys in the
    /// database (so several web instances share them), role policies and the login rate limit.
    /// </summary>
    public static IServiceCollection AddCcHcSecurity(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddIdentity<ApplicationUser, IdentityRole>(options =>
            {
                options.Password.RequiredLength = 10;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = false;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<CcHcDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<VietnameseIdentityErrorDescriber>()
            .AddClaimsPrincipalFactory<CcHcClaimsPrincipalFactory>();

        // Disabled accounts and changed roles take effect within a minute in every open session.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "CcHc.Auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = environment.IsDevelopment() || environment.IsEnvironment("Testing")
                ? CookieSecurePolicy.SameAsRequest
                : CookieSecurePolicy.Always;
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.LoginPath = "/Account/Login";
            options.LogoutPath = "/Account/Logout";
            options.AccessDeniedPath = "/Account/AccessDenied";
        });

        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "CcHc.Antiforgery";
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = environment.IsDevelopment() || environment.IsEnvironment("Testing")
                ? CookieSecurePolicy.SameAsRequest
                : CookieSecurePolicy.Always;
        });

        services.AddDataProtection()
            .SetApplicationName("CcHc")
            .PersistKeysToDbContext<CcHcDbContext>();

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.Administrator, p => p.RequireRole(AppRoles.Administrator))
            .AddPolicy(Policies.CommuneOrOffice, p => p.RequireRole(AppRoles.Clerk, AppRoles.Chairman, AppRoles.Staff, AppRoles.Reviewer, AppRoles.Administrator));

        var perIpPerMinute = configuration.GetValue("Security:LoginRequestsPerIpPerMinute", 30);
        services.AddSingleton(new LoginAttemptLimiter(configuration.GetValue("Security:LoginAttemptsPerUserPerWindow", 10), TimeSpan.FromMinutes(5)));
        services.AddRateLimiter(options =>
        {
            // The default rejection is 503, which tells a browser the server is broken; 429 says "slow down".
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(LoginRateLimit, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perIpPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            var checksPerMinute = configuration.GetValue("Security:VerifyRequestsPerIpPerMinute", 20);
            options.AddPolicy(VerifyRateLimit, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = checksPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });

        return services;
    }
}

/// <summary>
/// Login attempts keyed by user name and IP (the form is only readable inside the handler): a second limit on top of
/// the per-IP one and the per-account lockout, so one address cannot spray one account, nor many accounts.
/// </summary>
public sealed class LoginAttemptLimiter(int permitsPerWindow, TimeSpan window) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permitsPerWindow,
            Window = window,
            QueueLimit = 0,
        }));

    public bool TryAcquire(string? userName, string? ipAddress)
    {
        using var lease = _limiter.AttemptAcquire($"{userName?.Trim().ToUpperInvariant()}|{ipAddress}");
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
