using System.ComponentModel.DataAnnotations;
using CcHc.Domain.Communes;
using CcHc.Domain.Positions;
using CcHc.Infrastructure.Identity;
using CcHc.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Features.Accounts;

/// <summary>The fields an administrator sets on an account, on creation and later: name, e-mail, role and scope.</summary>
public class AccountInput
{

    [Required(ErrorMessage = "Nhập họ tên.")]
    [StringLength(200, ErrorMessage = "Tối đa {1} ký tự.")]
    [Display(Name = "Họ tên (tên hiển thị)")]
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>Where the account's notifications are sent (optional: without it, they show in the app only).</summary>
    [Mailbox]
    [Display(Name = "Thư điện tử (nhận thông báo)")]
    public string? Email { get; set; }

    /// <summary>The address as stored: trimmed, null when empty.</summary>
    public string? NormalizedEmailInput => Domain.Notifications.EmailAddress.Normalize(Email);

    [Required(ErrorMessage = "Chọn vai trò.")]
    [Display(Name = "Vai trò")]
    public string Role { get; set; } = string.Empty;

    [Display(Name = "Xã")]
    public Guid? CommuneId { get; set; }

    [Display(Name = "Cơ quan Nội vụ")]
    public Guid? OversightOfficeId { get; set; }

    [Display(Name = "Chức danh đảm nhiệm")]
    public List<Guid> PositionIds { get; set; } = [];
}

/// <summary>
/// What the account form offers (communes, offices, positions) and the rules that tie a role to its scope: a commune
/// role needs a commune and nothing else, a reviewer needs an office and nothing else, an administrator neither;
/// positions only mean something for staff and must be standard ones or the chosen commune's own.
/// </summary>
public sealed class AccountChoices
{
    public static AccountChoices Empty { get; } = new([], [], []);

    private AccountChoices(IReadOnlyList<Commune> communes, IReadOnlyList<OversightOffice> offices, IReadOnlyList<Position> positions)
    {
        Communes = communes;
        Offices = offices;
        Positions = positions;
    }

    public IReadOnlyList<Commune> Communes { get; }

    public IReadOnlyList<OversightOffice> Offices { get; }

    /// <summary>Standard positions first (no commune), then each commune's own, in the catalogue's order.</summary>
    public IReadOnlyList<Position> Positions { get; }

    public IEnumerable<Position> StandardPositions => Positions.Where(p => p.CommuneId is null);

    public IEnumerable<IGrouping<Guid, Position>> CommunePositions =>
        Positions.Where(p => p.CommuneId is not null).GroupBy(p => p.CommuneId!.Value);

    public string CommuneName(Guid? id) => Communes.FirstOrDefault(c => c.Id == id)?.Name ?? string.Empty;

    public static async Task<AccountChoices> LoadAsync(CcHcDbContext db, CancellationToken cancellationToken)
    {
        var communes = await db.Communes.AsNoTracking().OrderBy(c => c.Province).ThenBy(c => c.Name).ToListAsync(cancellationToken);
        var offices = await db.OversightOffices.AsNoTracking().OrderBy(o => o.Name).ToListAsync(cancellationToken);
        var positions = await db.Positions.AsNoTracking().ToListAsync(cancellationToken);
        var ordered = positions.OrderBy(p => p.CommuneId is null ? 0 : 1).ThenBy(p => p.CommuneId).ThenBy(p => p.Order).ThenBy(p => p.Title, StringComparer.Ordinal).ToList();
        return new AccountChoices(communes, offices, ordered);
    }

    /// <summary>Checks the role against its scope and drops positions where they mean nothing; errors go beside the fields.</summary>
    public void Validate(AccountInput input, List<FieldError> errors, string prefix = "Input")
    {
        var role = input.Role;
        if (string.IsNullOrEmpty(role))
        {
            return;
        }

        if (!AppRoles.All.Contains(role))
        {
            errors.Add(new FieldError($"{prefix}.{nameof(AccountInput.Role)}", "Vai trò không hợp lệ."));
            return;
        }

        var label = AppRoles.Label(role);
        var communeField = $"{prefix}.{nameof(AccountInput.CommuneId)}";
        if (AppRoles.CommuneRoles.Contains(role))
        {
            if (input.CommuneId is not { } communeId)
            {
                errors.Add(new FieldError(communeField, $"Chọn xã cho tài khoản {label}."));
            }
            else if (Communes.All(c => c.Id != communeId))
            {
                errors.Add(new FieldError(communeField, "Xã đã chọn không còn tồn tại."));
            }
        }
        else if (input.CommuneId is not null)
        {
            errors.Add(new FieldError(communeField, $"Tài khoản {label} không gắn với một xã; để trống mục này."));
        }

        var officeField = $"{prefix}.{nameof(AccountInput.OversightOfficeId)}";
        if (role == AppRoles.Reviewer)
        {
            if (input.OversightOfficeId is not { } officeId)
            {
                errors.Add(new FieldError(officeField, "Chọn cơ quan Nội vụ cho tài khoản Phòng/Sở Nội vụ."));
            }
            else if (Offices.All(o => o.Id != officeId))
            {
                errors.Add(new FieldError(officeField, "Cơ quan Nội vụ đã chọn không còn tồn tại."));
            }
        }
        else if (input.OversightOfficeId is not null)
        {
            errors.Add(new FieldError(officeField, "Chỉ tài khoản Phòng/Sở Nội vụ mới gắn với cơ quan Nội vụ; để trống mục này."));
        }

        // Any account of a commune (the clerk and the chairman too) may hold positions; others hold none.
        if (!AppRoles.CommuneRoles.Contains(role))
        {
            input.PositionIds = [];
            return;
        }

        input.PositionIds = input.PositionIds.Distinct().ToList();
        var foreign = input.PositionIds.Where(id => !Positions.Any(p => p.Id == id && (p.CommuneId is null || p.CommuneId == input.CommuneId)));
        if (foreign.Any())
        {
            errors.Add(new FieldError($"{prefix}.{nameof(AccountInput.PositionIds)}", "Chỉ chọn chức danh chung hoặc chức danh của xã đã chọn."));
        }
    }
}

/// <summary>The field holds one mailbox or nothing (<see cref="Domain.Notifications.EmailAddress"/>).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class MailboxAttribute : ValidationAttribute
{
    public MailboxAttribute()
        : base(Domain.Notifications.EmailAddress.Invalid)
    {
    }

    public override bool IsValid(object? value) => Domain.Notifications.EmailAddress.IsValid(value as string);
}
