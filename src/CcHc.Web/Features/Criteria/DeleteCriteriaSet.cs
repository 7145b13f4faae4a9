using CcHc.Domain.Criteria;
using CcHc.Infrastructure.Persistence;
using CcHc.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Features.Criteria;

/// <summary>A set and what uses it, every commune counted whatever the caller's scope.</summary>
public sealed record CriteriaSetUses(
    Guid Id, string Name, IndexKind IndexKind, string Province, int Year, int Nodes,
    IReadOnlyList<string> Assessments, IReadOnlyList<string> PlanItems, bool IsCatalogue)
{
    public bool IsUsed => Assessments.Count > 0 || PlanItems.Count > 0 || IsCatalogue;

    /// <summary>What keeps the set, in words: "được dùng bởi 2 kết quả đánh giá (xã Cẩm Sơn năm 2023, …)", or null.</summary>
    public string? Refusal
    {
        get
        {
            if (!IsUsed)
            {
                return null;
            }

            var uses = new List<string>();
            if (IsCatalogue)
            {
                uses.Add("đây là danh mục thành phần chỉ số mà CcHc cung cấp sẵn cho các kế hoạch");
            }

            if (Assessments.Count > 0)
            {
                uses.Add($"{Assessments.Count} kết quả đánh giá dùng bộ này ({List(Assessments)})");
            }

            if (PlanItems.Count > 0)
            {
                uses.Add($"{PlanItems.Count} nội dung kế hoạch gắn với tiêu chí của bộ này ({List(PlanItems)})");
            }

            return $"Không xóa được bộ tiêu chí \"{Name}\": {string.Join("; ", uses)}. Bộ tiêu chí đang được dùng thì chỉ sửa, không xóa.";
        }
    }

    private static string List(IReadOnlyList<string> items) =>
        items.Count <= 5 ? string.Join(", ", items) : string.Join(", ", items.Take(5)) + $" và {items.Count - 5} nơi khác";
}

/// <summary>
/// Deletes a criteria set nothing uses — no assessment, no plan item pointing at its criteria, not one of the shipped
/// index catalogues — with its whole tree; the audit trail records the set and every node removed. A used set is
/// refused, saying what uses it. Who may: the folder's rule (Features/Authorization/CriteriaSetAuthorization).
/// </summary>
public sealed class DeleteCriteriaSet(CcHcDbContext db)
{
    /// <returns>Null when there is no such set.</returns>
    public async Task<CriteriaSetUses?> UsesAsync(Guid id, CancellationToken cancellationToken)
    {
        var set = await db.CriteriaSets.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new { s.Id, s.Name, s.IndexKind, s.Province, s.Year, Nodes = s.Nodes.Count })
            .SingleOrDefaultAsync(cancellationToken);
        if (set is null)
        {
            return null;
        }

        var assessments = await db.Assessments.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.CriteriaSetId == id)
            .Join(db.Communes.IgnoreQueryFilters(), a => a.CommuneId, c => c.Id, (a, c) => new { c.Name, a.Year })
            .OrderBy(x => x.Name).ThenBy(x => x.Year)
            .ToListAsync(cancellationToken);

        var nodeIds = await db.CriterionNodes.AsNoTracking().Where(n => n.CriteriaSetId == id).Select(n => n.Id).ToListAsync(cancellationToken);
        var items = await db.PlanItems.IgnoreQueryFilters().AsNoTracking()
            .Where(i => (i.FieldId != null && nodeIds.Contains(i.FieldId.Value)) || i.CriterionIds.Any(c => nodeIds.Contains(c)))
            .Join(db.Plans.IgnoreQueryFilters(), i => i.PlanId, p => p.Id, (i, p) => new { p.CommuneId, p.Year })
            .Join(db.Communes.IgnoreQueryFilters(), x => x.CommuneId, c => c.Id, (x, c) => new { c.Name, x.Year })
            .ToListAsync(cancellationToken);

        return new CriteriaSetUses(
            set.Id, set.Name, set.IndexKind, set.Province, set.Year, set.Nodes,
            assessments.Select(a => $"{a.Name} năm {a.Year}").ToList(),
            items.GroupBy(i => (i.Name, i.Year)).OrderBy(g => g.Key.Name).ThenBy(g => g.Key.Year)
                .Select(g => $"kế hoạch năm {g.Key.Year} của {g.Key.Name}" + (g.Count() > 1 ? $" ({g.Count()} nội dung)" : string.Empty)).ToList(),
            IndexCatalogueSeeder.Catalogues.Any(c => c.Matches(set.Name, set.IndexKind, set.Year)));
    }

    public async Task<CommandResult> RunAsync(Guid id, CancellationToken cancellationToken)
    {
        var uses = await UsesAsync(id, cancellationToken);
        if (uses is null)
        {
            return CommandResult.NotFound();
        }

        if (uses.Refusal is { } refusal)
        {
            return CommandResult.Invalid(FieldError.ForForm(refusal));
        }

        var set = await db.CriteriaSets.Include(s => s.Nodes).SingleAsync(s => s.Id == id, cancellationToken);
        db.CriterionNodes.RemoveRange(set.Nodes);
        db.CriteriaSets.Remove(set);
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult.Done($"Đã xóa bộ tiêu chí \"{uses.Name}\" ({uses.Nodes} dòng tiêu chí).");
    }
}
