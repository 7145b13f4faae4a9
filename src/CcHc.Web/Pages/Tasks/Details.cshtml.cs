using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using CcHc.Domain.Common;
using CcHc.Domain.Plans;
using CcHc.Domain.Tracking;
using CcHc.Infrastructure.Identity;
using CcHc.Infrastructure.Persistence;
using CcHc.Infrastructure.Tracking;
using CcHc.Web.Security;
using CcHc.Web.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Pages.Tasks;

/// <summary>
/// One task of a plan: its item, deadline and status, the progress log (newest first) and the evidence. The staff
/// member holding the item's lead position updates the status with a dated note and up to five evidence files in one
/// post; a supporting position adds notes; everyone else in scope reads. Another commune's task is 404 (tenant
/// filter); a staff member of another position gets 403. The status form carries the task's concurrency token, so a
/// post based on a stale view shows who changed the status meanwhile and keeps the note typed. Nothing is saved by
/// halves: a refused file refuses the whole post, and stored files are removed when the database save fails.
/// </summary>
[RequestSizeLimit(EvidenceUploadLimits.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = EvidenceUploadLimits.MaxRequestBytes)]
[UploadSizeGuard(MaxRequestBytes = EvidenceUploadLimits.MaxRequestBytes)]
public sealed class DetailsModel(CcHcDbContext db, TimeProvider clock, EvidenceStore store, ILogger<DetailsModel> logger) : PageModel
{
    public RemediationPlan Plan { get; private set; } = default!;

    public RemediationItem Item { get; private set; } = default!;

    public PlanTask TaskItem { get; private set; } = default!;

    public string CommuneName { get; private set; } = string.Empty;

    public IReadOnlyDictionary<Guid, string> PositionTitles { get; private set; } = new Dictionary<Guid, string>();

    public IReadOnlyList<TaskNote> Notes { get; private set; } = [];

    public IReadOnlyList<EvidenceFile> Evidence { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public DueState State { get; private set; }

    /// <summary>True when this is the latest issued version of its year's plan, where progress is recorded.</summary>
    public bool IsTracked { get; private set; }

    /// <summary>The caller's part in the task: lead, support, or none (reads only).</summary>
    public TaskRole? MyRole { get; private set; }

    public ConcurrencyConflict? Conflict { get; private set; }

    [BindProperty]
    public Guid Stamp { get; set; }

    [BindProperty]
    public TaskProgress Progress { get; set; }

    [BindProperty]
    public DateOnly? Date { get; set; }

    [BindProperty]
    [StringLength(TaskNote.MaxLength, ErrorMessage = "Nội dung tối đa {1} ký tự.")]
    public string? Text { get; set; }

    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    [BindProperty(SupportsGet = true, Name = UploadSizeGuardAttribute.QueryFlag)]
    public bool TooLarge { get; set; }

    [TempData]
    public string? Message { get; set; }

    public string PositionTitle(Guid? id) => id is { } key && PositionTitles.TryGetValue(key, out var title) ? title : Formatting.Unknown;

    public async Task<IActionResult> OnGetAsync(Guid taskId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(taskId, track: false, cancellationToken))
        {
            return NotFound();
        }

        if (TooLarge)
        {
            ModelState.AddModelError(nameof(Files), $"Tổng dung lượng gửi lên vượt quá {EvidenceUploadLimits.MaxRequestBytes / (1024 * 1024)} MB: tối đa {EvidenceInspector.MaxFiles} tệp, mỗi tệp không quá 10 MB. Chưa có gì được lưu.");
        }

        Stamp = await db.ConcurrencyTokenAsync<PlanTask>(taskId, cancellationToken);
        Progress = TaskItem.Progress;
        Date = Today;
        return Page();
    }

    /// <summary>The lead's update: status, dated note, evidence files.</summary>
    public async Task<IActionResult> OnPostUpdateAsync(Guid taskId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(taskId, track: true, cancellationToken))
        {
            return NotFound();
        }

        if (MyRole != TaskRole.Lead)
        {
            return Forbid();
        }

        var files = await ReadFilesAsync(cancellationToken);
        RequireDate();
        if (!ModelState.IsValid)
        {
            return await RedisplayAsync(taskId, cancellationToken);
        }

