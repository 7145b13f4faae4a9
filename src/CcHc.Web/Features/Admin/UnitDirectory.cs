using CcHc.Domain.Common;
using CcHc.Domain.Communes;
using CcHc.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Features.Admin;

/// <summary>The list's filters: a province's code, words of the name or the code, only units whose lineage needs review; the page.</summary>
public sealed record UnitFilter(string? ProvinceCode, string? Search, bool NeedsReview, int Page);

/// <summary>One unit of the list: its lineage's counts (entries, entries to review).</summary>
public sealed record UnitRow(Guid Id, string? OfficialCode, string Name, CommuneKind Kind, string Province, string? District, DateOnly? ValidFrom, int Predecessors, int ToReview);

/// <summary>A page of units and the provinces to filter by.</summary>
public sealed record UnitPage(IReadOnlyList<UnitRow> Rows, int Total, int Page, int PageCount, IReadOnlyList<Province> Provinces, int ProvinceUnits);

/// <summary>A unit's lineage as the editor shows it: the unit, its predecessors, the communes before 2025 to link, its recorded changes.</summary>
public sealed record PredecessorEditor(Commune Unit, IReadOnlyList<CommunePredecessor> Entries, IReadOnlyList<Commune> Candidates, IReadOnlyList<UnitChange> Changes)
{
    public string? CandidateName(Guid? id) => Candidates.FirstOrDefault(c => c.Id == id) is { } c ? $"{c.Name} ({UnitWording.Locality(c)})" : null;
}

/// <summary>An administrator's change to one predecessor entry.</summary>
public sealed record PredecessorInput(string? Name, bool Partial, Guid? PredecessorCommuneId, bool Reviewed);

/// <summary>
/// The administrator's view of the units (search, province, "cần rà soát", paging: two queries whatever the number)
/// and the editor of a unit's predecessors: correct an entry, link it to a CcHc commune before 2025, mark it reviewed,
/// add or remove one. Administrators only (the /Admin folder's policy).
/// </summary>
public sealed class UnitDirectory(CcHcDbContext db)
{
    public const int PageSize = 50;

