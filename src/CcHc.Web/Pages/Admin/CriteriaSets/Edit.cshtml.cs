using System.Globalization;
using CcHc.Domain.Assessments;
using CcHc.Domain.Common;
using CcHc.Domain.Criteria;
using CcHc.Infrastructure.Persistence;
using CcHc.Infrastructure.Spreadsheets;
using CcHc.Web.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Pages.Admin.CriteriaSets;

/// <summary>
/// One criteria set as an indented tree, edited in place through the domain: every node's code, title and maximum in
/// one form (OnPostAsync), a node removed with its subtree (OnPostRemoveAsync, which also keeps the form's other edits;
/// refused while an assessment has scores for it), a field or a child added (OnPostAddAsync), and the classification
/// bands (OnPostBandsAsync). Every form carries the set's concurrency token, so a save based on a stale read is refused
/// with what the other person saved and the administrator's input kept. Administrators only.
/// </summary>
[RequestFormLimits(ValueCountLimit = CcHc.Web.Security.FormLimits.CriteriaSetValueCount)]
public sealed class EditModel(CcHcDbContext db) : PageModel
{
    /// <summary>Empty rows offered under the bands for adding one.</summary>
    private const int SpareBands = 2;

    private readonly Dictionary<(Guid Node, string Field), string> _nodeErrors = [];
    private Dictionary<Guid, int>? _treeOrder;

    [BindProperty]
    public Guid Stamp { get; set; }

    [BindProperty(Name = nameof(Nodes))]
    public List<NodeInput> Nodes { get; set; } = [];

    [BindProperty(Name = nameof(NewNode))]
    public NewNodeInput NewNode { get; set; } = new();

    [BindProperty(Name = nameof(Bands))]
    public List<BandInput> Bands { get; set; } = [];

    [TempData]
    public string? Message { get; set; }

    public CriteriaSet Set { get; private set; } = default!;

    /// <summary>The nodes in tree order with the values the form shows (as stored, or as the administrator typed them).</summary>
    public IReadOnlyList<NodeRow> Rows { get; private set; } = [];

    public int AssessmentCount { get; private set; }

    public ConcurrencyConflict? Conflict { get; private set; }

    public sealed class NodeInput
    {
        public Guid Id { get; set; }

        public string? Code { get; set; }

        public string? Title { get; set; }

        /// <summary>As typed: "14,5" or "14.5"; empty for unknown.</summary>
        public string? MaxScore { get; set; }
    }

    public sealed class NewNodeInput
    {
        /// <summary>Empty: a new field (level 1).</summary>
        public Guid? ParentId { get; set; }

        public string? Code { get; set; }

        public string? Title { get; set; }

        public string? MaxScore { get; set; }
    }

    public sealed class BandInput
    {
        public string? Label { get; set; }

        public string? MinPercent { get; set; }
    }

    public sealed record NodeRow(int Index, CriterionNode Node, NodeInput Input, int Scores);

