using System.Security.Claims;
using CcHc.Domain.Common;
using CcHc.Domain.Communes;
using CcHc.Domain.Criteria;
using CcHc.Domain.Plans;
using CcHc.Infrastructure.Persistence;
using CcHc.Web.Features.Assessments;
using CcHc.Web.Features.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Features.Plans;

/// <summary>
/// The "new plan" form as the clerk fills it: the kind and the form first, then the period, the indices, the
/// assessment and the components. Kind, form, years and indices are bound as text and read by <see cref="TryRead"/>,
/// so a wrong value gets a Vietnamese message beside its field rather than the binder's.
/// </summary>
public sealed class NewPlanInput
{
    public string? Kind { get; set; } = nameof(PlanKind.Improvement);

    public string? Form { get; set; } = nameof(DocumentForm.Plan);

    public string? FromYear { get; set; }

    public string? ToYear { get; set; }

    public List<string> Indices { get; set; } = [];

    /// <summary>The assessment a remediation plan answers (required), or another kind rests on (optional).</summary>
    public Guid? AssessmentId { get; set; }

    /// <summary>Ticked components of index catalogues: one starter item each.</summary>
    public List<Guid> ComponentIds { get; set; } = [];

    /// <summary>The kind, form, period and indices as typed, or the errors beside their fields.</summary>
    public (PlanKind Kind, DocumentForm Form, int? FromYear, int? ToYear, List<IndexKind> Indices) TryRead(List<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (!PlanSetupFields.TryEnum<PlanKind>(Kind, out var kind))
        {
            errors.Add(new("Input.Kind", "Chọn loại kế hoạch."));
        }

        var form = PlanSetupFields.Form(Form, "Input.Form", errors);
        var from = PlanSetupFields.Year(FromYear, "Input.FromYear", "Năm bắt đầu", errors);
        var to = PlanSetupFields.Year(ToYear, "Input.ToYear", "Năm kết thúc", errors);
        return (kind, form, from, to, PlanSetupFields.Indices(Indices, "Input.Indices", errors));
    }

    /// <summary>The form's key of a field a domain refusal names.</summary>
    public static string KeyOf(string field) => field switch
    {
        nameof(PlanSetup.Kind) => "Input.Kind",
        nameof(PlanSetup.Form) => "Input.Form",
        nameof(PlanSetup.FromYear) => "Input.FromYear",
        nameof(PlanSetup.ToYear) => "Input.ToYear",
        nameof(PlanSetup.Indices) => "Input.Indices",
        nameof(RemediationPlan.AssessmentId) => "Input.AssessmentId",
        "Components" => "Input.ComponentIds",
        _ => string.Empty,
    };
}

/// <summary>An assessment of the commune a new plan may rest on.</summary>
public sealed record AssessmentChoice(Guid Id, int Year, string Decision, bool IsSample);

/// <summary>What the "new plan" page offers: the commune, its assessments and the index catalogues with their components.</summary>
public sealed record NewPlanForm(Commune Commune, IReadOnlyList<AssessmentChoice> Assessments, IReadOnlyList<CriteriaSet> Catalogues, int DefaultYear);

/// <summary>
/// The "new plan" flow (clerk of the commune; another commune is not found, another role forbidden). A remediation plan
/// is drafted from its assessment by <see cref="DraftPlanFromAssessment"/> ("Tạo kế hoạch từ kết quả"), in the form the
/// clerk chose; an improvement or multi-index plan gets <see cref="PlanStarter"/>'s starter text for the period,
/// indices and ticked catalogue components. Bad input is refused beside its field and nothing is saved.
/// </summary>
public sealed class CreatePlan(CcHcDbContext db, PlanAccess access, DraftPlanFromAssessment remediation, TimeProvider clock)
{
    public async Task<CommandResult<NewPlanForm>> FormAsync(ClaimsPrincipal user, Guid communeId, CancellationToken cancellationToken)
    {
        var (refused, commune) = await OpenAsync(user, communeId, cancellationToken);
        if (refused is not null)
        {
            return refused.As<NewPlanForm>();
        }

        var assessments = (await db.Assessments.AsNoTracking().Where(a => a.CommuneId == communeId).OrderByDescending(a => a.Year).ToListAsync(cancellationToken))
            .Select(a => new AssessmentChoice(a.Id, a.Year, a.Decision.Citation, a.IsSample)).ToList();
        return CommandResult.Done(new NewPlanForm(commune!, assessments, await IndexCatalogues.ForCommuneAsync(db, commune!, cancellationToken), VietnamTime.Today(clock).Year));
    }

