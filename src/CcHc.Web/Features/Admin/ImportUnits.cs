using System.Security.Cryptography;
using System.Text;
using CcHc.Domain.Communes;
using CcHc.Infrastructure.Auditing;
using CcHc.Infrastructure.Persistence;
using CcHc.Infrastructure.Spreadsheets;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Features.Admin;

/// <summary>Which list to import: the copy shipped with CcHc, or a later version the administrator uploaded (its bytes).</summary>
public sealed record UnitListSource(byte[]? Upload, string FileName)
{
    public static UnitListSource Shipped { get; } = new(null, UnitListImporter.ShippedFileName);

    public bool IsShipped => Upload is null;
}

/// <summary>The import's choices: a province's code (null: all) and the day the list's changes take effect.</summary>
public sealed record UnitImportChoice(string? ProvinceCode, DateOnly EffectiveDate);

/// <summary>
/// What an import would do, shown before it is applied: the counts, the units that would be added, renamed or change
/// type, how many lineages need an administrator, and a fingerprint of the plan that the apply step checks.
/// </summary>
public sealed record UnitImportPreview(
    UnitImportPlan Plan,
    IReadOnlyList<(string Code, string Name)> Provinces,
    int LineagesToReview,
    int OfficesToCreate,
    string Fingerprint);

/// <summary>What the apply step did.</summary>
public sealed record UnitImportOutcome(int Created, int Renamed, int KindChanged, int Unchanged, int OfficesCreated, int PredecessorsCreated, int PredecessorsLinked, TimeSpan Elapsed);

/// <summary>
/// Imports the official list of commune-level units, a province's or all of them: idempotent by official code (a
/// second import of the same list changes nothing). New units get their type, names, province, validity from the
/// effective date and their predecessors from the list's text (<see cref="Lineage"/>), linked to the CcHc communes of
/// those names; renames and changes of type are applied and recorded (<see cref="UnitChange"/>) with the effective
/// date. Each province's Sở Nội vụ is created when missing and oversees the units that have no office. One
/// transaction: a failure saves nothing. Administrators only (the /Admin folder's policy).
/// </summary>
public sealed class ImportUnits(CcHcDbContext db, UnitListImporter importer, AuditActor actor, TimeProvider clock)
{
    /// <summary>The list read and checked: its units, or its errors row by row.</summary>
    public Task<ImportResult<OfficialUnitFile>> ReadAsync(UnitListSource source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.Upload is { } bytes ? importer.ReadAsync(bytes, source.FileName, cancellationToken) : importer.ReadShippedAsync(cancellationToken);
    }

    public async Task<UnitImportPreview> PreviewAsync(OfficialUnitFile file, UnitImportChoice choice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(choice);
        var plan = await PlanAsync(file, choice, cancellationToken);
        var provinces = plan.Units.Select(u => u.Unit.Province).Distinct().ToList();
        var offices = await db.OversightOffices.IgnoreQueryFilters().AsNoTracking().ToListAsync(cancellationToken);
        var officesToCreate = provinces.Count(p => FindOffice(offices, p) is null);
        var toReview = plan.Units.Where(u => u.IsNew).Count(u => Lineage.Parse(u.Unit.Lineage, u.Unit.ListedName).NeedsReview);
        return new UnitImportPreview(plan, file.Provinces, toReview, officesToCreate, Fingerprint(plan, choice));
    }

