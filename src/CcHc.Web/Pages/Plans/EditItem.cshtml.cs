using System.ComponentModel.DataAnnotations;
using CcHc.Domain.Common;
using CcHc.Domain.Deadlines;
using CcHc.Domain.Plans;
using CcHc.Infrastructure.Identity;
using CcHc.Infrastructure.Persistence;
using CcHc.Web.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Pages.Plans;

/// <summary>
/// One remediation item: linked criteria, cause, tasks, lead and support, deadline, or "not remediable" with a reason.
/// Clerk only, draft only; a save on a stale read is refused and shows what the other person saved.
/// </summary>
public sealed class EditItemModel(CcHcDbContext db) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty]
    public Guid Stamp { get; set; }

    public PlanView View { get; private set; } = default!;

    public RemediationItem? Item { get; private set; }

    public ConcurrencyConflict? Conflict { get; private set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Nhập tiêu đề nội dung khắc phục.")]
        [StringLength(500, ErrorMessage = "Tối đa {1} ký tự.")]
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

        public List<TaskInput> Tasks { get; set; } = [];
    }

    public sealed class TaskInput
    {
        public Guid? Id { get; set; }

        [StringLength(4000, ErrorMessage = "Tối đa {1} ký tự.")]
        public string? Description { get; set; }

        [StringLength(1000, ErrorMessage = "Tối đa {1} ký tự.")]
        public string? Deadline { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid planId, Guid? itemId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(planId, itemId, track: false, cancellationToken) is { } denied)
        {
            return denied;
        }

        Input = Item is null ? new InputModel() : From(Item);
        PadTasks();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid planId, Guid? itemId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(planId, itemId, track: true, cancellationToken) is { } denied)
        {
            return denied;
        }

        AddNewPositions();
        var content = ToContent();
        if (ModelState.IsValid && content is not null)
        {
            try
            {
                if (Item is null)
                {
                    var added = View.Plan.AddItem(content);
                    db.PlanItems.Add(added);
                }
                else
                {
                    db.Entry(Item).Property(CcHcDbContext.ConcurrencyToken).OriginalValue = Stamp;
                    View.Plan.UpdateItem(Item.Id, content);
                }

                await db.SaveChangesAsync(cancellationToken);
                TempData["Message"] = "Đã lưu nội dung khắc phục.";
                return RedirectToPage("Details", null, new { id = planId }, Item is null ? null : $"item-{Item.Id}");
            }
            catch (DomainException ex)
            {
                ModelState.AddModelError(string.Empty, ex.Message);
            }
            catch (DbUpdateConcurrencyException)
            {
                await DescribeConflictAsync(planId, itemId!.Value, cancellationToken);
            }
        }

        PadTasks();
        Response.StatusCode = Conflict is null ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status409Conflict;
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid planId, Guid itemId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(planId, itemId, track: true, cancellationToken) is { } denied)
        {
            return denied;
        }

        if (Item is null)
        {
            return NotFound();
        }

        try
        {
            db.Entry(Item).Property(CcHcDbContext.ConcurrencyToken).OriginalValue = Stamp;
            View.Plan.RemoveItem(Item.Id);
            await db.SaveChangesAsync(cancellationToken);
            TempData["Message"] = "Đã xóa nội dung khắc phục.";
            return RedirectToPage("Details", new { id = planId });
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(string.Empty, ex.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            await DescribeConflictAsync(planId, itemId, cancellationToken);
        }

        Input = From(Item);
        PadTasks();
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    /// <summary>The deadline preview: how a typed wording will print and when it falls due.</summary>
    public async Task<IActionResult> OnGetPreviewDeadlineAsync(Guid planId, string? text, CancellationToken cancellationToken)
    {
        var year = await db.Plans.Where(p => p.Id == planId).Select(p => (int?)p.Year).SingleOrDefaultAsync(cancellationToken);
        if (year is null)
        {
            return NotFound();
        }

        if (!User.IsInRole(AppRoles.Clerk))
        {
            return Forbid();
        }

        return Deadline.TryParse(text, year.Value, out var deadline)
            ? new JsonResult(new { ok = true, wording = deadline.Wording, due = Formatting.Date(deadline.DueDate) })
            : new JsonResult(new { ok = false, message = "Chưa hiểu thời hạn này. Ví dụ: \"Quý II năm 2024\", \"Trước ngày 15/12/2024\", \"Cả năm\"." });
    }

    /// <summary>
    /// Titles typed "on the spot" become positions of the commune (or reuse one with the same title) and are selected;
    /// they are saved with the item, in the same transaction.
    /// </summary>
    private void AddNewPositions()
    {
        Guid? Resolve(string? title)
        {
            if (string.IsNullOrWhiteSpace(title))
            {
                return null;
            }

            var existing = View.Positions.Values.FirstOrDefault(p => string.Equals(p.Title, title.Trim(), StringComparison.OrdinalIgnoreCase));
            if (existing is not null)
            {
                return existing.Id;
            }

            var position = new CcHc.Domain.Positions.Position(title, View.Plan.CommuneId, View.Positions.Count);
            db.Positions.Add(position);
            View = View with { Positions = new Dictionary<Guid, CcHc.Domain.Positions.Position>(View.Positions) { [position.Id] = position } };
            return position.Id;
        }

        if (Resolve(Input.NewLeadTitle) is { } lead)
        {
            Input.LeadPositionId = lead;
            Input.NewLeadTitle = null;
        }

        if (Resolve(Input.NewSupportTitle) is { } support)
        {
            Input.SupportPositionIds.Add(support);
            Input.NewSupportTitle = null;
        }
    }

    private async Task<IActionResult?> LoadAsync(Guid planId, Guid? itemId, bool track, CancellationToken cancellationToken)
    {
        var view = await PlanView.LoadAsync(db, planId, track, cancellationToken);
        if (view is null)
        {
            return NotFound();
        }

        View = view;
        if (itemId is { } id)
        {
            Item = view.Plan.Items.FirstOrDefault(i => i.Id == id);
            if (Item is null)
            {
                return NotFound();
            }

            if (!track)
            {
                Stamp = await db.ConcurrencyTokenAsync<CcHc.Domain.Plans.RemediationItem>(id, cancellationToken);
            }
        }

        if (!User.IsInRole(AppRoles.Clerk))
        {
            return Forbid();
        }

        return null;
    }

    private async Task DescribeConflictAsync(Guid planId, Guid itemId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        View = (await PlanView.LoadAsync(db, planId, track: false, cancellationToken))!;
        var current = View.Plan.Items.FirstOrDefault(i => i.Id == itemId);
        if (current is null)
        {
            ModelState.AddModelError(string.Empty, "Nội dung khắc phục này vừa bị người khác xóa. Nội dung bạn nhập vẫn còn bên dưới; hãy sao chép lại nếu cần.");
            return;
        }

        Item = current;
        var theirs = From(current);
        Conflict = await ConcurrencyConflict.DescribeAsync(db, itemId,
        [
            ("Tiêu đề", theirs.Heading, Input.Heading),
            ("Nguyên nhân", theirs.Cause ?? string.Empty, Input.Cause ?? string.Empty),
            ("Chủ trì", View.PositionTitle(theirs.LeadPositionId), View.PositionTitle(Input.LeadPositionId)),
            ("Thời gian hoàn thành", theirs.Deadline ?? string.Empty, Input.Deadline ?? string.Empty),
            ("Nhiệm vụ", TasksText(theirs), TasksText(Input)),
        ], cancellationToken);
        Stamp = await db.ConcurrencyTokenAsync<CcHc.Domain.Plans.RemediationItem>(itemId, cancellationToken);
        ModelState.Remove(nameof(Stamp));
    }

    private static string TasksText(InputModel input) =>
        string.Join('\n', input.Tasks.Where(t => !string.IsNullOrWhiteSpace(t.Description)).Select(t => "- " + t.Description!.Trim()));

    private ItemContent? ToContent()
    {
        var year = View.Plan.Year;
        Deadline? itemDeadline = null;
        if (!string.IsNullOrWhiteSpace(Input.Deadline) && !Deadline.TryParse(Input.Deadline, year, out itemDeadline))
        {
            ModelState.AddModelError("Input.Deadline", $"Chưa hiểu thời hạn \"{Input.Deadline}\". Ví dụ: \"Quý II năm {year}\", \"Trước ngày 15/12/{year}\", \"Cả năm\".");
        }

        var tasks = new List<TaskContent>();
        for (var i = 0; i < Input.Tasks.Count; i++)
        {
            var task = Input.Tasks[i];
            if (string.IsNullOrWhiteSpace(task.Description))
            {
                continue;
            }

            Deadline? taskDeadline = null;
            if (!string.IsNullOrWhiteSpace(task.Deadline) && !Deadline.TryParse(task.Deadline, year, out taskDeadline))
            {
                ModelState.AddModelError($"Input.Tasks[{i}].Deadline", $"Chưa hiểu thời hạn \"{task.Deadline}\".");
            }

            tasks.Add(new TaskContent(task.Description, taskDeadline, task.Id));
        }

        var known = View.CriteriaSet.Nodes.Select(n => n.Id).ToHashSet();
        if (Input.CriterionIds.Any(id => !known.Contains(id)) || (Input.FieldId is { } f && !known.Contains(f)))
        {
            ModelState.AddModelError("Input.CriterionIds", "Tiêu chí đã chọn không thuộc bộ tiêu chí của kế hoạch này.");
        }

        if ((Input.LeadPositionId is { } lead && !View.Positions.ContainsKey(lead)) || Input.SupportPositionIds.Any(p => !View.Positions.ContainsKey(p)))
        {
            ModelState.AddModelError("Input.LeadPositionId", "Chức danh đã chọn không thuộc danh mục của xã.");
        }

        if (Input.NotRemediable && string.IsNullOrWhiteSpace(Input.NotRemediableReason))
        {
            ModelState.AddModelError("Input.NotRemediableReason", "Nêu lý do xã không thể tự khắc phục.");
        }

        return ModelState.IsValid
            ? new ItemContent(Input.Heading, Input.FieldId, Input.CriterionIds, Input.Cause, Input.LeadPositionId, Input.SupportPositionIds,
                itemDeadline, tasks, Input.NotRemediable, Input.NotRemediableReason)
            : null;
    }

    private void PadTasks()
    {
        while (Input.Tasks.Count(t => string.IsNullOrWhiteSpace(t.Description)) < 2)
        {
            Input.Tasks.Add(new TaskInput());
        }
    }

    private static InputModel From(RemediationItem item) => new()
    {
        Heading = item.Heading,
        FieldId = item.FieldId,
        CriterionIds = [.. item.CriterionIds],
        Cause = item.Cause,
        LeadPositionId = item.LeadPositionId,
        SupportPositionIds = [.. item.SupportPositionIds],
        Deadline = item.Deadline?.Wording,
        NotRemediable = item.NotRemediable,
        NotRemediableReason = item.NotRemediableReason,
        Tasks = item.Tasks.Select(t => new TaskInput { Id = t.Id, Description = t.Description, Deadline = t.Deadline?.Wording }).ToList(),
    };
}
