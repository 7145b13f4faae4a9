using System.Security.Claims;
using CcHc.Domain.Common;
using CcHc.Domain.Positions;
using CcHc.Infrastructure.Identity;
using CcHc.Infrastructure.Persistence;
using CcHc.Web.Features.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Features.Communes;

/// <summary>What the catalogue page shows: the commune and its catalogue (standard titles, own titles, organisations).</summary>
public sealed record PositionCatalogueView(Guid CommuneId, string CommuneName, CommunePositions Positions)
{
    /// <summary>A position's title by id, or "(chưa có)" for none.</summary>
    public string TitleOf(Guid? id) => id is { } key && Positions.Find(key) is { } position ? position.Title : "(chưa có)";
}

/// <summary>A title or organisation the clerk adds: its name, whether it is an organisation, and (for one) its contact title.</summary>
public sealed class NewPositionInput
{
    public string? Name { get; set; }

    public PositionKind Kind { get; set; } = PositionKind.Organisation;

    public Guid? ContactPositionId { get; set; }
}

/// <summary>
/// A commune's catalogue of who can lead or support a task (<see cref="CommunePositions"/>): its clerk (or an
/// administrator) adds organisations and titles of the commune's own, renames them and chooses each organisation's
/// contact title, whose holder reports for the organisation's tasks. Another commune's catalogue is not found; a
/// caller without the right is refused. Every change is audited (the audit interceptor records positions like every
/// domain entity). Positions carry no concurrency token, so a rename or contact change says what it was based on
/// (the name or contact the form showed) and is refused as stale when someone changed it since.
/// </summary>
public sealed class PositionCatalogueEditor(CcHcDbContext db, IAuthorizationService authorization)
{
    public const string AddPrefix = "Add";
    public const string RenamePrefix = "Rename";
    public const string ContactPrefix = "Contact";
    public const string RemovePrefix = "Remove";
    public const string MembersPrefix = "Members";

    public async Task<CommandResult<PositionCatalogueView>> LoadAsync(ClaimsPrincipal user, Guid communeId, CancellationToken cancellationToken)
    {
        var (refusal, view) = await OpenAsync(user, communeId, track: false, cancellationToken);
        return refusal is null ? CommandResult.Done(view!) : refusal.As<PositionCatalogueView>();
    }

    public Task<CommandResult> AddAsync(ClaimsPrincipal user, Guid communeId, NewPositionInput input, bool formIsValid, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        return ChangeAsync(user, communeId, AddPrefix, formIsValid, positions =>
        {
            if (!Enum.IsDefined(input.Kind))
            {
                throw new DomainException("Chọn loại: tổ chức, chức danh hoặc nhóm.", nameof(NewPositionInput.Kind));
            }

            var added = input.Kind switch
            {
                PositionKind.Organisation => positions.AddOrganisation(input.Name ?? string.Empty, input.ContactPositionId),
                PositionKind.Group => positions.AddGroup(input.Name ?? string.Empty),
                _ => positions.AddTitle(input.Name ?? string.Empty),
            };
            db.Positions.Add(added);
            return Outcome.Done(added.IsOrganisation ? $"Đã thêm tổ chức \"{added.Title}\"."
                : added.Kind == PositionKind.Group ? $"Đã thêm nhóm \"{added.Title}\"; chọn các thành viên của nhóm bên dưới."
                : $"Đã thêm chức danh \"{added.Title}\".");
        }, cancellationToken);
    }

    /// <summary>Adds one suggested organisation (<see cref="OrganisationCatalogue.Suggested"/>) the clerk clicked.</summary>
    public Task<CommandResult> AddSuggestedAsync(ClaimsPrincipal user, Guid communeId, string? name, CancellationToken cancellationToken) =>
        ChangeAsync(user, communeId, AddPrefix, formIsValid: true, positions =>
        {
            var added = positions.AddSuggested(name ?? string.Empty);
            db.Positions.Add(added);
            return Outcome.Done($"Đã thêm tổ chức \"{added.Title}\".");
        }, cancellationToken);

