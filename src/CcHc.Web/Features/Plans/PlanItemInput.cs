using System.ComponentModel.DataAnnotations;
using CcHc.Domain.Plans;

namespace CcHc.Web.Features.Plans;

/// <summary>The form of one remediation item: criteria, cause, tasks, lead and support, deadline, or "not remediable".</summary>
public sealed class PlanItemInput
{
    /// <summary>The form as stored for this item.</summary>
    public static PlanItemInput From(RemediationItem item) => new()
    {
        Heading = item.Heading,
        FieldId = item.FieldId,
        CriterionIds = [.. item.CriterionIds],
        Cause = item.Cause,
        LeadPositionId = item.LeadPositionId,
        SupportPositionIds = [.. item.SupportPositionIds],
        PersonIds = [.. item.PersonIds],
        CoLeadPositionIds = [.. item.CoLeadPositionIds],
        DeductionWording = item.DeductionWording,
        LeadWording = item.LeadWording,
        SupportWording = item.SupportWording,
        Deadline = item.Deadline?.Wording,
        Index = item.Index?.ToString(),
        GroupHeading = item.GroupHeading,
        NotRemediable = item.NotRemediable,
        NotRemediableReason = item.NotRemediableReason,
        Tasks = item.Tasks.Select(t => new PlanTaskInput { Id = t.Id, Description = t.Description, Deadline = t.Deadline?.Wording }).ToList(),
    };

    /// <summary>At least two blank task rows for the user to fill.</summary>
    public PlanItemInput Padded()
    {
        while (Tasks.Count(t => string.IsNullOrWhiteSpace(t.Description)) < 2)
        {
            Tasks.Add(new PlanTaskInput());
        }

        return this;
    }

    /// <summary>The tasks as one text, for a stale save's comparison.</summary>
    public string TasksText() =>
        string.Join('\n', Tasks.Where(t => !string.IsNullOrWhiteSpace(t.Description)).Select(t => "- " + t.Description!.Trim()));

    [Required(ErrorMessage = "Nhập tiêu đề nội dung khắc phục.")]
    [StringLength(2000, ErrorMessage = "Tối đa {1} ký tự.")]
    [Display(Name = "Tiêu đề")]
    public string Heading { get; set; } = string.Empty;

    [Display(Name = "Lĩnh vực")]
    public Guid? FieldId { get; set; }

    public List<Guid> CriterionIds { get; set; } = [];

    [StringLength(4000, ErrorMessage = "Tối đa {1} ký tự.")]
    [Display(Name = "Nguyên nhân")]
    public string? Cause { get; set; }

    [Display(Name = "Chủ trì")]
    public Guid? LeadPositionId { get; set; }

    public List<Guid> SupportPositionIds { get; set; } = [];

    /// <summary>Accounts of the commune named beside the positions: they lead the item's tasks in "Việc của tôi".</summary>
    public List<string> PersonIds { get; set; } = [];

    /// <summary>Further leads printed beside the first ("Chủ trì thực hiện: A, B").</summary>
    public List<Guid> CoLeadPositionIds { get; set; } = [];

    [StringLength(8000, ErrorMessage = "Tối đa {1} ký tự.")]
    [Display(Name = "Nội dung bị trừ điểm, đúng lời văn bản nguồn (nếu muốn in nguyên văn)")]
    public string? DeductionWording { get; set; }

    [StringLength(1000, ErrorMessage = "Tối đa {1} ký tự.")]
    [Display(Name = "Dòng “Chủ trì thực hiện” in nguyên văn")]
    public string? LeadWording { get; set; }

    [StringLength(1000, ErrorMessage = "Tối đa {1} ký tự.")]
    [Display(Name = "Dòng “Phối hợp” in nguyên văn")]
    public string? SupportWording { get; set; }

    [StringLength(300, ErrorMessage = "Tối đa {1} ký tự.")]
    [Display(Name = "hoặc thêm chức danh chủ trì mới")]
    public string? NewLeadTitle { get; set; }

    [StringLength(300, ErrorMessage = "Tối đa {1} ký tự.")]
    [Display(Name = "Thêm chức danh phối hợp mới")]
    public string? NewSupportTitle { get; set; }

    [StringLength(1000, ErrorMessage = "Tối đa {1} ký tự.")]
    [Display(Name = "Thời gian hoàn thành")]
    public string? Deadline { get; set; }

    [Display(Name = "Xã không thể tự khắc phục")]
    public bool NotRemediable { get; set; }

    [StringLength(2000, ErrorMessage = "Tối đa {1} ký tự.")]
    [Display(Name = "Lý do")]
    public string? NotRemediableReason { get; set; }

    public List<PlanTaskInput> Tasks { get; set; } = [];

    /// <summary>The index the item serves (one of the plan's, as text); blank: the plan's only index.</summary>
    [Display(Name = "Chỉ số")]
    public string? Index { get; set; }

    /// <summary>The group heading printed above consecutive items that share it (seed 004: "Chỉ số Cải cách hành chính và chỉ số hài lòng.").</summary>
    [StringLength(500, ErrorMessage = "Tối đa {1} ký tự.")]
    [Display(Name = "Nhóm (tiêu đề in phía trên các nhiệm vụ cùng nhóm)")]
    public string? GroupHeading { get; set; }
}

public sealed class PlanTaskInput
{
    public Guid? Id { get; set; }

    [StringLength(4000, ErrorMessage = "Tối đa {1} ký tự.")]
    public string? Description { get; set; }

    [StringLength(1000, ErrorMessage = "Tối đa {1} ký tự.")]
    public string? Deadline { get; set; }
}