    /// <summary>
    /// Applies the plan if it is still the one previewed (<paramref name="fingerprint"/>); otherwise nothing is saved
    /// and the administrator previews again.
    /// </summary>
    public async Task<CommandResult<UnitImportOutcome>> ApplyAsync(OfficialUnitFile file, UnitImportChoice choice, string fingerprint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(choice);
        var started = clock.GetTimestamp();
        var plan = await PlanAsync(file, choice, cancellationToken);
        if (plan.Units.Count == 0)
        {
            return CommandResult.Invalid(FieldError.ForForm("Tệp không có đơn vị nào của tỉnh đã chọn.")).As<UnitImportOutcome>();
        }

        if (!string.Equals(fingerprint, Fingerprint(plan, choice), StringComparison.Ordinal))
        {
            return CommandResult.Invalid(FieldError.ForForm("Dữ liệu đã thay đổi từ lúc xem trước (có thể một người khác vừa nhập). Hãy xem trước lại rồi áp dụng.")).As<UnitImportOutcome>();
        }

        var now = clock.GetUtcNow();
        var by = actor.UserName;
        var created = 0;
        var officesCreated = 0;
        var predecessorsCreated = 0;
        var linked = 0;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var wasDetecting = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            // Provinces: by code, named as documents write them.
            var codes = plan.Units.Select(u => u.Unit.ProvinceCode).Distinct().ToList();
            var provinces = await db.Provinces.Where(p => codes.Contains(p.Code)).ToDictionaryAsync(p => p.Code, cancellationToken);
            foreach (var group in plan.Units.GroupBy(u => u.Unit.ProvinceCode))
            {
                var name = group.First().Unit.Province;
                var formedFrom = file.FormedFromByProvince.GetValueOrDefault(group.Key);
                if (provinces.TryGetValue(group.Key, out var province))
                {
                    if (province.Name != name || (formedFrom is not null && province.FormedFrom != formedFrom))
                    {
                        province.Update(name, formedFrom ?? province.FormedFrom);
                    }
                }
                else
                {
                    province = new Province(group.Key, name, formedFrom);
                    provinces[group.Key] = province;
                    db.Provinces.Add(province);
                }
            }

            // The provinces' Sở Nội vụ.
            var offices = await db.OversightOffices.IgnoreQueryFilters().ToListAsync(cancellationToken);
            var officeOf = new Dictionary<string, OversightOffice>(StringComparer.Ordinal);
            foreach (var name in plan.Units.Select(u => u.Unit.Province).Distinct())
            {
                if (FindOffice(offices, name) is not { } office)
                {
                    office = new OversightOffice(UnitWording.ProvincialOfficeName(name), null, name);
                    offices.Add(office);
                    db.OversightOffices.Add(office);
                    officesCreated++;
                }

                officeOf[name] = office;
            }

            // Units known by code, tracked; the communes before 2025 (no code), for linking predecessors.
            var knownCodes = plan.Units.Where(u => !u.IsNew).Select(u => u.Unit.Code).ToList();
            var known = new Dictionary<string, Commune>(StringComparer.Ordinal);
            foreach (var chunk in knownCodes.Chunk(500))
            {
                foreach (var commune in await db.Communes.IgnoreQueryFilters().Where(c => c.OfficialCode != null && chunk.Contains(c.OfficialCode)).ToListAsync(cancellationToken))
                {
                    known[commune.OfficialCode!] = commune;
                }
            }

            var predecessorIndex = PredecessorIndex.Build(
                await db.Communes.IgnoreQueryFilters().AsNoTracking().Where(c => c.OfficialCode == null).ToListAsync(cancellationToken));

            foreach (var planned in plan.Units)
            {
                var unit = planned.Unit;
                var office = officeOf[unit.Province];
                if (planned.IsNew)
                {
                    var commune = Commune.FromOfficialList(unit.Code, unit.Kind, unit.PlaceName, unit.Province, unit.ProvinceCode, choice.EffectiveDate);
                    commune.AssignTo(office);
                    db.Communes.Add(commune);
                    db.UnitChanges.Add(new UnitChange(commune.Id, UnitChangeKind.Created, null, commune.Name, choice.EffectiveDate, by, now));
                    created++;
                    var parse = Lineage.Parse(unit.Lineage, unit.ListedName);
                    var formedFrom = file.FormedFromByProvince.GetValueOrDefault(unit.ProvinceCode);
                    var order = 0;
                    foreach (var entry in parse.Entries)
                    {
                        var link = predecessorIndex.Find(entry, unit.Province, formedFrom);
                        db.CommunePredecessors.Add(new CommunePredecessor(commune.Id, order++, entry.Name, entry.Partial, entry.NeedsReview, link));
                        predecessorsCreated++;
                        linked += link is null ? 0 : 1;
                    }

                    continue;
                }

                var existing = known[unit.Code];
                if (planned.Renamed)
                {
                    db.UnitChanges.Add(new UnitChange(existing.Id, UnitChangeKind.Renamed, existing.Name, unit.Name, choice.EffectiveDate, by, now));
                }

                if (planned.KindChanged)
                {
                    db.UnitChanges.Add(new UnitChange(existing.Id, UnitChangeKind.KindChanged, CommuneKinds.Label(existing.Kind), CommuneKinds.Label(unit.Kind), choice.EffectiveDate, by, now));
                }

                if (planned.Renamed || planned.KindChanged || existing.Province != unit.Province || existing.ProvinceCode != unit.ProvinceCode)
                {
                    existing.ApplyOfficialName(unit.Kind, unit.PlaceName, unit.Province, unit.ProvinceCode);
                }

                if (existing.OversightOfficeId is null)
                {
                    existing.AssignTo(office);
                }
            }

            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = wasDetecting;
        }