    /// <param name="seenName">The name the form showed: if it changed since, the rename is refused as stale.</param>
    public Task<CommandResult> RenameAsync(
        ClaimsPrincipal user, Guid communeId, Guid positionId, string? name, string? seenName, bool formIsValid, CancellationToken cancellationToken) =>
        ChangeAsync(user, communeId, RenamePrefix, formIsValid, positions =>
        {
            var position = positions.Own(positionId);
            if (!string.Equals(position.Title, seenName?.Trim(), StringComparison.Ordinal))
            {
                return Stale(position.Id, ("Tên", position.Title, name ?? string.Empty));
            }

            var old = position.Title;
            positions.Rename(positionId, name ?? string.Empty);
            return Outcome.Done($"Đã đổi tên \"{old}\" thành \"{position.Title}\".");
        }, cancellationToken);

    /// <param name="seenContactId">The contact the form showed: if it changed since, the change is refused as stale.</param>
    public Task<CommandResult> SetContactAsync(
        ClaimsPrincipal user, Guid communeId, Guid organisationId, Guid? contactId, Guid? seenContactId, bool formIsValid, CancellationToken cancellationToken) =>
        ChangeAsync(user, communeId, ContactPrefix, formIsValid, positions =>
        {
            var organisation = positions.Own(organisationId);
            if (organisation.ContactPositionId != seenContactId)
            {
                string TitleOf(Guid? id) => id is { } key && positions.Find(key) is { } p ? p.Title : "(chưa có)";
                return Stale(organisation.Id, ("Đầu mối báo cáo", TitleOf(organisation.ContactPositionId), TitleOf(contactId)));
            }

            positions.SetContact(organisationId, contactId);
            return Outcome.Done(contactId is { } id
                ? $"Từ nay người giữ chức danh \"{positions.Find(id)!.Title}\" báo cáo cho \"{organisation.Title}\"."
                : $"\"{organisation.Title}\" chưa có đầu mối báo cáo.");
        }, cancellationToken);

    /// <summary>
    /// Lists a group's members (<see cref="CommunePositions.SetMembers"/>): titles, organisations or other groups of the
    /// commune. Who holds the group's tasks changes at once (<see cref="CcHc.Domain.Tracking.TaskAudience"/>).
    /// </summary>
    public Task<CommandResult> SetMembersAsync(ClaimsPrincipal user, Guid communeId, Guid groupId, IReadOnlyCollection<Guid> memberIds, CancellationToken cancellationToken) =>
        ChangeAsync(user, communeId, MembersPrefix, formIsValid: true, positions =>
        {
            var (added, removed) = positions.SetMembers(groupId, memberIds);
            db.PositionGroupMembers.AddRange(added);
            db.PositionGroupMembers.RemoveRange(removed);
            var group = positions.Find(groupId)!;
            var names = positions.MembersOf(groupId).Select(p => p.Title).ToList();
            return Outcome.Done(names.Count == 0
                ? $"Nhóm \"{group.Title}\" chưa có thành viên."
                : $"Nhóm \"{group.Title}\" gồm: {string.Join(", ", names)}.");
        }, cancellationToken);

    /// <param name="seenName">The name the form showed: if it changed since, the removal is refused as stale.</param>
    public Task<CommandResult> RemoveAsync(ClaimsPrincipal user, Guid communeId, Guid positionId, string? seenName, CancellationToken cancellationToken) =>
        ChangeAsync(user, communeId, RemovePrefix, formIsValid: true, async positions =>
        {
            var position = positions.Own(positionId);
            if (!string.Equals(position.Title, seenName?.Trim(), StringComparison.Ordinal))
            {
                return Stale(position.Id, ("Tên", position.Title, seenName ?? string.Empty));
            }

            // Every version of every plan counts (IgnoreQueryFilters is not needed: the position is the commune's own).
            var items = await db.PlanItems.CountAsync(
                i => i.LeadPositionId == positionId || i.CoLeadPositionIds.Contains(positionId) || i.SupportPositionIds.Contains(positionId), cancellationToken);
            var accounts = await db.Set<UserPosition>().CountAsync(u => u.PositionId == positionId, cancellationToken);
            var ownMembers = positions.Members.Where(m => m.GroupPositionId == positionId).ToList();
            db.Positions.Remove(positions.Remove(positionId, new PositionUse(items, accounts)));
            db.PositionGroupMembers.RemoveRange(ownMembers);
            return Outcome.Done(position.IsOrganisation ? $"Đã xóa tổ chức \"{position.Title}\"."
                : position.Kind == PositionKind.Group ? $"Đã xóa nhóm \"{position.Title}\"." : $"Đã xóa chức danh \"{position.Title}\".");
        }, cancellationToken);

