using CcHc.Domain.Common;
using CcHc.Domain.Criteria;
using CcHc.Infrastructure.Persistence;
using CcHc.Infrastructure.Spreadsheets;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Features.Criteria;

/// <summary>
/// Edits a criteria set in place through the domain: every node's code, title and maximum (<see cref="SaveNodesAsync"/>),
/// a node removed with its subtree (<see cref="RemoveNodeAsync"/>, keeping the form's other edits), a field or a child
/// added (<see cref="AddNodeAsync"/>), the classification bands (<see cref="SaveBandsAsync"/>). The domain refuses
/// removing scored nodes and maxima below recorded scores (<see cref="RecordedScores"/>); input problems are keyed
/// by field; a save based on a stale read of the set is a conflict. Administrators, and the reviewer of the set's province (the folder's policy and CriteriaSetScopeFilter).
/// </summary>
public sealed class EditCriteriaSet(CcHcDbContext db)
{
    public async Task<CommandResult> SaveNodesAsync(Guid id, CriteriaSetForm form, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is not { } set)
        {
            return CommandResult.NotFound();
        }

        var errors = new List<FieldError>();
        var recorded = await CriteriaScores.RecordedAsync(db, set.Nodes.Select(n => n.Id).ToList(), cancellationToken);
        var changed = ApplyNodeEdits(set, form.Nodes, recorded, errors);
        if (errors.Count > 0)
        {
            return Refuse(errors);
        }

