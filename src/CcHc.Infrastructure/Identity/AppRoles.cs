namespace CcHc.Infrastructure.Identity;

/// <summary>The five roles. Each account has exactly one.</summary>
public static class AppRoles
{
    public const string Administrator = "Administrator";
    public const string Clerk = "Clerk";
    public const string Chairman = "Chairman";
    public const string Staff = "Staff";
    public const string Reviewer = "Reviewer";

    public static IReadOnlyList<string> All { get; } = [Administrator, Clerk, Chairman, Staff, Reviewer];

    /// <summary>Roles whose scope is one commune.</summary>
    public static IReadOnlyList<string> CommuneRoles { get; } = [Clerk, Chairman, Staff];

    public static string Label(string role) => role switch
    {
        Administrator => "Quản trị hệ thống",
        Clerk => "Công chức phụ trách CCHC",
        Chairman => "Chủ tịch / Phó Chủ tịch UBND xã",
        Staff => "Công chức chuyên môn",
        Reviewer => "Phòng/Sở Nội vụ",
        _ => role,
    };
}

/// <summary>Claim types CcHc adds to the sign-in cookie.</summary>
public static class AppClaims
{
    public const string CommuneId = "cchc:commune";
    public const string OfficeId = "cchc:office";
    public const string PositionId = "cchc:position";
    public const string DisplayName = "cchc:name";

    /// <summary>
    /// A predecessor commune whose history the caller may read (one claim each). Never in the cookie: added on every
    /// request from the stored lineage (Web/Security/LineageClaimsTransformation), so a correction applies at once.
    /// </summary>
    public const string History = "cchc:history";
}
