namespace CcHc.Web.Features.Notifications;

/// <summary>An account to tell: who, their address (null: none), and what they asked for by e-mail.</summary>
public sealed record Recipient(string UserId, string DisplayName, string? Email, bool EmailOff, bool DailyDigest);