        var outcome = new UnitImportOutcome(created, plan.RenamedCount, plan.KindChangedCount, plan.UnchangedCount, officesCreated, predecessorsCreated, linked, clock.GetElapsedTime(started));
        return CommandResult.Done(outcome,
            $"Đã nhập danh sách đơn vị: {created} đơn vị mới, {plan.RenamedCount} đổi tên, {plan.KindChangedCount} đổi loại, {plan.UnchangedCount} không đổi"
            + (officesCreated > 0 ? $"; đã tạo {officesCreated} Sở Nội vụ" : string.Empty) + ".");
    }

    private async Task<UnitImportPlan> PlanAsync(OfficialUnitFile file, UnitImportChoice choice, CancellationToken cancellationToken)
    {
        var known = await db.Communes.IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.OfficialCode != null)
            .Select(c => new KnownUnit(c.Id, c.OfficialCode!, c.Kind, c.PlaceName, c.Name))
            .ToListAsync(cancellationToken);
        return UnitImportPlan.Make(file.Units, known, string.IsNullOrWhiteSpace(choice.ProvinceCode) ? null : choice.ProvinceCode.Trim());
    }

    /// <summary>The province's office: the one named "Sở Nội vụ {province}", else a provincial office (no district) of the province.</summary>
    private static OversightOffice? FindOffice(IEnumerable<OversightOffice> offices, string province)
    {
        var name = UnitWording.ProvincialOfficeName(province);
        var list = offices.ToList();
        return list.FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? list.FirstOrDefault(o => o.District is null && string.Equals(o.Province, province, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>What the plan would do, as a short hash: the apply step refuses a plan that changed since the preview.</summary>
    private static string Fingerprint(UnitImportPlan plan, UnitImportChoice choice)
    {
        var text = new StringBuilder();
        text.Append(choice.ProvinceCode).Append('|').Append(choice.EffectiveDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        foreach (var u in plan.Units)
        {
            text.Append(u.Unit.Code).Append('|').Append(u.Unit.Kind).Append('|').Append(u.Unit.PlaceName).Append('|').Append(u.Unit.Province)
                .Append('|').Append(u.IsNew ? "N" : u.Unchanged ? "U" : "C").Append('|').Append(u.Known?.Name).Append('\n');
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..32];
    }
}

/// <summary>
/// The communes before 2025 (no official code), by type and name, to link a predecessor the list names: linked only
/// when exactly one commune of that type and name is in the successor's province or one it was formed from (and in the
/// district the list adds, if any). Never guessed among several.
/// </summary>
internal sealed class PredecessorIndex
{
    private readonly ILookup<string, Commune> _byName;

    private PredecessorIndex(ILookup<string, Commune> byName) => _byName = byName;

    public static PredecessorIndex Build(IEnumerable<Commune> communes) =>
        new(communes.ToLookup(c => Key(c.Kind, c.PlaceName), StringComparer.Ordinal));

    public Guid? Find(LineageEntry entry, string province, string? formedFrom)
    {
        if (entry.Kind is not { } kind || entry.PlaceName is not { } place)
        {
            return null;
        }

        var matches = _byName[Key(kind, place)]
            .Where(c => string.Equals(c.Province, province, StringComparison.OrdinalIgnoreCase)
                || (formedFrom is not null && formedFrom.Contains(c.Province, StringComparison.OrdinalIgnoreCase)))
            .Where(c => entry.Qualifier is null || c.District is null || string.Equals(c.District, entry.Qualifier, StringComparison.OrdinalIgnoreCase))
            .ToList();
        return matches.Count == 1 ? matches[0].Id : null;
    }

    private static string Key(CommuneKind kind, string place) => kind + "|" + place.Trim().ToUpperInvariant();
}
