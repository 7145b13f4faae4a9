using Microsoft.AspNetCore.Identity;

namespace CcHc.Infrastructure.Identity;

/// <summary>
/// An account. Commune roles (clerk, chairman, staff) carry <see cref="CommuneId"/>; a reviewer carries
/// <see cref="OversightOfficeId"/>; staff are linked to the positions whose tasks they may update.
/// </summary>
public sealed class ApplicationUser : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;

    public Guid? CommuneId { get; set; }

    public Guid? OversightOfficeId { get; set; }

    /// <summary>A disabled account cannot sign in; its sessions end at the next security-stamp check.</summary>
    public bool IsDisabled { get; set; }

    /// <summary>
    /// Set when an administrator creates the account or sets its password: the user must choose their own password
    /// at the next sign-in before any other page opens. Cleared by the change-password page.
    /// </summary>
    public bool MustChangePassword { get; set; }

    /// <summary>The user asked for no e-mail: their notifications stay under the bell.</summary>
    public bool EmailOff { get; set; }

    /// <summary>The user asked for one e-mail a day listing the day's notifications instead of one per event.</summary>
    public bool DailyDigest { get; set; }

    public List<UserPosition> Positions { get; set; } = [];
}

/// <summary>Links a staff account to a position (chức danh) it holds.</summary>
public sealed class UserPosition
{
    public string UserId { get; set; } = string.Empty;

    public Guid PositionId { get; set; }
}