        var written = new List<EvidenceFile>();
        try
        {
            EnsureTracked();
            db.Entry(TaskItem).Property(CcHcDbContext.ConcurrencyToken).OriginalValue = Stamp;
            var now = clock.GetUtcNow();
            var actor = User.AsActor();
            var note = TaskNote.ByLead(Plan, taskId, actor, Date!.Value, Today, Progress, Text, now);
            db.TaskNotes.Add(note);
            foreach (var (inspection, content) in files)
            {
                var evidence = new EvidenceFile(Plan.Id, taskId, note.Id, inspection.FileName, inspection.Type!.Value, content.Length,
                    Convert.ToHexStringLower(SHA256.HashData(content)), actor, now);
                db.EvidenceFiles.Add(evidence);
                await store.WriteAsync(Plan.Id, evidence.StorageKey, content, cancellationToken);
                written.Add(evidence);
            }

            await db.SaveChangesAsync(cancellationToken);
            Message = files.Count == 0
                ? $"Đã cập nhật: {TaskSchedule.Label(Progress)}."
                : $"Đã cập nhật: {TaskSchedule.Label(Progress)}, kèm {files.Count} tệp minh chứng.";
            return RedirectToPage(new { taskId });
        }
        catch (DomainException ex)
        {
            Discard(written);
            ModelState.AddModelError(ex.Message.StartsWith("Ngày", StringComparison.Ordinal) ? nameof(Date) : nameof(Text), ex.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            Discard(written);
            Conflict = await DescribeConflictAsync(taskId, cancellationToken);
        }
        catch
        {
            Discard(written);
            throw;
        }

        return await RedisplayAsync(taskId, cancellationToken);
    }

    /// <summary>A supporting position's note (the lead may add one too; the status stays as it is).</summary>
    public async Task<IActionResult> OnPostNoteAsync(Guid taskId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(taskId, track: true, cancellationToken))
        {
            return NotFound();
        }

        if (MyRole is null)
        {
            return Forbid();
        }

        RequireDate();
        if (ModelState.IsValid)
        {
            try
            {
                EnsureTracked();
                var now = clock.GetUtcNow();
                var note = MyRole == TaskRole.Lead
                    ? TaskNote.ByLead(Plan, taskId, User.AsActor(), Date!.Value, Today, TaskItem.Progress, Text, now)
                    : TaskNote.BySupport(Plan, taskId, User.AsActor(), Date!.Value, Today, Text, now);
                db.TaskNotes.Add(note);
                await db.SaveChangesAsync(cancellationToken);
                Message = "Đã ghi nhận nội dung phối hợp.";
                return RedirectToPage(new { taskId });
            }
            catch (DomainException ex)
            {
                ModelState.AddModelError(ex.Message.StartsWith("Ngày", StringComparison.Ordinal) ? nameof(Date) : nameof(Text), ex.Message);
            }
        }