    public string? ErrorFor(Guid nodeId, string field) => _nodeErrors.GetValueOrDefault((nodeId, field));

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? parentId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, track: false, cancellationToken))
        {
            return NotFound();
        }

        Stamp = await CriteriaSetLabels.StampOfAsync(db, id, cancellationToken);
        NewNode.ParentId = parentId is { } p && Set.Find(p) is not null ? p : null;
        await ShowAsync(fromInput: false, cancellationToken);
        return Page();
    }

    /// <summary>Saves every node's code, title and maximum.</summary>
    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        ModelState.ClearPrefix(nameof(NewNode));
        ModelState.ClearPrefix(nameof(Bands));
        if (!await LoadAsync(id, track: true, cancellationToken))
        {
            return NotFound();
        }

        var changed = await ApplyNodeEditsAsync(cancellationToken);
        if (ModelState.IsValid && changed == 0)
        {
            Message = "Không có thay đổi nào để lưu.";
            return RedirectToPage(new { id });
        }

        if (ModelState.IsValid && await SaveAsync(cancellationToken))
        {
            Message = $"Đã lưu {changed} tiêu chí.";
            return RedirectToPage(new { id });
        }

        return await RefusedAsync(cancellationToken);
    }

    /// <summary>Removes a node and its subtree, with the form's other edits; refused while an assessment has scores for any of them.</summary>
    public async Task<IActionResult> OnPostRemoveAsync(Guid id, Guid nodeId, CancellationToken cancellationToken)
    {
        ModelState.ClearPrefix(nameof(NewNode));
        ModelState.ClearPrefix(nameof(Bands));
        if (!await LoadAsync(id, track: true, cancellationToken))
        {
            return NotFound();
        }

        var node = Set.Find(nodeId);
        if (node is null)
        {
            ModelState.AddModelError(string.Empty, "Tiêu chí cần xóa không còn trong bộ tiêu chí; có thể người khác vừa xóa. Mở lại trang để xem.");
            return await RefusedAsync(cancellationToken);
        }

        var subtree = Subtree(node);
        var scored = await ScoreCountsAsync(subtree.Select(n => n.Id).ToList(), cancellationToken);
        if (scored.Count > 0)
        {
            ModelState.AddModelError(string.Empty,
                $"Không xóa được \"{node.DisplayName}\": đã có {scored.Values.Sum()} điểm của các kết quả thẩm định ghi cho tiêu chí này"
                + (subtree.Count > 1 ? " hoặc tiêu chí con của nó" : string.Empty) + ". Xóa các điểm đó trước, hoặc sửa tiêu chí thay vì xóa.");
            return await RefusedAsync(cancellationToken);
        }

        await ApplyNodeEditsAsync(cancellationToken);
        if (ModelState.IsValid)
        {
            try
            {
                Set.RemoveNode(node.Id);
                if (await SaveAsync(cancellationToken))
                {
                    Message = subtree.Count > 1
                        ? $"Đã xóa \"{node.DisplayName}\" và {subtree.Count - 1} tiêu chí con."
                        : $"Đã xóa \"{node.DisplayName}\".";
                    return RedirectToPage(new { id });
                }
            }
            catch (DomainException ex)
            {
                ModelState.AddModelError(string.Empty, ex.Message);
            }
        }

        return await RefusedAsync(cancellationToken);
    }

    /// <summary>Adds a field (no parent) or a child of a node, as the last child.</summary>
    public async Task<IActionResult> OnPostAddAsync(Guid id, CancellationToken cancellationToken)
    {
        ModelState.ClearPrefix(nameof(Nodes));
        ModelState.ClearPrefix(nameof(Bands));
        if (!await LoadAsync(id, track: true, cancellationToken))
        {
            return NotFound();
        }

        CriterionNode? parent = null;
        if (NewNode.ParentId is { } parentId && (parent = Set.Find(parentId)) is null)
        {
            ModelState.AddModelError("NewNode.ParentId", "Tiêu chí cha không còn trong bộ tiêu chí.");
        }

        var code = TextKeys.Clean(NewNode.Code);
        var title = TextKeys.Clean(NewNode.Title);
        var ok = CheckCode(code, Set.Nodes.Select(n => n.Code), m => ModelState.AddModelError("NewNode.Code", m));
        ok &= CheckTitle(title, m => ModelState.AddModelError("NewNode.Title", m));
        ok &= TryParseMax(NewNode.MaxScore, out var max, m => ModelState.AddModelError("NewNode.MaxScore", m));
        if (ok && ModelState.IsValid)
        {
            try
            {
                var node = Set.AddNode(parent, code, title, max);
                db.CriterionNodes.Add(node);
                if (await SaveAsync(cancellationToken))
                {
                    Message = $"Đã thêm \"{node.DisplayName}\"" + (parent is null ? " (lĩnh vực)." : $" vào \"{parent.DisplayName}\".");
                    return RedirectToPage(null, null, new { id }, $"node-{node.Id}");
                }
            }
            catch (DomainException ex)
            {
                ModelState.AddModelError(string.Empty, ex.Message);
            }
        }

        return await RefusedAsync(cancellationToken);
    }

    /// <summary>Replaces the classification bands; empty rows are ignored.</summary>
    public async Task<IActionResult> OnPostBandsAsync(Guid id, CancellationToken cancellationToken)
    {
        ModelState.ClearPrefix(nameof(Nodes));
        ModelState.ClearPrefix(nameof(NewNode));
        if (!await LoadAsync(id, track: true, cancellationToken))
        {
            return NotFound();
        }

        var bands = new List<ClassificationBand>();
        for (var i = 0; i < Bands.Count; i++)
        {
            var label = TextKeys.Clean(Bands[i].Label);
            var minText = Bands[i].MinPercent?.Trim();
            if (label.Length == 0 && string.IsNullOrEmpty(minText))
            {
                continue;
            }

            if (label.Length == 0)
            {
                ModelState.AddModelError($"Bands[{i}].Label", "Nhập tên mức xếp loại (ví dụ: Tốt).");
            }
            else if (label.Length > 50)
            {
                ModelState.AddModelError($"Bands[{i}].Label", "Tối đa 50 ký tự.");
            }

            if (!VietnameseNumbers.TryParseScore(minText, out var min) || min > 100)
            {
                ModelState.AddModelError($"Bands[{i}].MinPercent", "Nhập tỷ lệ từ 0 đến 100 (ví dụ 90 hoặc 82,5).");
            }
            else if (label.Length > 0)
            {
                bands.Add(new ClassificationBand(label, min));
            }
        }

        if (ModelState.IsValid)
        {
            try
            {
                Set.SetClassificationBands(bands);
                if (await SaveAsync(cancellationToken))
                {
                    Message = bands.Count == 0 ? "Đã bỏ các ngưỡng xếp loại." : $"Đã lưu {bands.Count} ngưỡng xếp loại.";
                    return RedirectToPage(null, null, new { id }, "bands");
                }
            }
            catch (DomainException ex)
            {
                ModelState.AddModelError(string.Empty, ex.Message);
            }
        }

        return await RefusedAsync(cancellationToken);
    }

    /// <summary>
    /// Applies the posted code, title and maximum of every node that changed; each problem goes beside its field.
    /// Returns how many nodes changed.
    /// </summary>
    private async Task<int> ApplyNodeEditsAsync(CancellationToken cancellationToken)
    {
        var inputs = Nodes.Where(n => Set.Find(n.Id) is not null).GroupBy(n => n.Id).Select(g => g.Last()).ToDictionary(n => n.Id);
        if (Nodes.Any(n => Set.Find(n.Id) is null))
        {
            ModelState.AddModelError(string.Empty, "Một số tiêu chí trong biểu mẫu không còn trong bộ tiêu chí; có thể người khác vừa xóa. Mở lại trang để xem.");
        }

        // Codes as they will be after the save, for the duplicate check.
        var codes = Set.Nodes.ToDictionary(n => n.Id, n => inputs.TryGetValue(n.Id, out var i) ? TextKeys.Clean(i.Code) : n.Code);
        var minimums = await ScoreMaximaAsync(inputs.Keys.ToList(), cancellationToken);
        var changes = new List<(CriterionNode Node, string Code, string Title, decimal? Max)>();
        foreach (var node in CriteriaTree.InTreeOrder(Set))
        {
            if (!inputs.TryGetValue(node.Id, out var input))
            {
                continue;
            }

            var code = codes[node.Id];
            var title = TextKeys.Clean(input.Title);
            var ok = CheckCode(code, codes.Where(c => c.Key != node.Id && Order(c.Key) < Order(node.Id)).Select(c => c.Value), m => AddNodeError(node.Id, "Code", m));
            ok &= CheckTitle(title, m => AddNodeError(node.Id, "Title", m));
            ok &= TryParseMax(input.MaxScore, out var max, m => AddNodeError(node.Id, "MaxScore", m));
            if (max is { } newMax && minimums.TryGetValue(node.Id, out var recorded) && recorded > newMax)
            {
                AddNodeError(node.Id, "MaxScore",
                    $"Đã có kết quả chấm {VietnameseNumbers.Score(recorded)} điểm cho tiêu chí này; điểm tối đa không được nhỏ hơn.");
                ok = false;
            }

            if (ok && (code != node.Code || title != node.Title || max != node.MaxScore))
            {
                changes.Add((node, code, title, max));
            }
        }

        if (!ModelState.IsValid)
        {
            return 0;
        }

        foreach (var (node, code, title, max) in changes)
        {
            try
            {
                Set.UpdateNode(node.Id, code, title, max);
            }
            catch (DomainException ex)
            {
                AddNodeError(node.Id, "Title", ex.Message);
            }
        }

        return changes.Count;
    }

    private int Order(Guid nodeId)
    {
        _treeOrder ??= CriteriaTree.InTreeOrder(Set).Select((n, i) => (n.Id, i)).ToDictionary(x => x.Id, x => x.i);
        return _treeOrder.GetValueOrDefault(nodeId, int.MaxValue);
    }

    private static bool CheckCode(string code, IEnumerable<string> others, Action<string> fail)
    {
        if (code.Length > CriteriaSetImporter.MaxCodeLength)
        {
            fail($"Mã tối đa {CriteriaSetImporter.MaxCodeLength} ký tự.");
            return false;
        }

        if (code.Length > 0 && others.Any(c => string.Equals(c, code, StringComparison.OrdinalIgnoreCase)))
        {
            fail($"Mã \"{code}\" trùng với một tiêu chí khác của bộ.");
            return false;
        }

        return true;
    }

    private static bool CheckTitle(string title, Action<string> fail)
    {
        if (title.Length == 0)
        {
            fail("Nhập nội dung tiêu chí.");
            return false;
        }

        if (title.Length > CriteriaSetImporter.MaxTitleLength)
        {
            fail($"Nội dung tối đa {CriteriaSetImporter.MaxTitleLength.ToString("#,0", VietnameseNumbers.Culture)} ký tự.");
            return false;
        }

        return true;
    }

    /// <summary>A maximum as typed ("14,5", "14.5"); empty is unknown (null).</summary>
    private static bool TryParseMax(string? text, out decimal? value, Action<string> fail)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (VietnameseNumbers.TryParseScore(text, out var parsed))
        {
            value = parsed;
            return true;
        }

        fail($"\"{text.Trim()}\" không phải là số điểm (ví dụ 14,5; tối đa 2 chữ số thập phân).");
        return false;
    }

    /// <summary>Node errors are kept by node (the form's row indexes may not match the tree after a conflict) and fail ModelState.</summary>
    private void AddNodeError(Guid nodeId, string field, string message)
    {
        _nodeErrors.TryAdd((nodeId, field), message);
        ModelState.AddModelError($"{nameof(Nodes)}:{nodeId:N}.{field}", message);
    }

    /// <summary>Saves with the set's token as read by the form; false (and the conflict described) when someone saved meanwhile.</summary>
    private async Task<bool> SaveAsync(CancellationToken cancellationToken)
    {
        var token = db.Entry(Set).Property(CcHcDbContext.ConcurrencyToken);
        token.OriginalValue = Stamp;

        // Edits of nodes alone do not update the set's row; a new token makes them checked against (and renew) it.
        token.CurrentValue = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.CriteriaSets.AsNoTracking().Include(s => s.Nodes).SingleOrDefaultAsync(s => s.Id == Set.Id, cancellationToken);
            if (current is null)
            {
                ModelState.AddModelError(string.Empty, "Bộ tiêu chí này vừa bị xóa; không lưu được thay đổi.");
                return false;
            }

            Conflict = await ConcurrencyConflict.DescribeAsync(db, current.Id, Differences(current), cancellationToken);
            Set = current;
            Stamp = await CriteriaSetLabels.StampOfAsync(db, current.Id, cancellationToken);
            ModelState.Remove(nameof(Stamp));
            return false;
        }
        catch (DbUpdateException)
        {
            // A constraint the page could not foresee: most likely a score recorded meanwhile for a node being removed.
            db.ChangeTracker.Clear();
            ModelState.AddModelError(string.Empty,
                "Không lưu được vì dữ liệu vừa thay đổi (ví dụ một kết quả thẩm định vừa ghi điểm cho tiêu chí đang xóa). Mở lại trang rồi thử lại.");
            return false;
        }
    }

    private IEnumerable<(string, string, string)> Differences(CriteriaSet current)
    {
        foreach (var input in Nodes)
        {
            var node = current.Find(input.Id);
            var yours = $"{TextKeys.Clean(input.Code)} | {TextKeys.Clean(input.Title)} | {input.MaxScore?.Trim()}";
            var theirs = node is null ? "(đã bị xóa)" : $"{node.Code} | {node.Title} | {Formatting.Score(node.MaxScore).Replace(Formatting.Unknown, string.Empty, StringComparison.Ordinal)}";
            yield return (node?.DisplayName ?? TextKeys.Clean(input.Title), theirs, yours);
        }

        foreach (var added in current.Nodes.Where(n => Nodes.All(i => i.Id != n.Id)))
        {
            yield return (added.DisplayName, "(mới thêm)", string.Empty);
        }

        var bands = string.Join("; ", current.ClassificationBands.Select(b => $"{b.Label} ≥ {VietnameseNumbers.Score(b.MinPercent)}%"));
        var yourBands = string.Join("; ", Bands.Where(b => !string.IsNullOrWhiteSpace(b.Label)).Select(b => $"{TextKeys.Clean(b.Label)} ≥ {b.MinPercent?.Trim()}%"));
        if (Bands.Count > 0)
        {
            yield return ("Ngưỡng xếp loại", bands, yourBands);
        }
    }

    private async Task<IActionResult> RefusedAsync(CancellationToken cancellationToken)
    {
        if (Conflict is null)
        {
            // Show what is stored, with the administrator's input on top.
            db.ChangeTracker.Clear();
            await LoadAsync(Set.Id, track: false, cancellationToken);
        }

        await ShowAsync(fromInput: true, cancellationToken);
        Response.StatusCode = Conflict is null ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, bool track, CancellationToken cancellationToken)
    {
        var query = db.CriteriaSets.Include(s => s.Nodes);
        var set = await (track ? query : query.AsNoTracking()).SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (set is null)
        {
            return false;
        }

        Set = set;
        _treeOrder = null;
        return true;
    }

    /// <summary>The rows, bands and counts the page shows; after a refused post, the administrator's input where there is some.</summary>
    private async Task ShowAsync(bool fromInput, CancellationToken cancellationToken)
    {
        var tree = CriteriaTree.InTreeOrder(Set);
        var posted = fromInput ? Nodes.GroupBy(n => n.Id).ToDictionary(g => g.Key, g => g.Last()) : [];
        var scores = await ScoreCountsAsync(tree.Select(n => n.Id).ToList(), cancellationToken);
        Rows = tree.Select((node, i) => new NodeRow(
            i,
            node,
            posted.GetValueOrDefault(node.Id) ?? new NodeInput
            {
                Id = node.Id,
                Code = node.Code,
                Title = node.Title,
                MaxScore = node.MaxScore is { } m ? VietnameseNumbers.Score(m) : null,
            },
            scores.GetValueOrDefault(node.Id))).ToList();
        if (!fromInput || Bands.Count == 0)
        {
            Bands = Set.ClassificationBands.Select(b => new BandInput { Label = b.Label, MinPercent = VietnameseNumbers.Score(b.MinPercent) }).ToList();
        }

        while (Bands.Count(b => string.IsNullOrWhiteSpace(b.Label) && string.IsNullOrWhiteSpace(b.MinPercent)) < SpareBands)
        {
            Bands.Add(new BandInput());
        }

        AssessmentCount = await db.Assessments.IgnoreQueryFilters().CountAsync(a => a.CriteriaSetId == Set.Id, cancellationToken);
    }

    private List<CriterionNode> Subtree(CriterionNode node)
    {
        var tree = CriteriaTree.InTreeOrder(Set);
        var ids = new HashSet<Guid> { node.Id };
        var result = new List<CriterionNode> { node };
        foreach (var candidate in tree.SkipWhile(n => n.Id != node.Id).Skip(1))
        {
            if (candidate.ParentId is { } p && ids.Contains(p))
            {
                ids.Add(candidate.Id);
                result.Add(candidate);
            }
        }

        return result;
    }

    /// <summary>How many recorded scores (any commune's assessment) each node has.</summary>
    private async Task<Dictionary<Guid, int>> ScoreCountsAsync(List<Guid> nodeIds, CancellationToken cancellationToken) =>
        await db.Set<CriterionScore>().IgnoreQueryFilters()
            .Where(s => nodeIds.Contains(s.CriterionId))
            .GroupBy(s => s.CriterionId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);

    /// <summary>The highest appraised or self-assessed score recorded for each node: its maximum may not go below it.</summary>
    private async Task<Dictionary<Guid, decimal>> ScoreMaximaAsync(List<Guid> nodeIds, CancellationToken cancellationToken)
    {
        var scores = await db.Set<CriterionScore>().IgnoreQueryFilters().AsNoTracking()
            .Where(s => nodeIds.Contains(s.CriterionId) && (s.AppraisedScore != null || s.SelfAssessedScore != null))
            .Select(s => new { s.CriterionId, s.AppraisedScore, s.SelfAssessedScore })
            .ToListAsync(cancellationToken);
        return scores
            .GroupBy(s => s.CriterionId)
            .ToDictionary(g => g.Key, g => g.Max(s => Math.Max(s.AppraisedScore ?? 0, s.SelfAssessedScore ?? 0)));
    }

    /// <summary>The left padding of a row, in rem, by level.</summary>
    public static string Indent(int level) => ((Math.Max(level, 1) - 1) * 1.25m).ToString(CultureInfo.InvariantCulture);
}