    public async Task<UnitPage> LoadAsync(UnitFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = db.Communes.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.ProvinceCode))
        {
            var code = filter.ProvinceCode.Trim();
            query = query.Where(c => c.ProvinceCode == code);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var words = filter.Search.Trim();
            query = query.Where(c => c.Name.Contains(words) || c.OfficialCode == words || c.Province.Contains(words));
        }

        if (filter.NeedsReview)
        {
            query = query.Where(c => db.CommunePredecessors.Any(p => p.SuccessorId == c.Id && p.NeedsReview));
        }

        var total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(filter.Page, 1, pageCount);
        var rows = await query
            .OrderBy(c => c.ProvinceCode == null).ThenBy(c => c.ProvinceCode).ThenBy(c => c.OfficialCode).ThenBy(c => c.Name)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(c => new UnitRow(c.Id, c.OfficialCode, c.Name, c.Kind, c.Province, c.District, c.ValidFrom,
                db.CommunePredecessors.Count(p => p.SuccessorId == c.Id),
                db.CommunePredecessors.Count(p => p.SuccessorId == c.Id && p.NeedsReview)))
            .ToListAsync(cancellationToken);
        var provinces = await db.Provinces.AsNoTracking().OrderBy(p => p.Code).ToListAsync(cancellationToken);
        return new UnitPage(rows, total, page, pageCount, provinces, total);
    }

    /// <summary>The editor of a unit's lineage, or null when there is no such unit.</summary>
    public async Task<PredecessorEditor?> EditorAsync(Guid id, CancellationToken cancellationToken)
    {
        var unit = await db.Communes.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (unit is null)
        {
            return null;
        }

        var entries = await db.CommunePredecessors.AsNoTracking().Where(p => p.SuccessorId == id).OrderBy(p => p.Order).ToListAsync(cancellationToken);

        // Communes before 2025 (no official code) can be predecessors: offered by name.
        var candidates = await db.Communes.AsNoTracking().Where(c => c.OfficialCode == null && c.Id != id)
            .OrderBy(c => c.Province).ThenBy(c => c.Name).Take(500).ToListAsync(cancellationToken);
        var changes = await db.UnitChanges.AsNoTracking().Where(u => u.CommuneId == id).OrderBy(u => u.EffectiveDate).ThenBy(u => u.RecordedAt).ToListAsync(cancellationToken);
        return new PredecessorEditor(unit, entries, candidates, changes);
    }

    public async Task<CommandResult> SaveAsync(Guid unitId, Guid entryId, PredecessorInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (entry, refusal) = await EntryAsync(unitId, entryId, cancellationToken);
        if (entry is null)
        {
            return refusal!;
        }

        if (await CheckLinkAsync(input.PredecessorCommuneId, cancellationToken) is { } error)
        {
            return CommandResult.Invalid(error);
        }

        try
        {
            entry.Edit(input.Name ?? string.Empty, input.Partial, input.PredecessorCommuneId);
            if (input.Reviewed)
            {
                entry.MarkReviewed();
            }

            await db.SaveChangesAsync(cancellationToken);
            return CommandResult.Done($"Đã lưu đơn vị tiền thân \"{entry.Name}\".");
        }
        catch (DomainException ex)
        {
            db.ChangeTracker.Clear();
            return CommandResult.Refused(ex, field => field == nameof(CommunePredecessor.PredecessorCommuneId) ? "PredecessorCommuneId" : "Name");
        }
    }

    public async Task<CommandResult> AddAsync(Guid unitId, PredecessorInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!await db.Communes.AnyAsync(c => c.Id == unitId, cancellationToken))
        {
            return CommandResult.NotFound();
        }

        if (await CheckLinkAsync(input.PredecessorCommuneId, cancellationToken) is { } error)
        {
            return CommandResult.Invalid(error);
        }

        try
        {
            var order = await db.CommunePredecessors.Where(p => p.SuccessorId == unitId).MaxAsync(p => (int?)p.Order, cancellationToken) ?? -1;
            var entry = new CommunePredecessor(unitId, order + 1, input.Name ?? string.Empty, input.Partial, needsReview: false, input.PredecessorCommuneId);
            if (entry.PredecessorCommuneId == unitId)
            {
                throw new DomainException("Một đơn vị không thể là tiền thân của chính nó.", nameof(CommunePredecessor.PredecessorCommuneId));
            }

            db.CommunePredecessors.Add(entry);
            await db.SaveChangesAsync(cancellationToken);
            return CommandResult.Done($"Đã thêm đơn vị tiền thân \"{entry.Name}\".");
        }
        catch (DomainException ex)
        {
            db.ChangeTracker.Clear();
            return CommandResult.Refused(ex, field => field == nameof(CommunePredecessor.PredecessorCommuneId) ? "PredecessorCommuneId" : "Name");
        }
    }

    public async Task<CommandResult> RemoveAsync(Guid unitId, Guid entryId, CancellationToken cancellationToken)
    {
        var (entry, refusal) = await EntryAsync(unitId, entryId, cancellationToken);
        if (entry is null)
        {
            return refusal!;
        }

        db.CommunePredecessors.Remove(entry);
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult.Done($"Đã bỏ đơn vị tiền thân \"{entry.Name}\".");
    }

    /// <summary>The entry of the unit; a unit the caller cannot see is 404, an entry gone (removed by another administrator) a form message.</summary>
    private async Task<(CommunePredecessor? Entry, CommandResult? Refusal)> EntryAsync(Guid unitId, Guid entryId, CancellationToken cancellationToken)
    {
        if (!await db.Communes.AnyAsync(c => c.Id == unitId, cancellationToken))
        {
            return (null, CommandResult.NotFound());
        }

        var entry = await db.CommunePredecessors.SingleOrDefaultAsync(p => p.Id == entryId && p.SuccessorId == unitId, cancellationToken);
        return entry is null
            ? (null, CommandResult.Invalid(FieldError.ForForm("Không còn đơn vị tiền thân này (có thể vừa bị bỏ); hãy tải lại trang.")))
            : (entry, null);
    }

    private async Task<FieldError?> CheckLinkAsync(Guid? communeId, CancellationToken cancellationToken) =>
        communeId is { } id && !await db.Communes.AnyAsync(c => c.Id == id && c.OfficialCode == null, cancellationToken)
            ? new FieldError("PredecessorCommuneId", "Xã đã chọn không còn, hoặc không phải một đơn vị trước 01/7/2025.")
            : null;
}