    /// <summary>Done with the new (or, for a remediation plan already drafted, the existing) plan's id.</summary>
    public async Task<CommandResult<Guid>> RunAsync(ClaimsPrincipal user, Guid communeId, NewPlanInput? input, CancellationToken cancellationToken)
    {
        var (refused, commune) = await OpenAsync(user, communeId, cancellationToken);
        if (refused is not null || input is null)
        {
            return (refused ?? CommandResult.Invalid()).As<Guid>();
        }

        var errors = new List<FieldError>();
        var (kind, form, fromYear, toYear, indices) = input.TryRead(errors);
        var assessment = input.AssessmentId is { } assessmentId ? await AssessmentData.FindAsync(db, assessmentId, track: false, cancellationToken) : null;
        if (input.AssessmentId is not null && (assessment is null || assessment.CommuneId != communeId))
        {
            errors.Add(new("Input.AssessmentId", "Kết quả đánh giá đã chọn không thuộc xã này."));
        }

        if (errors.Any(e => e.Field is "Input.Kind" or "Input.Form"))
        {
            return CommandResult.Invalid(errors).As<Guid>();
        }

        if (kind == PlanKind.Remediation)
        {
            if (input.AssessmentId is null)
            {
                errors.Add(new("Input.AssessmentId", "Chọn kết quả đánh giá mà kế hoạch khắc phục."));
            }

            return errors.Count > 0 ? CommandResult.Invalid(errors).As<Guid>() : await remediation.RunAsync(assessment!.Id, form, user, cancellationToken);
        }

        if (fromYear is null && !errors.Any(e => e.Field == "Input.FromYear"))
        {
            errors.Add(new("Input.FromYear", "Nhập năm bắt đầu của kế hoạch."));
        }

        var components = await ComponentsAsync(input.ComponentIds, commune!, cancellationToken);
        if (components.Count != input.ComponentIds.Distinct().Count())
        {
            errors.Add(new("Input.ComponentIds", "Chỉ số thành phần đã chọn không có trong danh mục chỉ số."));
        }

        if (errors.Count > 0)
        {
            return CommandResult.Invalid(errors).As<Guid>();
        }

        try
        {
            var setup = new PlanSetup(kind, form, fromYear!.Value, toYear ?? fromYear.Value, indices);
            var plan = PlanStarter.Start(commune!, setup, assessment, components);
            db.Plans.Add(plan);
            await db.SaveChangesAsync(cancellationToken);
            return CommandResult.Done(plan.Id,
                $"Đã tạo dự thảo {PlanKinds.Label(plan.Kind).ToLowerInvariant()} với {plan.Items.Count} nhiệm vụ gợi ý. Sửa lời văn, chọn đơn vị chủ trì, phối hợp cho từng nhiệm vụ.");
        }
        catch (DomainException ex)
        {
            return CommandResult.Refused(ex, NewPlanInput.KeyOf).As<Guid>();
        }
    }

    private async Task<(CommandResult? Refused, Commune? Commune)> OpenAsync(ClaimsPrincipal user, Guid communeId, CancellationToken cancellationToken)
    {
        var commune = await db.Communes.AsNoTracking().SingleOrDefaultAsync(c => c.Id == communeId, cancellationToken);
        if (commune is null)
        {
            return (CommandResult.NotFound(), null);
        }

        return await access.AllowsKindAsync(user, new CommuneScope(commune.Id, commune.OversightOfficeId), PlanOperations.Create)
            ? (null, commune)
            : (CommandResult.Forbidden(), null);
    }

    private async Task<List<StarterComponent>> ComponentsAsync(List<Guid> ids, Commune commune, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var allowed = (await IndexCatalogues.ForCommuneAsync(db, commune, cancellationToken)).ToDictionary(s => s.Id, s => s.IndexKind);
        var distinct = ids.Distinct().ToList();
        var nodes = await db.CriterionNodes.AsNoTracking().Where(n => distinct.Contains(n.Id)).ToListAsync(cancellationToken);
        return nodes.Where(n => allowed.ContainsKey(n.CriteriaSetId))
            .OrderBy(n => distinct.IndexOf(n.Id))
            .Select(n => new StarterComponent(allowed[n.CriteriaSetId], n.Id, n.Title.Length > 0 ? n.Title : n.Code))
            .ToList();
    }
}

/// <summary>Where index catalogues (SIPAS, PAPI, PCI, DDCI) come from.</summary>
public static class IndexCatalogues
{
    /// <summary>The province of a catalogue that applies everywhere.</summary>
    public const string Nationwide = "Toàn quốc";

    /// <summary>
    /// The index catalogues a commune's plan may link: per index other than PAR INDEX (criteria sets of that
    /// <see cref="IndexKind"/>), the latest set of the commune's province, else of the whole country, with its components.
    /// </summary>
    public static async Task<IReadOnlyList<CriteriaSet>> ForCommuneAsync(CcHcDbContext db, Commune commune, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(commune);
        var sets = await db.CriteriaSets.AsNoTracking().Include(s => s.Nodes)
            .Where(s => s.IndexKind != IndexKind.ParIndex && (s.Province == commune.Province || s.Province == Nationwide))
            .ToListAsync(cancellationToken);
        return sets.GroupBy(s => s.IndexKind)
            .Select(g => g.OrderByDescending(s => s.Province == commune.Province).ThenByDescending(s => s.Year).First())
            .OrderBy(s => s.IndexKind)
            .ToList();
    }
}

/// <summary>The setup fields (form, years, indices) as typed in a form, read with a Vietnamese message beside the field.</summary>
public static class PlanSetupFields
{
    public static bool TryEnum<T>(string? text, out T value)
        where T : struct, Enum =>
        Enum.TryParse(text, out value) && Enum.IsDefined(value) && !int.TryParse(text, out _);

    public static DocumentForm Form(string? text, string key, List<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (TryEnum<DocumentForm>(text, out var form))
        {
            return form;
        }

        errors.Add(new(key, "Chọn hình thức văn bản: Kế hoạch hoặc Công văn."));
        return DocumentForm.Plan;
    }

    public static int? Year(string? text, string key, string name, List<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year))
        {
            return year;
        }

        errors.Add(new(key, $"{name} phải là một năm, ví dụ 2024."));
        return null;
    }

    public static List<IndexKind> Indices(IEnumerable<string> texts, string key, List<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var indices = new List<IndexKind>();
        foreach (var text in texts ?? [])
        {
            if (!TryEnum<IndexKind>(text, out var index))
            {
                errors.Add(new(key, "Chỉ số không hợp lệ."));
                return [];
            }

            indices.Add(index);
        }

        return indices;
    }
}
