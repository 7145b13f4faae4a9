using System.Security.Claims;
using CcHc.Domain.Common;
using CcHc.Domain.Criteria;
using CcHc.Domain.Deadlines;
using CcHc.Domain.Plans;
using CcHc.Domain.Positions;
using CcHc.Infrastructure.Persistence;
using CcHc.Web.Features.Authorization;
using CcHc.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Features.Plans;

/// <summary>
/// The item form: the plan view (criteria, positions), the item being edited (null for a new one), its token, and the
/// index catalogues of the plan's indices whose components an item may link.
/// </summary>
public sealed record PlanItemForm(PlanView View, RemediationItem? Item, Guid ConcurrencyToken, IReadOnlyList<CriteriaSet> Catalogues)
{
    /// <summary>The commune's active accounts an item may name (id, display name), by name.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> People { get; init; } = [];
}

/// <summary>
/// One remediation item: add, change or delete it (clerk of the commune, draft only — the domain refuses another state
/// with its message; a returned plan is reopened as a draft by the edit); titles typed "on the spot" become the commune's positions in the same save. A save on a stale read
/// is refused with what the other person saved.
/// </summary>
public sealed class EditPlanItem(CcHcDbContext db, PlanAccess access, TimeProvider clock)
{
    public async Task<CommandResult<PlanItemForm>> FormAsync(ClaimsPrincipal user, Guid planId, Guid? itemId, CancellationToken cancellationToken)
    {
        var (result, view, item) = await LoadAsync(user, planId, itemId, track: false, cancellationToken);
        return result is not null ? result.As<PlanItemForm>() : CommandResult.Done(new PlanItemForm(view!, item,
            item is null ? Guid.Empty : await db.ConcurrencyTokenAsync<RemediationItem>(item.Id, cancellationToken),
            await CataloguesAsync(view!, cancellationToken)) { People = await PeopleAsync(view!.Plan.CommuneId, cancellationToken) });
    }

    /// <summary>Done with the saved item's id (null for a new one).</summary>
    /// <param name="input">The form, or null when its own checks failed (the page holds why): then only access is answered.</param>
    public async Task<CommandResult<Guid?>> SaveAsync(
        ClaimsPrincipal user, Guid planId, Guid? itemId, PlanItemInput? input, Guid concurrencyToken, CancellationToken cancellationToken)
    {
        var (refused, view, item) = await LoadAsync(user, planId, itemId, track: true, cancellationToken);
        if (refused is not null || input is null)
        {
            return (refused ?? CommandResult.Invalid()).As<Guid?>();
        }

        var positions = AddNewPositions(view!, input);
        var errors = new List<FieldError>();
        var people = await PeopleAsync(view!.Plan.CommuneId, cancellationToken);
        input.PersonIds = input.PersonIds.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal).ToList();
        if (input.PersonIds.Any(id => !people.Any(p => p.Key == id)))
        {
            errors.Add(new("Input.PersonIds", "Chỉ chọn người có tài khoản của xã này."));
        }

        var content = ToContent(view!, input, positions, await CataloguesAsync(view!, cancellationToken), errors);
        if (content is null || errors.Count > 0)
        {
            return CommandResult.Invalid(errors).As<Guid?>();
        }

