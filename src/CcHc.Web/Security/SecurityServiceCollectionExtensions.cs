using System.Threading.RateLimiting;
using CcHc.Infrastructure.Identity;
using CcHc.Infrastructure.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace CcHc.Web.Security;

public static class SecurityServiceCollectionExtensions
{
    /// <summary>The public checking page: anyone may upload a PDF, so each address gets a few checks a minute.</summary>
    public const string VerifyRateLimit = "verify";

    /// <summary>
    /// Identity with EF stores, the password and lockout policy, the sign-in cookie, data-protection keys in the
    /// database (so several web instances share them), role policies, sessions checked against the account on every request
    /// and the sign-in attempt limits.
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

        // Claims (roles, commune, positions) are rebuilt from the account once a minute; whether the session is still
        // valid at all is checked on every request by SessionValidation (logout, disabled account, new password).
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
            options.Events.OnValidatePrincipal = SessionValidation.ValidatePrincipalAsync;
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
            .AddPolicy(Policies.CriteriaSetManager, p => p.RequireRole(AppRoles.Administrator, AppRoles.Reviewer))
            .AddPolicy(Policies.CommuneOrOffice, p => p.RequireRole(AppRoles.Clerk, AppRoles.Chairman, AppRoles.Staff, AppRoles.Reviewer, AppRoles.Administrator));

        services.AddSingleton(LoginAttemptLimits.From(configuration));
        services.AddSingleton<LoginAttemptLimiter>();
        services.AddScoped<UnknownAccountCheck>();
        services.AddScoped<Microsoft.AspNetCore.Authentication.IClaimsTransformation, LineageClaimsTransformation>();
        services.AddRateLimiter(options =>
        {
            // The default rejection is 503, which tells a browser the server is broken; 429 says "slow down".
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            var checksPerMinute = configuration.GetValue("Security:VerifyRequestsPerIpPerMinute", 20);
            options.AddPolicy(VerifyRateLimit, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = checksPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });

        return services;
    }
}