    private static Outcome Stale(Guid id, (string Field, string Theirs, string Yours) difference) => new(null, id, difference);

    private Task<CommandResult> ChangeAsync(
        ClaimsPrincipal user, Guid communeId, string prefix, bool formIsValid, Func<CommunePositions, Outcome> change, CancellationToken cancellationToken) =>
        ChangeAsync(user, communeId, prefix, formIsValid, positions => Task.FromResult(change(positions)), cancellationToken);

    private async Task<CommandResult> ChangeAsync(
        ClaimsPrincipal user, Guid communeId, string prefix, bool formIsValid, Func<CommunePositions, Task<Outcome>> change, CancellationToken cancellationToken)
    {
        var (refusal, view) = await OpenAsync(user, communeId, track: true, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        if (!formIsValid)
        {
            return CommandResult.Invalid();
        }

        try
        {
            var outcome = await change(view!.Positions);
            if (outcome.StaleId is { } staleId)
            {
                db.ChangeTracker.Clear();
                return CommandResult.Stale(await ConcurrencyConflict.DescribeAsync(db, staleId, [outcome.Difference], cancellationToken));
            }

            await db.SaveChangesAsync(cancellationToken);
            return CommandResult.Done(outcome.Message);
        }
        catch (DomainException ex)
        {
            db.ChangeTracker.Clear();
            return CommandResult.Refused(ex, field => $"{prefix}.{field}");
        }
        catch (DbUpdateException)
        {
            // Two saves of the same name at once: the unique index (commune, title) refused the second; or a removal
            // raced a new use of the position (a foreign key refused it).
            db.ChangeTracker.Clear();
            return CommandResult.Invalid(new FieldError($"{prefix}.{CommunePositions.NameField}", prefix == RemovePrefix
                ? "Chức danh hoặc tổ chức này vừa được dùng nên chưa xóa được; tải lại trang để xem."
                : "Xã vừa có chức danh hoặc tổ chức trùng tên này; tải lại trang để xem."));
        }
    }

    private async Task<(CommandResult? Refusal, PositionCatalogueView? View)> OpenAsync(ClaimsPrincipal user, Guid communeId, bool track, CancellationToken cancellationToken)
    {
        if (await PositionCatalogueResource.OfCommuneAsync(db, communeId, cancellationToken) is not { } resource)
        {
            return (CommandResult.NotFound(), null);
        }

        if (!(await authorization.AuthorizeAsync(user, resource, PositionCatalogueOperations.Manage)).Succeeded)
        {
            return (CommandResult.Forbidden(), null);
        }

        var name = await db.Communes.AsNoTracking().Where(c => c.Id == communeId).Select(c => c.Name).SingleAsync(cancellationToken);
        var query = track ? db.Positions : db.Positions.AsNoTracking();
        var positions = await query.Where(p => p.CommuneId == null || p.CommuneId == communeId).ToListAsync(cancellationToken);
        var members = await (track ? db.PositionGroupMembers : db.PositionGroupMembers.AsNoTracking()).Where(m => m.CommuneId == communeId).ToListAsync(cancellationToken);
        return (null, new PositionCatalogueView(communeId, name, new CommunePositions(communeId, positions, members)));
    }

    /// <summary>What a change did: the message when done, or the position that changed since the form was read and how.</summary>
    private sealed record Outcome(string? Message, Guid? StaleId = null, (string Field, string Theirs, string Yours) Difference = default)
    {
        public static Outcome Done(string message) => new(message);
    }
}