        try
        {
            // A returned plan is reopened as a draft by its first edit (the domain's rule, recorded as that step).
            view!.Plan.ReopenForEditing(user.AsActor(), clock.GetUtcNow());
            if (item is null)
            {
                db.PlanItems.Add(view!.Plan.AddItem(content));
            }
            else
            {
                db.Entry(item).Property(CcHcDbContext.ConcurrencyToken).OriginalValue = concurrencyToken;
                view!.Plan.UpdateItem(item.Id, content);
            }

            await db.SaveChangesAsync(cancellationToken);
            return CommandResult.Done(item?.Id, "Đã lưu nội dung khắc phục.");
        }
        catch (DomainException ex)
        {
            return CommandResult.Refused(ex).As<Guid?>();
        }
        catch (DbUpdateConcurrencyException)
        {
            return (await ConflictAsync(planId, itemId!.Value, input, cancellationToken)).As<Guid?>();
        }
    }

    public async Task<CommandResult> DeleteAsync(ClaimsPrincipal user, Guid planId, Guid itemId, Guid concurrencyToken, CancellationToken cancellationToken)
    {
        var (refused, view, item) = await LoadAsync(user, planId, itemId, track: true, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        try
        {
            db.Entry(item!).Property(CcHcDbContext.ConcurrencyToken).OriginalValue = concurrencyToken;
            view!.Plan.ReopenForEditing(user.AsActor(), clock.GetUtcNow());
            view.Plan.RemoveItem(item!.Id);
            await db.SaveChangesAsync(cancellationToken);
            return CommandResult.Done("Đã xóa nội dung khắc phục.");
        }
        catch (DomainException ex)
        {
            return CommandResult.Refused(ex);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(planId, itemId, PlanItemInput.From(item!), cancellationToken);
        }
    }

    /// <summary>How a typed deadline will print and when it falls due, for the plan's year.</summary>
    public async Task<CommandResult<Deadline?>> PreviewDeadlineAsync(ClaimsPrincipal user, Guid planId, string? text, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(planId, cancellationToken) is not { } resource)
        {
            return CommandResult.NotFound().As<Deadline?>();
        }

        if (!await access.AllowsKindAsync(user, resource.Scope, PlanOperations.Edit))
        {
            return CommandResult.Forbidden().As<Deadline?>();
        }

        var year = await db.Plans.Where(p => p.Id == planId).Select(p => p.Year).SingleAsync(cancellationToken);
        return CommandResult.Done(Deadline.TryParse(text, year, out var deadline) ? deadline : null);
    }

    /// <summary>The commune's accounts that are not disabled, for the item's "named people" (id → display name).</summary>
    private async Task<IReadOnlyList<KeyValuePair<string, string>>> PeopleAsync(Guid communeId, CancellationToken cancellationToken) =>
        (await db.Users.AsNoTracking().Where(u => u.CommuneId == communeId && !u.IsDisabled)
            .Select(u => new { u.Id, u.DisplayName, u.UserName }).ToListAsync(cancellationToken))
        .Select(u => new KeyValuePair<string, string>(u.Id, string.IsNullOrEmpty(u.DisplayName) ? u.UserName ?? u.Id : u.DisplayName))
        .OrderBy(u => u.Value, StringComparer.Ordinal).ToList();

    private async Task<(CommandResult? Refused, PlanView? View, RemediationItem? Item)> LoadAsync(
        ClaimsPrincipal user, Guid planId, Guid? itemId, bool track, CancellationToken cancellationToken)
    {
        if (await PlanView.LoadAsync(db, planId, track, cancellationToken) is not { } view)
        {
            return (CommandResult.NotFound(), null, null);
        }

        var item = itemId is { } id ? view.Plan.Items.FirstOrDefault(i => i.Id == id) : null;
        if (itemId is not null && item is null)
        {
            return (CommandResult.NotFound(), null, null);
        }

        var scope = new CommuneScope(view.Commune.Id, view.Commune.OversightOfficeId);
        return await access.AllowsKindAsync(user, scope, PlanOperations.Edit) ? (null, view, item) : (CommandResult.Forbidden(), null, null);
    }

    private async Task<CommandResult> ConflictAsync(Guid planId, Guid itemId, PlanItemInput yours, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var view = (await PlanView.LoadAsync(db, planId, track: false, cancellationToken))!;
        if (view.Plan.Items.FirstOrDefault(i => i.Id == itemId) is not { } current)
        {
            return new CommandResult(CommandStatus.Stale, null,
                [FieldError.ForForm("Nội dung khắc phục này vừa bị người khác xóa. Nội dung bạn nhập vẫn còn bên dưới; hãy sao chép lại nếu cần.")], null);
        }

        var theirs = PlanItemInput.From(current);
        return CommandResult.Stale(await ConcurrencyConflict.DescribeAsync(db, itemId,
        [
            ("Tiêu đề", theirs.Heading, yours.Heading),
            ("Nguyên nhân", theirs.Cause ?? string.Empty, yours.Cause ?? string.Empty),
            ("Chủ trì", view.PositionTitle(theirs.LeadPositionId), view.PositionTitle(yours.LeadPositionId)),
            ("Thời gian hoàn thành", theirs.Deadline ?? string.Empty, yours.Deadline ?? string.Empty),
            ("Chỉ số", theirs.Index ?? string.Empty, yours.Index ?? string.Empty),
            ("Nhóm", theirs.GroupHeading ?? string.Empty, yours.GroupHeading ?? string.Empty),
            ("Nhiệm vụ", theirs.TasksText(), yours.TasksText()),
        ], cancellationToken));
    }

    /// <summary>Titles typed "on the spot" become positions of the commune (or reuse one with the same title) and are selected.</summary>
    private HashSet<Guid> AddNewPositions(PlanView view, PlanItemInput input)
    {
        var positions = new Dictionary<Guid, Position>(view.Positions);
        Guid? Resolve(string? title)
        {
            if (string.IsNullOrWhiteSpace(title))
            {
                return null;
            }

            if (positions.Values.FirstOrDefault(p => string.Equals(p.Title, title.Trim(), StringComparison.OrdinalIgnoreCase)) is { } existing)
            {
                return existing.Id;
            }

            var position = new Position(title, view.Plan.CommuneId, positions.Count);
            db.Positions.Add(position);
            positions[position.Id] = position;
            return position.Id;
        }

        if (Resolve(input.NewLeadTitle) is { } lead)
        {
            input.LeadPositionId = lead;
            input.NewLeadTitle = null;
        }

        if (Resolve(input.NewSupportTitle) is { } support)
        {
            input.SupportPositionIds.Add(support);
            input.NewSupportTitle = null;
        }

        return positions.Keys.ToHashSet();
    }

    /// <summary>
    /// The component sets an item may link: the sets of the plan's further assessments (their low components must be
    /// answered), then, for the plan's other indices beside PAR INDEX, the catalogue (<see cref="IndexCatalogues"/>).
    /// </summary>
    private async Task<IReadOnlyList<CriteriaSet>> CataloguesAsync(PlanView view, CancellationToken cancellationToken)
    {
        var assessed = view.Content.FurtherEvaluations.Select(e => e.CriteriaSet).DistinctBy(s => s.Id).ToList();
        var catalogues = view.Plan.Indices.Any(i => i != IndexKind.ParIndex)
            ? (await IndexCatalogues.ForCommuneAsync(db, view.Commune, cancellationToken))
                .Where(s => view.Plan.Indices.Contains(s.IndexKind) && assessed.All(a => a.IndexKind != s.IndexKind)).ToList()
            : [];
        return [.. assessed.Where(s => s.Id != view.CriteriaSet.Id), .. catalogues];
    }

    private static ItemContent? ToContent(PlanView view, PlanItemInput input, HashSet<Guid> positions, IReadOnlyList<CriteriaSet> catalogues, List<FieldError> errors)
    {
        var year = view.Plan.Year;
        Deadline? itemDeadline = null;
        if (!string.IsNullOrWhiteSpace(input.Deadline) && !Deadline.TryParse(input.Deadline, year, out itemDeadline))
        {
            errors.Add(new("Input.Deadline", $"Chưa hiểu thời hạn \"{input.Deadline}\". Ví dụ: \"Quý II năm {year}\", \"Trước ngày 15/12/{year}\", \"Cả năm\"."));
        }

        var tasks = new List<TaskContent>();
        for (var i = 0; i < input.Tasks.Count; i++)
        {
            var task = input.Tasks[i];
            if (string.IsNullOrWhiteSpace(task.Description))
            {
                continue;
            }

            Deadline? taskDeadline = null;
            if (!string.IsNullOrWhiteSpace(task.Deadline) && !Deadline.TryParse(task.Deadline, year, out taskDeadline))
            {
                errors.Add(new($"Input.Tasks[{i}].Deadline", $"Chưa hiểu thời hạn \"{task.Deadline}\"."));
            }

            tasks.Add(new TaskContent(task.Description, taskDeadline, task.Id));
        }

        var known = view.CriteriaSet.Nodes.Select(n => n.Id).ToHashSet();
        var components = catalogues.SelectMany(c => c.Nodes).Select(n => n.Id).ToHashSet();
        if (input.CriterionIds.Any(id => !known.Contains(id) && !components.Contains(id)) || (input.FieldId is { } f && !known.Contains(f)))
        {
            errors.Add(new("Input.CriterionIds", "Tiêu chí, chỉ số thành phần đã chọn không thuộc bộ tiêu chí hay danh mục chỉ số của kế hoạch này."));
        }

        IndexKind? index = null;
        if (!string.IsNullOrWhiteSpace(input.Index))
        {
            if (PlanSetupFields.TryEnum<IndexKind>(input.Index, out var parsed) && view.Plan.Indices.Contains(parsed))
            {
                index = parsed;
            }
            else
            {
                errors.Add(new("Input.Index", "Chọn một trong các chỉ số của kế hoạch."));
            }
        }

        if ((input.LeadPositionId is { } lead && !positions.Contains(lead)) || input.SupportPositionIds.Any(p => !positions.Contains(p))
            || input.CoLeadPositionIds.Any(p => !positions.Contains(p)))
        {
            errors.Add(new("Input.LeadPositionId", "Chức danh đã chọn không thuộc danh mục của xã."));
        }

        if (input.NotRemediable && string.IsNullOrWhiteSpace(input.NotRemediableReason))
        {
            errors.Add(new("Input.NotRemediableReason", "Nêu lý do xã không thể tự khắc phục."));
        }

        return errors.Count == 0
            ? new ItemContent(input.Heading, input.FieldId, input.CriterionIds, input.Cause, input.LeadPositionId, input.SupportPositionIds,
                itemDeadline, tasks, input.NotRemediable, input.NotRemediableReason,
                input.CoLeadPositionIds, input.DeductionWording, input.LeadWording, input.SupportWording, index, input.GroupHeading, input.PersonIds)
            : null;
    }
}