        return changed == 0
            ? CommandResult.Done("Không có thay đổi nào để lưu.")
            : await SaveAsync(set, form, $"Đã lưu {changed} tiêu chí.", cancellationToken);
    }

    /// <summary>Removes a node and its subtree, with the form's other edits; refused while an assessment has scores for any of them.</summary>
    public async Task<CommandResult> RemoveNodeAsync(Guid id, Guid nodeId, CriteriaSetForm form, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is not { } set)
        {
            return CommandResult.NotFound();
        }

        var node = set.Find(nodeId);
        if (node is null)
        {
            return Refuse([FieldError.ForForm("Tiêu chí cần xóa không còn trong bộ tiêu chí; có thể người khác vừa xóa. Mở lại trang để xem.")]);
        }

        var recorded = await CriteriaScores.RecordedAsync(db, set.Nodes.Select(n => n.Id).ToList(), cancellationToken);
        var errors = new List<FieldError>();
        IReadOnlyList<CriterionNode> removed = [];
        try
        {
            removed = set.RemoveNode(nodeId, recorded);
        }
        catch (DomainException ex)
        {
            return Refuse([FieldError.ForForm(ex.Message)]);
        }

        ApplyNodeEdits(set, form.Nodes.Where(n => removed.All(r => r.Id != n.Id)).ToList(), recorded, errors);
        if (errors.Count > 0)
        {
            return Refuse(errors);
        }

        return await SaveAsync(set, form,
            removed.Count > 1 ? $"Đã xóa \"{node.DisplayName}\" và {removed.Count - 1} tiêu chí con." : $"Đã xóa \"{node.DisplayName}\".",
            cancellationToken);
    }

    /// <summary>Adds a field (no parent) or a child of a node, as the last child. Done with the new node's id.</summary>
    public async Task<CommandResult<Guid>> AddNodeAsync(Guid id, CriteriaSetForm form, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is not { } set)
        {
            return CommandResult.NotFound().As<Guid>();
        }

        var input = form.NewNode;
        var errors = new List<FieldError>();
        CriterionNode? parent = null;
        if (input.ParentId is { } parentId && (parent = set.Find(parentId)) is null)
        {
            errors.Add(new FieldError("NewNode.ParentId", "Tiêu chí cha không còn trong bộ tiêu chí."));
        }

        var code = TextKeys.Clean(input.Code);
        var title = TextKeys.Clean(input.Title);
        CriteriaNodeInput.CheckCode(code, set.Nodes.Select(n => n.Code), m => errors.Add(new FieldError("NewNode.Code", m)));
        CriteriaNodeInput.CheckTitle(title, m => errors.Add(new FieldError("NewNode.Title", m)));
        _ = CriteriaNodeInput.TryParseMax(input.MaxScore, out var max, m => errors.Add(new FieldError("NewNode.MaxScore", m)));
        if (errors.Count > 0)
        {
            return Refuse(errors).As<Guid>();
        }

        CriterionNode node;
        try
        {
            node = set.AddNode(parent, code, title, max);
        }
        catch (DomainException ex)
        {
            db.ChangeTracker.Clear();
            return CommandResult.Refused(ex, field => $"NewNode.{field}").As<Guid>();
        }

        db.CriterionNodes.Add(node);
        var saved = await SaveAsync(set, form,
            $"Đã thêm \"{node.DisplayName}\"" + (parent is null ? " (lĩnh vực)." : $" vào \"{parent.DisplayName}\"."), cancellationToken);
        return saved.Succeeded ? CommandResult.Done(node.Id, saved.Message) : saved.As<Guid>();
    }

    /// <summary>Replaces the classification bands; empty rows are ignored.</summary>
    public async Task<CommandResult> SaveBandsAsync(Guid id, CriteriaSetForm form, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is not { } set)
        {
            return CommandResult.NotFound();
        }

        var errors = new List<FieldError>();
        var bands = new List<ClassificationBand>();
        for (var i = 0; i < form.Bands.Count; i++)
        {
            var label = TextKeys.Clean(form.Bands[i].Label);
            var minText = form.Bands[i].MinPercent?.Trim();
            if (label.Length == 0 && string.IsNullOrEmpty(minText))
            {
                continue;
            }

            if (label.Length == 0)
            {
                errors.Add(new FieldError($"Bands[{i}].Label", "Nhập tên mức xếp loại (ví dụ: Tốt)."));
            }
            else if (label.Length > 50)
            {
                errors.Add(new FieldError($"Bands[{i}].Label", "Tối đa 50 ký tự."));
            }

            if (!VietnameseNumbers.TryParseScore(minText, out var min) || min > 100)
            {
                errors.Add(new FieldError($"Bands[{i}].MinPercent", "Nhập tỷ lệ từ 0 đến 100 (ví dụ 90 hoặc 82,5)."));
            }
            else if (label.Length > 0)
            {
                bands.Add(new ClassificationBand(label, min));
            }
        }

        if (errors.Count > 0)
        {
            return Refuse(errors);
        }

        try
        {
            set.SetClassificationBands(bands);
        }
        catch (DomainException ex)
        {
            return Refuse([FieldError.ForForm(ex.Message)]);
        }

        return await SaveAsync(set, form, bands.Count == 0 ? "Đã bỏ các ngưỡng xếp loại." : $"Đã lưu {bands.Count} ngưỡng xếp loại.", cancellationToken);
    }

    /// <summary>
    /// Applies the posted code, title and maximum of every node that changed, through the domain; each problem goes
    /// beside its field. Returns how many nodes changed.
    /// </summary>
    private static int ApplyNodeEdits(CriteriaSet set, IReadOnlyList<NodeInput> nodes, RecordedScores recorded, List<FieldError> errors)
    {
        var inputs = nodes.Where(n => set.Find(n.Id) is not null).GroupBy(n => n.Id).ToDictionary(g => g.Key, g => g.Last());
        if (nodes.Any(n => set.Find(n.Id) is null))
        {
            errors.Add(FieldError.ForForm("Một số tiêu chí trong biểu mẫu không còn trong bộ tiêu chí; có thể người khác vừa xóa. Mở lại trang để xem."));
        }

        // Codes as they will be after the save, each checked against the nodes above it in the tree.
        var tree = CriteriaTree.InTreeOrder(set);
        var codes = tree.Select(n => inputs.TryGetValue(n.Id, out var i) ? TextKeys.Clean(i.Code) : n.Code).ToList();
        var changes = new List<(CriterionNode Node, string Code, string Title, decimal? Max)>();
        for (var position = 0; position < tree.Count; position++)
        {
            var node = tree[position];
            if (!inputs.TryGetValue(node.Id, out var input))
            {
                continue;
            }

            var failed = false;
            void Fail(string field, string message)
            {
                errors.Add(new FieldError(CriteriaSetForm.NodeKey(node.Id, field), message));
                failed = true;
            }

            var title = TextKeys.Clean(input.Title);
            CriteriaNodeInput.CheckCode(codes[position], codes.Take(position), m => Fail(nameof(NodeInput.Code), m));
            CriteriaNodeInput.CheckTitle(title, m => Fail(nameof(NodeInput.Title), m));
            _ = CriteriaNodeInput.TryParseMax(input.MaxScore, out var max, m => Fail(nameof(NodeInput.MaxScore), m));
            if (!failed && (codes[position] != node.Code || title != node.Title || max != node.MaxScore))
            {
                changes.Add((node, codes[position], title, max));
            }
        }

        foreach (var (node, code, title, max) in changes)
        {
            try
            {
                set.UpdateNode(node.Id, code, title, max, recorded);
            }
            catch (DomainException ex)
            {
                errors.Add(new FieldError(CriteriaSetForm.NodeKey(node.Id, ex.Field == nameof(CriterionNode.MaxScore) ? nameof(NodeInput.MaxScore) : nameof(NodeInput.Title)), ex.Message));
            }
        }

        return changes.Count;
    }

    private async Task<CriteriaSet?> LoadAsync(Guid id, CancellationToken cancellationToken) =>
        await db.CriteriaSets.Include(s => s.Nodes).SingleOrDefaultAsync(s => s.Id == id, cancellationToken);

    private CommandResult Refuse(IEnumerable<FieldError> errors)
    {
        db.ChangeTracker.Clear();
        return CommandResult.Invalid(errors);
    }

    /// <summary>Saves with the set's token as read by the form: a conflict (with what differs) when someone saved meanwhile.</summary>
    private async Task<CommandResult> SaveAsync(CriteriaSet set, CriteriaSetForm form, string message, CancellationToken cancellationToken)
    {
        var token = db.Entry(set).Property(CcHcDbContext.ConcurrencyToken);
        token.OriginalValue = form.ConcurrencyToken;

        // Edits of nodes alone do not update the set's row; a new token makes them checked against (and renew) it.
        token.CurrentValue = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return CommandResult.Done(message);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.CriteriaSets.AsNoTracking().Include(s => s.Nodes).SingleOrDefaultAsync(s => s.Id == set.Id, cancellationToken);
            return current is null
                ? CommandResult.Invalid(FieldError.ForForm("Bộ tiêu chí này vừa bị xóa; không lưu được thay đổi."))
                : CommandResult.Stale(await ConcurrencyConflict.DescribeAsync(db, current.Id, CriteriaNodeInput.Differences(current, form), cancellationToken));
        }
        catch (DbUpdateException)
        {
            // A constraint the editor could not foresee: most likely a score recorded meanwhile for a node being removed.
            return Refuse([FieldError.ForForm(
                "Không lưu được vì dữ liệu vừa thay đổi (ví dụ một kết quả thẩm định vừa ghi điểm cho tiêu chí đang xóa). Mở lại trang rồi thử lại.")]);
        }
    }
}