        return await RedisplayAsync(taskId, cancellationToken);
    }

    private void RequireDate()
    {
        if (Date is null)
        {
            ModelState.AddModelError(nameof(Date), "Nhập ngày thực hiện.");
        }
    }

    private void EnsureTracked()
    {
        Plan.EnsureIssued();
        if (!IsTracked)
        {
            throw new DomainException("Phiên bản kế hoạch này đã được thay thế bằng phiên bản ban hành sau; hãy cập nhật trên phiên bản mới.");
        }
    }

    /// <summary>Every file checked before anything is saved; one refused file refuses the post (messages name each file).</summary>
    private async Task<List<(EvidenceInspection Inspection, byte[] Content)>> ReadFilesAsync(CancellationToken cancellationToken)
    {
        var accepted = new List<(EvidenceInspection, byte[])>();
        var uploads = Files.Where(f => f is not null && !(f.Length == 0 && string.IsNullOrEmpty(f.FileName))).ToList();
        if (uploads.Count > EvidenceInspector.MaxFiles)
        {
            ModelState.AddModelError(nameof(Files), $"Mỗi lần cập nhật gửi tối đa {EvidenceInspector.MaxFiles} tệp minh chứng (bạn đã chọn {uploads.Count}).");
            return accepted;
        }

        foreach (var upload in uploads)
        {
            EvidenceInspection inspection;
            byte[] content = [];
            if (upload.Length > EvidenceFile.MaxBytes)
            {
                // Refused on its declared length: the bytes are never read.
                inspection = new EvidenceInspection(EvidenceInspector.SafeFileName(upload.FileName), null,
                    $"Tệp {EvidenceInspector.SafeFileName(upload.FileName)} lớn hơn 10 MB.");
            }
            else
            {
                content = await upload.ReadAllBytesAsync(cancellationToken);

                inspection = EvidenceInspector.Inspect(upload.FileName, content);
            }

            if (inspection.IsAccepted)
            {
                accepted.Add((inspection, content));
            }
            else
            {
                ModelState.AddModelError(nameof(Files), inspection.Error!);
            }
        }

        return accepted;
    }

    private void Discard(List<EvidenceFile> written)
    {
        foreach (var file in written)
        {
            try
            {
                store.Delete(file.PlanId, file.StorageKey);
            }
            catch (IOException ex)
            {
                logger.LogWarning(ex, "Could not remove evidence file {StorageKey} after a failed save", file.StorageKey);
            }
        }
    }

    private async Task<ConcurrencyConflict> DescribeConflictAsync(Guid taskId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var last = await db.TaskNotes.AsNoTracking()
            .Where(n => n.TaskId == taskId && n.Progress != null)
            .OrderByDescending(n => n.At)
            .FirstOrDefaultAsync(cancellationToken);
        var current = await db.PlanTasks.AsNoTracking().Where(t => t.Id == taskId).Select(t => t.Progress).SingleAsync(cancellationToken);
        return new ConcurrencyConflict(last?.AuthorName, last?.At,
            [("Trạng thái", TaskSchedule.Label(current), TaskSchedule.Label(Progress))]);
    }

    /// <summary>
    /// The page again with the user's input kept. After a conflict the form gets the current token, so saving again
    /// is a deliberate choice made with the other person's change in view; otherwise it keeps the token it came with.
    /// </summary>
    private async Task<IActionResult> RedisplayAsync(Guid taskId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await LoadAsync(taskId, track: false, cancellationToken);
        if (Conflict is not null)
        {
            ModelState.Remove(nameof(Stamp));
            Stamp = await db.ConcurrencyTokenAsync<PlanTask>(taskId, cancellationToken);
        }

        Response.StatusCode = Conflict is null ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid taskId, bool track, CancellationToken cancellationToken)
    {
        var planId = await db.PlanTasks.Where(t => t.Id == taskId)
            .Join(db.PlanItems, t => t.ItemId, i => i.Id, (t, i) => (Guid?)i.PlanId)
            .SingleOrDefaultAsync(cancellationToken);
        if (planId is null)
        {
            return false;
        }

        var plans = track ? db.Plans : db.Plans.AsNoTracking();
        Plan = await plans.Include(p => p.Items).ThenInclude(i => i.Tasks).SingleAsync(p => p.Id == planId, cancellationToken);
        Item = Plan.Items.Single(i => i.Tasks.Any(t => t.Id == taskId));
        TaskItem = Item.Tasks.Single(t => t.Id == taskId);
        CommuneName = await db.Communes.Where(c => c.Id == Plan.CommuneId).Select(c => c.Name).SingleAsync(cancellationToken);
        IsTracked = await TrackedPlans.Query(db).AnyAsync(p => p.Id == Plan.Id, cancellationToken);
        PositionTitles = await db.Positions.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Title, cancellationToken);
        Notes = await db.TaskNotes.AsNoTracking().Where(n => n.TaskId == taskId).OrderByDescending(n => n.At).ToListAsync(cancellationToken);
        Evidence = await db.EvidenceFiles.AsNoTracking().Where(f => f.TaskId == taskId).OrderByDescending(f => f.UploadedAt).ToListAsync(cancellationToken);
        Today = VietnamTime.Today(clock);
        State = TaskSchedule.Classify(Item, TaskItem, Today);

        var mine = User.PositionIds();
        MyRole = !User.IsInRole(AppRoles.Staff) ? null
            : Item.LeadPositionId is { } lead && mine.Contains(lead) ? TaskRole.Lead
            : Item.SupportPositionIds.Any(mine.Contains) ? TaskRole.Support
            : null;
        return true;
    }
}
